/**
 * Synthetic national-scale data for benchmarks: `perWard` made-up neighbourhoods under every
 * stored ward (3,321 wards × 30 ≈ 100k, the size of the real country). They are flagged
 * `isSample: true`, coded `SYN-0001`… and say in their note that they are not real.
 *
 * Documents are built by the same newNeighbourhood() as the API and the seed and written with the
 * driver's insertMany in batches (no per-row queries, no mongoose validation per document).
 * Running it again skips every ward that already has SYN- neighbourhoods.
 */
import type { ObjectId } from '../api/core/access';
import { Neighbourhood, newNeighbourhood } from '../api/hierarchy/neighbourhood.model';
import { Ward } from '../api/hierarchy/ward.model';

export const SYNTHETIC_CODE_PREFIX = 'SYN-';
const SYNTHETIC_NOTE = 'Dữ liệu giả lập để đo hiệu năng (synthetic benchmark data), không phải khu dân cư thật.';
const BATCH_SIZE = 2000;

/** FNV-1a: a stable 32-bit seed from a string (the ward's code). */
function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** mulberry32: a tiny seeded PRNG returning floats in [0, 1). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function generateSyntheticNeighbourhoods(options: { perWard: number; wardLimit?: number }): Promise<{ inserted: number }> {
  const { perWard, wardLimit } = options;
  if (!Number.isInteger(perWard) || perWard < 1) throw new Error(`perWard must be a positive integer, got ${perWard}`);
  if (wardLimit !== undefined && (!Number.isInteger(wardLimit) || wardLimit < 1)) {
    throw new Error(`wardLimit must be a positive integer, got ${wardLimit}`);
  }

  let wardQuery = Ward.find({}, { code: 1, provinceId: 1 }).sort({ code: 1 });
  if (wardLimit !== undefined) wardQuery = wardQuery.limit(wardLimit);
  const wardList = await wardQuery.lean<Array<{ _id: ObjectId; code: string; provinceId: ObjectId }>>();
  // One query for idempotence: the wards that already received synthetic neighbourhoods.
  const done = new Set(
    (await Neighbourhood.distinct('wardId', { code: { $regex: `^${SYNTHETIC_CODE_PREFIX}` } })).map(String),
  );

  let inserted = 0;
  let batch: Record<string, unknown>[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    await Neighbourhood.collection.insertMany(batch, { ordered: false });
    inserted += batch.length;
    batch = [];
  };

  for (const ward of wardList) {
    if (done.has(String(ward._id))) continue;
    // Seeded per ward, so a ward gets the same figures whatever wardLimit or skipped wards.
    const random = prng(hashSeed(ward.code));
    const now = new Date();
    for (let i = 1; i <= perWard; i++) {
      const code = `${SYNTHETIC_CODE_PREFIX}${String(i).padStart(4, '0')}`;
      const households = 80 + Math.floor(random() * 520); // 80–599
      const population = Math.round(households * (3 + random() * 1.5)); // 3–4.5 people per household
      batch.push({
        ...newNeighbourhood(ward, { code, name: `Khu dân cư mẫu ${i}`, type: i % 2 === 1 ? 'TO_DAN_PHO' : 'THON' }, { households, population, note: SYNTHETIC_NOTE, isSample: true }),
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      if (batch.length >= BATCH_SIZE) await flush();
    }
  }
  await flush();
  return { inserted };
}
