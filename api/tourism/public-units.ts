/**
 * The one read without login besides intake (DESIGN.md §2): unit ids and names for the public
 * report page's picker, and the lookup of the unit a report is filed under. Nothing else of a
 * unit leaves here.
 */
import { z } from 'zod';
import type { UnitLevel } from '../core/access';
import { searchQuery } from '../core/text';
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

/** Units matching `q` (diacritics-insensitive), optionally under `parentId`; wards and neighbourhoods first. */
export async function publicUnits(raw: unknown): Promise<PublicUnitView[]> {
  const parsed = Args.safeParse(raw ?? {});
  if (!parsed.success) throw fromZodError(parsed.error, '');
  const { q, parentId, limit } = parsed.data;
  const max = limit ?? 20;
  const text = searchQuery(q);
  const under = parentId ? { $or: [{ provinceId: oid(parentId) }, { wardId: oid(parentId) }] } : {};
  const fields = { name: 1, provinceId: 1, wardId: 1 };
  const [neighbourhoods, wards, provinces] = await Promise.all([
    Neighbourhood.find({ ...text, ...under }, fields).sort({ nameSort: 1 }).limit(max).lean(),
    Ward.find({ ...text, ...(parentId ? { provinceId: oid(parentId) } : {}) }, fields).sort({ nameSort: 1 }).limit(max).lean(),
    parentId ? Promise.resolve([]) : Province.find(text, { name: 1 }).sort({ nameSort: 1 }).limit(max).lean(),
  ]);
  const parentIds = [...new Set([...neighbourhoods.map((n) => String(n.wardId)), ...wards.map((w) => String(w.provinceId)), ...neighbourhoods.map((n) => String(n.provinceId))])];
  const [parentWards, parentProvinces] = await Promise.all([
    Ward.find({ _id: { $in: parentIds.map(oid) } }, { name: 1 }).lean(),
    Province.find({ _id: { $in: parentIds.map(oid) } }, { name: 1 }).lean(),
  ]);
  const nameOf = new Map([...parentWards, ...parentProvinces].map((u) => [String(u._id), u.name]));
  return [
    ...neighbourhoods.map((n) => ({ id: String(n._id), name: n.name, level: 'NEIGHBOURHOOD' as const, parentName: [nameOf.get(String(n.wardId)), nameOf.get(String(n.provinceId))].filter(Boolean).join(', ') || null })),
    ...wards.map((w) => ({ id: String(w._id), name: w.name, level: 'WARD' as const, parentName: nameOf.get(String(w.provinceId)) ?? null })),
    ...provinces.map((p) => ({ id: String(p._id), name: p.name, level: 'PROVINCE' as const, parentName: null })),
  ].slice(0, max);
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
