/**
 * Community groups of a model (seed 001: one Zalo group per thôn, xóm, the area police officer as
 * main administrator). Scoped like models: read in scope; officers in scope create, change and
 * delete; a neighbourhood head keeps the figures of their own neighbourhood's groups (member
 * counts, households covered) and its link, and is refused any other field (FORBIDDEN, as models
 * refuse a head's non-figure fields).
 */
import { z } from 'zod';
import { LEVEL_FIELD, officersInScope, scopeFilter, toObjectId, type Rule, type Viewer } from '../core/access';
import { Repository } from '../core/repository';
import { foldText, searchField } from '../core/text';
import { commonFilterQuery, definedOnly, idsFilter, localDate, objectId, oid, optionalText, searchText, text, wholeCount } from '../core/validation';
import { badInput } from '../errors';
import { onNeighbourhoodUpdated } from '../hierarchy/events';
import { Neighbourhood, type NeighbourhoodDoc } from '../hierarchy/neighbourhood.model';
import { findUnit } from '../hierarchy/units';
import { SecurityModel, type ModelDoc } from '../models/model.model';
import { models } from '../models/model.service';
import { organisations } from '../organisations/organisation.service';
import { Programme } from '../programmes/programme.model';
import { User } from '../users/user.model';
import type { CommunityGroupSortField } from '../generated/graphql';
import { applicableRule, followsNamingRule, proposeGroupName } from '../../rules/naming';
import { onGroupNamingRuleChanged, type NamingRuleOwner } from './naming-events';
import { COMMUNITY_MEMBER_ROLES, COMMUNITY_PLATFORMS, CommunityGroup, type CommunityGroupDoc, type MemberCount } from './community-group.model';

/** What a neighbourhood head may change of their own neighbourhood's groups. */
export const HEAD_EDITABLE_GROUP_FIELDS = ['memberCounts', 'householdsCovered', 'link'] as const;

const MemberCounts = z
  .array(z.object({ role: z.enum(COMMUNITY_MEMBER_ROLES), count: wholeCount(10_000_000) }))
  .max(COMMUNITY_MEMBER_ROLES.length)
  .superRefine((rows, ctx) => {
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      if (seen.has(row.role)) ctx.addIssue({ code: 'custom', path: [i, 'role'], message: 'is given twice' });
      seen.add(row.role);
    });
  })
  .nullish();

const Fields = z.object({
  platform: z.enum(COMMUNITY_PLATFORMS),
  name: text(300),
  link: optionalText(1000),
  qrCode: optionalText(2000),
  administratorUserId: objectId.nullish(),
  memberCounts: MemberCounts,
  householdsCovered: wholeCount(10_000_000).nullish(),
  createdOn: localDate,
  note: optionalText(2000),
  isSample: z.boolean().nullish(),
});
const CreateInput = Fields.extend({ modelId: objectId, unitId: objectId });
const UpdateInput = Fields.partial();
type Create = z.infer<typeof CreateInput>;
type Update = z.infer<typeof UpdateInput>;

type Placement = Pick<CommunityGroupDoc, 'unitId' | 'unitLevel' | 'unitName' | 'provinceId' | 'wardId' | 'neighbourhoodId' | 'organisationId'>;

/** The group's unit (a neighbourhood, ward or organisation the caller can see), as the fields the group stores. */
async function placeOf(viewer: Viewer, unitId: string): Promise<(Placement & { households: number | null }) | null> {
  const unit = await findUnit(viewer, unitId);
  if (unit) {
    if (unit.level === 'PROVINCE') return null;
    const households = unit.level === 'NEIGHBOURHOOD' ? ((unit.doc as NeighbourhoodDoc).households ?? null) : null;
    return { unitId: unit.doc._id, unitLevel: unit.level, unitName: unit.doc.name, ...unit.ancestors, organisationId: null, households };
  }
  const [organisation] = await organisations.getMany(viewer, [unitId]);
  if (!organisation) return null;
  return {
    unitId: organisation._id,
    unitLevel: 'ORGANISATION',
    unitName: organisation.name,
    provinceId: organisation.provinceId,
    wardId: organisation.wardId,
    neighbourhoodId: null,
    organisationId: organisation._id,
    households: null,
  };
}

/** Whether the unit lies at or below the model's unit (a ward's model runs the groups of its thôn and organisations). */
function withinModel(model: Pick<ModelDoc, 'unitId' | 'unitLevel'>, place: Placement): boolean {
  return String(place[LEVEL_FIELD[model.unitLevel]] ?? '') === String(model.unitId);
}

/** The rule for a model's groups: its own groupNamingRule, else its programme's (both set by the models/programmes slice). */
async function ruleOf(model: ModelDoc): Promise<string | null> {
  const own = (model as ModelDoc & { groupNamingRule?: string | null }).groupNamingRule;
  const programme = model.programmeId && !own ? await Programme.findById(model.programmeId, { groupNamingRule: 1 }).lean<{ groupNamingRule?: string | null }>() : null;
  return applicableRule(own, programme?.groupNamingRule);
}

const verdict = (rule: string | null, unitName: string, name: string) => ({
  namingRule: rule,
  expectedName: proposeGroupName(rule, unitName),
  followsNamingRule: followsNamingRule(rule, unitName, name),
});

const totalOf = (counts: MemberCount[]) => counts.reduce((sum, c) => sum + c.count, 0);

/** The derived fields: naming verdict, member total, search and sort keys. */
const derived = (g: Pick<CommunityGroupDoc, 'name' | 'unitName' | 'note' | 'memberCounts' | 'namingRule'>) => ({
  ...verdict(g.namingRule, g.unitName, g.name),
  members: totalOf(g.memberCounts),
  search: searchField(g.name, g.unitName, g.note),
  nameSort: foldText(g.name),
});

/**
 * The administrator must be an account whose scope covers the group's unit: ADMIN, an officer or
 * head whose unit is the group's or above it, or the representative of the group's organisation.
 */
async function administratorOf(id: string | null | undefined, place: Placement): Promise<Pick<CommunityGroupDoc, 'administratorUserId' | 'administratorName'>> {
  if (!id) return { administratorUserId: null, administratorName: null };
  const user = await User.findById(oid(id), { role: 1, scopeLevel: 1, scopeUnitId: 1, organisationId: 1, displayName: 1, disabled: 1 }).lean();
  const covers =
    !!user &&
    !user.disabled &&
    (user.role === 'ADMIN' ||
      (user.role === 'ORGANISATION_REP' && !!place.organisationId && String(user.organisationId) === String(place.organisationId)) ||
      (['PROVINCE_OFFICER', 'WARD_OFFICER', 'NEIGHBOURHOOD_HEAD'].includes(user.role) &&
        !!user.scopeLevel &&
        String(place[LEVEL_FIELD[user.scopeLevel]] ?? '') === String(user.scopeUnitId)));
  if (!covers || !user) throw badInput([{ path: 'input.administratorUserId', message: "must be an officer's account whose scope covers the group's unit" }]);
  return { administratorUserId: user._id, administratorName: user.displayName };
}

/** Households covered cannot exceed the neighbourhood's households, when those are known. */
function checkCoverage(covered: number | null | undefined, households: number | null): void {
  if (covered != null && households != null && covered > households) {
    throw badInput([{ path: 'input.householdsCovered', message: `must be at most the neighbourhood's ${households} households` }]);
  }
}

const keepers = (viewer: Viewer): Rule => (viewer.role === 'NEIGHBOURHOOD_HEAD' ? scopeFilter(viewer) : officersInScope(viewer));

const FilterInput = z
  .object({
    ids: idsFilter,
    modelId: objectId.nullish(),
    unitId: objectId.nullish(),
    provinceId: objectId.nullish(),
    wardId: objectId.nullish(),
    neighbourhoodId: objectId.nullish(),
    organisationId: objectId.nullish(),
    platform: z.enum(COMMUNITY_PLATFORMS).nullish(),
    followsNamingRule: z.boolean().nullish(),
    q: searchText,
  })
  .transform((f) => ({
    ...commonFilterQuery(f),
    ...(f.modelId ? { modelId: oid(f.modelId) } : {}),
    ...(f.unitId ? { unitId: oid(f.unitId) } : {}),
    ...(f.organisationId ? { organisationId: oid(f.organisationId) } : {}),
    ...(f.platform ? { platform: f.platform } : {}),
    ...(f.followsNamingRule != null ? { followsNamingRule: f.followsNamingRule } : {}),
  }));

export const communityGroups = new Repository<CommunityGroupDoc, Create, Update>({
  entityType: 'CommunityGroup',
  model: CommunityGroup,
  access: {
    read: scopeFilter,
    create: officersInScope,
    update: keepers,
    delete: officersInScope,
    updatableFields: (viewer) => (viewer.role === 'NEIGHBOURHOOD_HEAD' ? HEAD_EDITABLE_GROUP_FIELDS : undefined),
  },
  createInput: CreateInput,
  updateInput: UpdateInput,
  filterInput: FilterInput,
  sortFields: {
    name: 'nameSort',
    members: 'members',
    householdsCovered: 'householdsCovered',
    createdOn: 'createdOn',
    createdAt: 'createdAt',
    updatedAt: 'updatedAt',
  } satisfies Record<CommunityGroupSortField, string>,
  defaultSort: { field: 'name' },
  auditOmit: ['search', 'nameSort'],
  async toDocument(viewer, input) {
    const model = await models.get(viewer, input.modelId).catch(() => null);
    if (!model) throw badInput([{ path: 'input.modelId', message: 'no such model in your scope' }]);
    const place = await placeOf(viewer, input.unitId);
    if (!place) throw badInput([{ path: 'input.unitId', message: 'no such neighbourhood, ward or organisation in your scope' }]);
    if (!withinModel(model, place)) throw badInput([{ path: 'input.unitId', message: "is not within the model's unit" }]);
    checkCoverage(input.householdsCovered, place.households);
    const { households: _households, ...placement } = place;
    const fields = {
      link: input.link ?? null,
      qrCode: input.qrCode ?? null,
      memberCounts: input.memberCounts ?? [],
      householdsCovered: input.householdsCovered ?? null,
      createdOn: input.createdOn ?? null,
      note: input.note ?? null,
      isSample: input.isSample ?? false,
      platform: input.platform,
      name: input.name,
      modelId: model._id,
      ...placement,
      ...(await administratorOf(input.administratorUserId, placement)),
      namingRule: await ruleOf(model),
    };
    return { ...fields, ...derived(fields) };
  },
  async toUpdate(_viewer, current, input) {
    const changes = definedOnly(input) as Partial<CommunityGroupDoc> & { administratorUserId?: unknown };
    if (input.isSample === null) delete changes.isSample;
    if (input.platform === null) delete changes.platform;
    if (input.name === null) delete changes.name;
    if (input.memberCounts === null) changes.memberCounts = [];
    if (input.administratorUserId !== undefined) Object.assign(changes, await administratorOf(input.administratorUserId, current));
    if (input.householdsCovered != null && current.unitLevel === 'NEIGHBOURHOOD') {
      const unit = await Neighbourhood.findById(current.unitId, { households: 1 }).lean();
      checkCoverage(input.householdsCovered, unit?.households ?? null);
    }
    return { ...changes, ...derived({ ...current, ...changes }) } as Partial<CommunityGroupDoc>;
  },
});

/** The name a group of `unitId` gets under the model's rule, for the console's form; null without a rule. */
export async function proposedGroupName(viewer: Viewer, modelId: string, unitId: string): Promise<string | null> {
  if (!toObjectId(modelId)) throw badInput([{ path: 'modelId', message: 'is not a valid id' }]);
  if (!toObjectId(unitId)) throw badInput([{ path: 'unitId', message: 'is not a valid id' }]);
  const model = await models.get(viewer, modelId).catch(() => null);
  if (!model) throw badInput([{ path: 'modelId', message: 'no such model in your scope' }]);
  const place = await placeOf(viewer, unitId);
  if (!place) throw badInput([{ path: 'unitId', message: 'no such neighbourhood, ward or organisation in your scope' }]);
  return proposeGroupName(await ruleOf(model), place.unitName);
}

/**
 * Recomputes the stored naming verdict of the groups matching `where` (after a rule or a unit's
 * name changed). Direct writes without a version bump: the group's own fields did not change.
 */
async function renameVerdicts(where: Record<string, unknown>, rule: (g: CommunityGroupDoc) => string | null, unitName?: string): Promise<number> {
  const groups = await CommunityGroup.find(where).lean<CommunityGroupDoc[]>();
  const writes = groups
    .map((g) => {
      const next = { unitName: unitName ?? g.unitName, ...verdict(rule(g), unitName ?? g.unitName, g.name) };
      const same = next.unitName === g.unitName && next.namingRule === g.namingRule && next.expectedName === g.expectedName && next.followsNamingRule === g.followsNamingRule;
      return same ? null : { updateOne: { filter: { _id: g._id }, update: { $set: { ...next, search: searchField(g.name, next.unitName, g.note) } } } };
    })
    .filter((w): w is NonNullable<typeof w> => w !== null);
  if (writes.length) await CommunityGroup.bulkWrite(writes);
  return writes.length;
}

/**
 * The rule of a model (or of every model of a programme) changed: its groups' verdicts follow.
 * Runs on emitGroupNamingRuleChanged (naming-events.ts, emitted by the models and programmes
 * services); also safe to run at any time (the seed runs it).
 */
export async function refreshGroupNaming(target: NamingRuleOwner): Promise<number> {
  const modelQuery = 'modelId' in target ? { _id: oid(String(target.modelId)) } : { programmeId: oid(String(target.programmeId)) };
  const affected = await SecurityModel.find(modelQuery).lean<ModelDoc[]>();
  let changed = 0;
  for (const model of affected) {
    const rule = await ruleOf(model);
    changed += await renameVerdicts({ modelId: model._id }, () => rule);
  }
  return changed;
}

onGroupNamingRuleChanged(async (owner) => {
  await refreshGroupNaming(owner);
});

// A renamed neighbourhood renames what its groups are measured against.
onNeighbourhoodUpdated(async (before, after) => {
  if (before.name !== after.name) await renameVerdicts({ unitId: after._id }, (g) => g.namingRule, after.name);
});
