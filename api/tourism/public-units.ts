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
import { distanceMetres, geoPointInput, type GeoPoint } from '../hierarchy/places';

export interface PublicUnitView {
  id: string;
  name: string;
  level: UnitLevel;
  /** "Phường Thảo Nguyên, Tỉnh Sơn La": where the unit lies, to tell same-named units apart. */
  parentName: string | null;
  /** Other names of the place ("Mộc Châu", "chợ đêm"): public, like the name. */
  aliases: string[];
  /** The alias the search matched, when it matched an alias and not the name. */
  matchedAlias: string | null;
  location: GeoPoint | null;
  /** Metres from `near`, when it was given. */
  distanceMetres: number | null;
}

const Args = z.object({
  q: z.string().max(100).nullish(),
  parentId: objectId.nullish(),
  limit: z.number().int().min(1).max(50).nullish(),
  near: geoPointInput,
});

/** One unit of the picker's index: only what is public, plus its folded search texts. */
interface IndexedUnit extends Omit<PublicUnitView, 'matchedAlias' | 'distanceMetres'> {
  search: string;
  /** Each alias with its folded form, in the order the unit lists them. */
  foldedAliases: Array<{ alias: string; folded: string }>;
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

/** Forgets the index, so the next search reads the units again (tests that change aliases use it). */
export function clearPublicUnitIndex(): void {
  index = null;
}

const placeOf = (u: { aliases?: string[] | null; location?: GeoPoint | null }) => {
  const aliases = u.aliases ?? [];
  return { aliases, foldedAliases: aliases.map((alias) => ({ alias, folded: foldText(alias) })), location: u.location ?? null };
};

async function buildIndex(): Promise<IndexedUnit[]> {
  const placeFields = { aliases: 1, location: 1 };
  const [provinces, wards, neighbourhoods] = await Promise.all([
    Province.find({}, { name: 1, search: 1, nameSort: 1 }).lean(),
    Ward.find({}, { name: 1, search: 1, nameSort: 1, provinceId: 1, ...placeFields }).lean(),
    Neighbourhood.find({}, { name: 1, search: 1, nameSort: 1, provinceId: 1, wardId: 1, ...placeFields }).lean(),
  ]);
  const nameOf = new Map([...provinces, ...wards].map((u) => [String(u._id), u.name]));
  // The stored sort key, compared as the database compares strings.
  const bySort = (a: { nameSort: string }, b: { nameSort: string }) => (a.nameSort < b.nameSort ? -1 : a.nameSort > b.nameSort ? 1 : 0);
  // Neighbourhoods and wards first (a place is usually a ward or smaller), each by name.
  return [
    ...neighbourhoods.sort(bySort).map((n) => ({
      id: String(n._id), name: n.name, level: 'NEIGHBOURHOOD' as const, search: n.search, provinceId: String(n.provinceId), wardId: String(n.wardId),
      parentName: [nameOf.get(String(n.wardId)), nameOf.get(String(n.provinceId))].filter(Boolean).join(', ') || null,
      ...placeOf(n),
    })),
    ...wards.sort(bySort).map((w) => ({
      id: String(w._id), name: w.name, level: 'WARD' as const, search: w.search, provinceId: String(w.provinceId), wardId: null,
      parentName: nameOf.get(String(w.provinceId)) ?? null,
      ...placeOf(w),
    })),
    ...provinces.sort(bySort).map((p) => ({
      id: String(p._id), name: p.name, level: 'PROVINCE' as const, search: p.search, provinceId: null, wardId: null, parentName: null, ...placeOf({}),
    })),
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

/**
 * How well a unit matches the folded query, best first, or null when it does not match:
 * 0 an alias that is the query itself (a landmark its ward chose to be found by: "Mộc Châu"
 * finds the ward with the night market before Phường Mộc Châu), 1 the name, 2 part of an alias.
 */
function matchOf(u: IndexedUnit, query: string, words: string[]): { rank: number; alias: string | null } | null {
  if (!words.length) return { rank: 1, alias: null };
  const exact = u.foldedAliases.find((a) => a.folded === query);
  if (exact) return { rank: 0, alias: exact.alias };
  if (words.every((w) => u.search.includes(w))) return { rank: 1, alias: null };
  const partial = u.foldedAliases.find((a) => words.every((w) => a.folded.includes(w)));
  return partial ? { rank: 2, alias: partial.alias } : null;
}

/**
 * Units matching `q` (diacritics-insensitive, every word, in the name or an alias), optionally
 * under `parentId`; best match first, then wards and neighbourhoods before provinces. With `near`:
 * only units with a location, nearest first, each with its distance.
 */
export async function publicUnits(raw: unknown): Promise<PublicUnitView[]> {
  const parsed = Args.safeParse(raw ?? {});
  if (!parsed.success) throw fromZodError(parsed.error, '');
  const { q, parentId, limit, near } = parsed.data;
  const max = limit ?? 20;
  const query = foldText(q ?? '');
  const words = query.split(' ').filter(Boolean);
  const found: Array<PublicUnitView & { rank: number }> = [];
  for (const u of await publicIndex()) {
    if (parentId && u.provinceId !== parentId && u.wardId !== parentId) continue;
    if (near && !u.location) continue;
    const match = matchOf(u, query, words);
    if (!match) continue;
    const { search: _search, foldedAliases: _folded, provinceId: _p, wardId: _w, ...view } = u;
    found.push({ ...view, matchedAlias: match.alias, distanceMetres: near && u.location ? Math.round(distanceMetres(near, u.location)) : null, rank: match.rank });
    // Without a ranking to apply, the index's own order is the answer.
    if (!near && !words.length && found.length === max) break;
  }
  // Array.prototype.sort is stable: equal ranks keep the index's order.
  found.sort((a, b) => (near ? (a.distanceMetres ?? 0) - (b.distanceMetres ?? 0) : 0) || a.rank - b.rank);
  return found.slice(0, max).map(({ rank: _rank, ...view }) => view);
}

/** A unit by id, unscoped (its name is public), with the ancestors a report stores. */
export async function publicUnitById(id: string) {
  if (!/^[0-9a-fA-F]{24}$/.test(id)) return null;
  const _id = oid(id);
  const [p, w, n] = await Promise.all([Province.findById(_id).lean(), Ward.findById(_id).lean(), Neighbourhood.findById(_id).lean()]);
  if (p) return { level: 'PROVINCE' as const, id: p._id, name: p.name, aliases: [] as string[], location: null, ancestors: { provinceId: p._id, wardId: null, neighbourhoodId: null } };
  if (w) return { level: 'WARD' as const, id: w._id, name: w.name, aliases: w.aliases ?? [], location: w.location ?? null, ancestors: { provinceId: w.provinceId, wardId: w._id, neighbourhoodId: null } };
  if (n) return { level: 'NEIGHBOURHOOD' as const, id: n._id, name: n.name, aliases: n.aliases ?? [], location: n.location ?? null, ancestors: { provinceId: n.provinceId, wardId: n.wardId, neighbourhoodId: n._id } };
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
  return { id: String(unit.id), name: unit.name, level: unit.level, parentName, aliases: unit.aliases, location: unit.location, matchedAlias: null, distanceMetres: null };
}
