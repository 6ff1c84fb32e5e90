/**
 * Household counts and commitments (issue 14): the sample neighbourhoods of Xã Yên Cường and
 * Phường Buôn Ma Thuột get their sample household counts where none is stored (a head's own count
 * is never overwritten), and Buôn Ma Thuột's neighbourhoods their sample KDC-KIEU-MAU commitment
 * counts (isSample), inserted only where the neighbourhood has none for the programme.
 */
import { HouseholdCommitment } from '../../api/commitments/household-commitment.model';
import { Neighbourhood } from '../../api/hierarchy/neighbourhood.model';
import { Ward } from '../../api/hierarchy/ward.model';
import { Programme } from '../../api/programmes/programme.model';
import { SAMPLE_BMT_COMMITMENTS, SAMPLE_HOUSEHOLDS } from '../data/neighbourhoods';

const SAMPLE_COMMITMENT_NOTE = 'Số liệu mẫu (dữ liệu mẫu): văn bản gốc không nêu số hộ được phổ biến, ký cam kết của từng khu dân cư.';

async function seedSampleHouseholds(): Promise<void> {
  for (const [wardCode, counts] of Object.entries(SAMPLE_HOUSEHOLDS)) {
    const ward = await Ward.findOne({ code: wardCode }, { _id: 1 }).lean();
    if (!ward) continue;
    await Neighbourhood.bulkWrite(
      Object.entries(counts).map(([code, households]) => ({
        updateOne: { filter: { wardId: ward._id, code, isSample: true, households: null }, update: { $set: { households } } },
      })),
    );
  }
}

export async function seedHouseholdCommitments(): Promise<number> {
  await seedSampleHouseholds();
  const [ward, programme] = await Promise.all([Ward.findOne({ code: '24133' }, { _id: 1, provinceId: 1 }).lean(), Programme.findOne({ code: 'KDC-KIEU-MAU' }, { _id: 1 }).lean()]);
  if (!ward || !programme) return 0;
  const units = await Neighbourhood.find({ wardId: ward._id, code: { $in: SAMPLE_BMT_COMMITMENTS.map((c) => c.neighbourhoodCode) } }, { code: 1 }).lean();
  const idOf = new Map(units.map((n) => [n.code, n._id]));
  const existing = new Set(
    (await HouseholdCommitment.find({ programmeId: programme._id, wardId: ward._id }, { neighbourhoodId: 1 }).lean()).map((c) => String(c.neighbourhoodId)),
  );
  const now = new Date();
  const docs = SAMPLE_BMT_COMMITMENTS.flatMap(({ neighbourhoodCode, ...counts }) => {
    const neighbourhoodId = idOf.get(neighbourhoodCode);
    if (!neighbourhoodId || existing.has(String(neighbourhoodId))) return [];
    return [{ ...counts, neighbourhoodId, wardId: ward._id, provinceId: ward.provinceId, programmeId: programme._id, note: SAMPLE_COMMITMENT_NOTE, isSample: true, version: 1, createdAt: now, updatedAt: now }];
  });
  if (docs.length) await HouseholdCommitment.insertMany(docs);
  return docs.length;
}
