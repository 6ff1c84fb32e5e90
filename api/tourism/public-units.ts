/**
 * The one read without login besides intake (docs/roles-and-scopes.md): unit ids and names for the public
 * report page's picker, and the lookup of the unit a report is filed under. Nothing else of a
 * unit leaves here.
 */
import { z } from 'zod';
import type { UnitLevel } from '../core/access';
import { foldText } from '../core/text';
import { objectId, oid } from '../core/validation';
import { fromZodError } from '../errors';
import { Neighbourhood } from '../hierarchy/neighbourhood.model';
import { Province } from '../hierarchy/province.model';
import { Ward } from '../hierarchy/ward.model';

export interface PublicUnitView {
  id: string;
  name: string;
  level: UnitLevel;
  /** "Phường Thảo Nguyên, Tỉnh Sơn La": where the unit lies, to tell same-named units apart. */
  parentName: string | null;
}

const Args = z.object({ q: z.string().max(100).nullish(), parentId: objectId.nullish(), limit: z.number().int().min(1).max(50).nullish() });

/** One unit of the picker's index: only what is public, plus its folded search text. */
interface IndexedUnit extends PublicUnitView {
  search: string;
  provinceId: string | null;
  wardId: string | null;
}

/**
 * The picker's index of every unit's public name, held in memory and rebuilt at most once a
 * minute (a renamed or new unit shows up within that time). Anonymous searches then cost no
 * database work at all, instead of three unanchored regular-expression scans of the hierarchy
 * per keystroke; the rebuild reads names only, in one pass per collection.
 */
const INDEX_TTL_MS = 60_000;
let index: { builtAt: number; units: IndexedUnit[] } | null = null;
let building: Promise<IndexedUnit[]> | null = null;

async function buildIndex(): Promise<IndexedUnit[]> {
  const [provinces, wards, neighbourhoods] = await Promise.all([
    Province.find({}, { name: 1, search: 1, nameSort: 1 }).lean(),
    Ward.find({}, { name: 1, search: 1, nameSort: 1, provinceId: 1 }).lean(),
    Neighbourhood.find({}, { name: 1, search: 1, nameSort: 1, provinceId: 1, wardId: 1 }).lean(),
  ]);
  const nameOf = new Map([...provinces, ...wards].map((u) => [String(u._id), u.name]));
  // The stored sort key, compared as the database compares strings.
  const bySort = (a: { nameSort: string }, b: { nameSort: string }) => (a.nameSort < b.nameSort ? -1 : a.nameSort > b.nameSort ? 1 : 0);
  // Neighbourhoods and wards first (a place is usually a ward or smaller), each by name.
  return [
    ...neighbourhoods.sort(bySort).map((n) => ({
      id: String(n._id), name: n.name, level: 'NEIGHBOURHOOD' as const, search: n.search, provinceId: String(n.provinceId), wardId: String(n.wardId),
      parentName: [nameOf.get(String(n.wardId)), nameOf.get(String(n.provinceId))].filter(Boolean).join(', ') || null,
    })),
    ...wards.sort(bySort).map((w) => ({
      id: String(w._id), name: w.name, level: 'WARD' as const, search: w.search, provinceId: String(w.provinceId), wardId: null,
      parentName: nameOf.get(String(w.provinceId)) ?? null,
    })),
    ...provinces.sort(bySort).map((p) => ({ id: String(p._id), name: p.name, level: 'PROVINCE' as const, search: p.search, provinceId: null, wardId: null, parentName: null })),
  ];
}

async function publicIndex(): Promise<IndexedUnit[]> {
  const fresh = index && Date.now() - index.builtAt < INDEX_TTL_MS;
  if (index && fresh) return index.units;
  // One rebuild at a time; callers meanwhile get the previous index if there is one.
  building ??= buildIndex()
    .then((units) => {
      index = { builtAt: Date.now(), units };
      return units;
    })
    .finally(() => {
      building = null;
    });
  return index ? index.units : building;
}

/** Units matching `q` (diacritics-insensitive, every word), optionally under `parentId`; wards and neighbourhoods first. */
export async function publicUnits(raw: unknown): Promise<PublicUnitView[]> {
  const parsed = Args.safeParse(raw ?? {});
  if (!parsed.success) throw fromZodError(parsed.error, '');
  const { q, parentId, limit } = parsed.data;
  const max = limit ?? 20;
  const words = foldText(q ?? '').split(' ').filter(Boolean);
  const found: PublicUnitView[] = [];
  for (const u of await publicIndex()) {
    if (parentId && u.provinceId !== parentId && u.wardId !== parentId) continue;
    if (!words.every((w) => u.search.includes(w))) continue;
    found.push({ id: u.id, name: u.name, level: u.level, parentName: u.parentName });
    if (found.length === max) break;
  }
  return found;
}

/** A unit by id, unscoped (its name is public), with the ancestors a report stores. */
export async function publicUnitById(id: string) {
  if (!/^[0-9a-fA-F]{24}$/.test(id)) return null;
  const _id = oid(id);
  const [p, w, n] = await Promise.all([Province.findById(_id).lean(), Ward.findById(_id).lean(), Neighbourhood.findById(_id).lean()]);
  if (p) return { level: 'PROVINCE' as const, id: p._id, name: p.name, ancestors: { provinceId: p._id, wardId: null, neighbourhoodId: null } };
  if (w) return { level: 'WARD' as const, id: w._id, name: w.name, ancestors: { provinceId: w.provinceId, wardId: w._id, neighbourhoodId: null } };
  if (n) return { level: 'NEIGHBOURHOOD' as const, id: n._id, name: n.name, ancestors: { provinceId: n.provinceId, wardId: n.wardId, neighbourhoodId: n._id } };
  return null;
}

/** One unit as the public page shows it (null when there is none). */
export async function publicUnit(id: string): Promise<PublicUnitView | null> {
  const unit = await publicUnitById(id);
  if (!unit) return null;
  const parents = await Promise.all([
    unit.ancestors.wardId && unit.level === 'NEIGHBOURHOOD' ? Ward.findById(unit.ancestors.wardId, { name: 1 }).lean() : null,
    unit.level !== 'PROVINCE' ? Province.findById(unit.ancestors.provinceId, { name: 1 }).lean() : null,
  ]);
  const parentName = parents.map((p) => p?.name).filter(Boolean).join(', ') || null;
  return { id: String(unit.id), name: unit.name, level: unit.level, parentName };
}
