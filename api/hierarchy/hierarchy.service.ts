/**
 * Provinces, wards and neighbourhoods: their inputs, filters and rules. Access comes from
 * `unitRules` (core/access.ts); this file adds what is specific to each level.
 */
import { Types } from 'mongoose';
import { z } from 'zod';
import { LEVEL_FIELD, isAdmin, unitRules, type Ancestors, type ObjectId, type UnitLevel, type Viewer } from '../core/access';
import { moveSubtree, registeredScopedModels } from '../core/ancestry';
import { moveAuditSubtree } from '../core/audit-log';
import { Repository } from '../core/repository';
import {
  code,
  commonFilterQuery,
  count,
  definedOnly,
  email,
  idsFilter,
  localDate,
  objectId,
  optionalText,
  phone,
  searchText,
  text,
} from '../core/validation';
import { conflict } from '../errors';
import { users } from '../users/user.service';
import { emitNeighbourhoodUpdated } from './events';
import { NEIGHBOURHOOD_TYPES, Neighbourhood, newNeighbourhood, type NeighbourhoodDetails, type NeighbourhoodDoc } from './neighbourhood.model';
import { PROVINCE_TYPES, Province, type ProvinceDoc } from './province.model';
import { aliasesInput, geoPointInput } from './places';
import { UNIT_AUDIT_OMIT, UNIT_SORT_FIELDS, unitDerived } from './unit';
import { WARD_TYPES, Ward, type WardDoc } from './ward.model';
import type { NeighbourhoodSortField } from '../generated/graphql';

/** Refuses to delete a unit while any record (other units, users, later models…) still hangs off it. */
async function ensureNoDependents(level: UnitLevel, unitId: ObjectId, entity: string): Promise<void> {
  const counts = await Promise.all(
    registeredScopedModels().map(async (m) => ({
      name: m.modelName,
      n: await m.countDocuments({ [LEVEL_FIELD[level]]: unitId, _id: { $ne: unitId } }),
    })),
  );
  const blocking = counts.filter((c) => c.n > 0);
  if (blocking.length) {
    throw conflict(`${entity} still has ${blocking.map((b) => `${b.n} ${b.name} record(s)`).join(', ')}; move or delete them first`, 'HAS_DEPENDENTS');
  }
}

/** Moves the records under a unit and the audit entries about them (and about the unit), so the log follows its records. */
async function moveWithHistory(level: UnitLevel, unitId: ObjectId, ancestors: Ancestors): Promise<void> {
  await Promise.all([moveSubtree(level, unitId, ancestors), moveAuditSubtree(level, unitId, ancestors)]);
}

// ---------------------------------------------------------------- provinces

const ProvinceCreateInput = z.object({
  code,
  name: text(120),
  shortCode: optionalText(10),
  type: z.enum(PROVINCE_TYPES),
});
const ProvinceUpdateInput = ProvinceCreateInput.partial().extend({ shortCode: optionalText(10) });
const ProvinceFilterInput = z
  .object({ ids: idsFilter, q: searchText, type: z.enum(PROVINCE_TYPES).nullish() })
  .transform((f) => ({ ...commonFilterQuery(f), ...(f.type ? { type: f.type } : {}) }));

export const provinces = new Repository<ProvinceDoc, z.infer<typeof ProvinceCreateInput>, z.infer<typeof ProvinceUpdateInput>>({
  entityType: 'Province',
  model: Province,
  access: unitRules('PROVINCE'),
  createInput: ProvinceCreateInput,
  updateInput: ProvinceUpdateInput,
  filterInput: ProvinceFilterInput,
  sortFields: UNIT_SORT_FIELDS,
  defaultSort: { field: 'code' },
  auditOmit: UNIT_AUDIT_OMIT,
  async toDocument(_viewer, input) {
    const _id = new Types.ObjectId();
    return { _id, provinceId: _id, ...input, shortCode: input.shortCode ?? null, ...unitDerived(input.name, input.code) };
  },
  async toUpdate(_viewer, current, input) {
    const next = { ...current, ...definedOnly(input) };
    return { ...definedOnly(input), ...unitDerived(next.name, next.code) };
  },
  beforeDelete: (_viewer, doc) => ensureNoDependents('PROVINCE', doc._id, `Province ${doc.name}`),
});

// ---------------------------------------------------------------- wards

const WardCreateInput = z.object({ provinceId: objectId, code, name: text(120), type: z.enum(WARD_TYPES), aliases: aliasesInput, location: geoPointInput });
const WardUpdateInput = WardCreateInput.partial();
const WardFilterInput = z
  .object({ ids: idsFilter, provinceId: objectId.nullish(), q: searchText, type: z.enum(WARD_TYPES).nullish() })
  .transform((f) => ({ ...commonFilterQuery(f), ...(f.type ? { type: f.type } : {}) }));

export const wards = new Repository<WardDoc, z.infer<typeof WardCreateInput>, z.infer<typeof WardUpdateInput>>({
  entityType: 'Ward',
  model: Ward,
  access: {
    ...unitRules('WARD'),
    // Moving a ward to another province rewrites a whole subtree: ADMIN only.
    updatableFields: (viewer) => (isAdmin(viewer) ? undefined : ['code', 'name', 'type', 'aliases', 'location']),
  },
  createInput: WardCreateInput,
  updateInput: WardUpdateInput,
  filterInput: WardFilterInput,
  sortFields: UNIT_SORT_FIELDS,
  defaultSort: { field: 'name' },
  auditOmit: UNIT_AUDIT_OMIT,
  async toDocument(viewer, input) {
    const province = await provinces.get(viewer, input.provinceId);
    const _id = new Types.ObjectId();
    return { _id, wardId: _id, ...input, aliases: input.aliases ?? [], location: input.location ?? null, provinceId: province._id, ...unitDerived(input.name, input.code) };
  },
  async toUpdate(viewer, current, input) {
    const changes: Partial<WardDoc> = { ...definedOnly({ code: input.code, name: input.name, type: input.type, location: input.location }) };
    // null clears the aliases, like an empty list.
    if (input.aliases !== undefined) changes.aliases = input.aliases ?? [];
    if (input.provinceId && input.provinceId !== String(current.provinceId)) {
      changes.provinceId = (await provinces.get(viewer, input.provinceId))._id;
    }
    return { ...changes, ...unitDerived(changes.name ?? current.name, changes.code ?? current.code) };
  },
  async afterUpdate(_viewer, before, after) {
    if (!before.provinceId.equals(after.provinceId)) await moveWithHistory('WARD', after._id, { provinceId: after.provinceId });
  },
  beforeDelete: (_viewer, doc) => ensureNoDependents('WARD', doc._id, `Ward ${doc.name}`),
});

// ---------------------------------------------------------------- neighbourhoods

/** What a neighbourhood head may change of their own neighbourhood (docs/roles-and-scopes.md). */
export const HEAD_EDITABLE_FIELDS = ['households', 'population', 'phone', 'email', 'address', 'note'] as const;

const NeighbourhoodCreateInput = z.object({
  wardId: objectId,
  code,
  name: text(120),
  type: z.enum(NEIGHBOURHOOD_TYPES),
  headUserId: objectId.nullish(),
  headName: optionalText(120),
  headPhone: phone,
  households: count,
  population: count,
  rearrangedOn: localDate,
  phone,
  email,
  address: optionalText(300),
  note: optionalText(2000),
  isSample: z.boolean().nullish(),
  aliases: aliasesInput,
  location: geoPointInput,
});
const NeighbourhoodUpdateInput = NeighbourhoodCreateInput.partial();
const NeighbourhoodFilterInput = z
  .object({
    ids: idsFilter,
    provinceId: objectId.nullish(),
    wardId: objectId.nullish(),
    q: searchText,
    type: z.enum(NEIGHBOURHOOD_TYPES).nullish(),
  })
  .transform((f) => ({ ...commonFilterQuery(f), ...(f.type ? { type: f.type } : {}) }));

/** The head must be an account the caller can see. */
async function checkHead(viewer: Viewer, headUserId: string | null | undefined): Promise<ObjectId | null> {
  if (!headUserId) return null;
  return (await users.get(viewer, headUserId))._id;
}

type NeighbourhoodCreate = z.infer<typeof NeighbourhoodCreateInput>;

/** Optional input fields as stored details: absent and null both mean empty. */
const stripNulls = (details: Record<string, unknown>): NeighbourhoodDetails =>
  Object.fromEntries(Object.entries(details).filter(([, v]) => v != null)) as NeighbourhoodDetails;

export const neighbourhoods = new Repository<NeighbourhoodDoc, NeighbourhoodCreate, Partial<NeighbourhoodCreate>>({
  entityType: 'Neighbourhood',
  model: Neighbourhood,
  access: {
    ...unitRules('NEIGHBOURHOOD'),
    updatableFields: (viewer) => (viewer.role === 'NEIGHBOURHOOD_HEAD' ? HEAD_EDITABLE_FIELDS : undefined),
  },
  createInput: NeighbourhoodCreateInput,
  updateInput: NeighbourhoodUpdateInput,
  filterInput: NeighbourhoodFilterInput,
  sortFields: { ...UNIT_SORT_FIELDS, households: 'households', population: 'population' } satisfies Record<NeighbourhoodSortField, string>,
  defaultSort: { field: 'name' },
  auditOmit: UNIT_AUDIT_OMIT,
  async toDocument(viewer, input) {
    const ward = await wards.get(viewer, input.wardId);
    const { wardId: _ward, code, name, type, headUserId, ...details } = input;
    return newNeighbourhood(ward, { code, name, type }, { ...stripNulls(details), headUserId: await checkHead(viewer, headUserId) });
  },
  async toUpdate(viewer, current, input) {
    const { wardId, headUserId, isSample, ...rest } = input;
    const changes: Partial<NeighbourhoodDoc> = definedOnly(rest) as Partial<NeighbourhoodDoc>;
    if (isSample != null) changes.isSample = isSample;
    if (rest.aliases === null) changes.aliases = [];
    if (headUserId !== undefined) changes.headUserId = await checkHead(viewer, headUserId);
    if (wardId && wardId !== String(current.wardId)) {
      const ward = await wards.get(viewer, wardId);
      changes.wardId = ward._id;
      changes.provinceId = ward.provinceId;
    }
    return { ...changes, ...unitDerived(changes.name ?? current.name, changes.code ?? current.code) };
  },
  async afterUpdate(_viewer, before, after) {
    if (!before.wardId.equals(after.wardId)) {
      await moveWithHistory('NEIGHBOURHOOD', after._id, { provinceId: after.provinceId, wardId: after.wardId });
    }
    // Models follow a new re-arrangement date (they subscribe: hierarchy does not import them).
    await emitNeighbourhoodUpdated(before, after);
  },
  beforeDelete: (_viewer, doc) => ensureNoDependents('NEIGHBOURHOOD', doc._id, `Neighbourhood ${doc.name}`),
});

/** The repository for units at `level`. */
export function unitRepository(level: UnitLevel) {
  return { PROVINCE: provinces, WARD: wards, NEIGHBOURHOOD: neighbourhoods }[level];
}
