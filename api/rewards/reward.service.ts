/**
 * Rewards and discipline (khen thưởng, kỷ luật; seeds 001 and 002: units "đề xuất khen thưởng"
 * for collectives, individuals and households, and the level above decides):
 *   DRAFT → PROPOSED → DECIDED | REJECTED, RETURN → DRAFT (→ PROPOSE again).
 * A reward is scoped by its proposing unit. Its officers (a neighbourhood's head) draft and
 * propose; officers of a unit above it whose scope holds it (ADMIN for a province's) decide,
 * reject or return, never the one who proposed it.
 */
import sift from 'sift';
import { z } from 'zod';
import { LEVEL_FIELD, isAdmin, isOfficer, levelDepth, officersInScope, scopeFilter, type ObjectId, type Rule, type Viewer } from '../core/access';
import { Repository, type RecordPermissions } from '../core/repository';
import { searchField } from '../core/text';
import { bounded, calendarYear, commonFilterQuery, definedOnly, idsFilter, localDate, objectId, oid, optionalText, searchText, text } from '../core/validation';
import { badInput, conflict, forbidden, fromZodError } from '../errors';
import type { AssessmentDoc } from '../assessments/assessment.model';
import { assessments } from '../assessments/assessment.service';
import { findUnit } from '../hierarchy/units';
import { models } from '../models/model.service';
import { organisations } from '../organisations/organisation.service';
import type { RewardSortField } from '../generated/graphql';
import type { RewardAction, RewardRecipientUnitLevel } from '../../rules/contract';
import {
  MAX_REWARD_AMOUNT,
  REWARD_ACTIONS,
  REWARD_FORMS,
  REWARD_KINDS,
  REWARD_RECIPIENT_KINDS,
  REWARD_STATUSES,
  REWARD_STEP_FROM,
  REWARD_STEP_TO,
  formFitsKind,
  rewardEditable,
  rewardNoteRequired,
} from '../../rules/rewards';
import { Reward, type RewardDecisionDoc, type RewardDoc } from './reward.model';

// ---------------------------------------------------------------- who may act

/** The proposing unit's people: officers in scope, a neighbourhood's head for their own neighbourhood. */
export const proposers = (viewer: Viewer): Rule => (viewer.role === 'NEIGHBOURHOOD_HEAD' ? scopeFilter(viewer) : officersInScope(viewer));

const inScope = (viewer: Viewer, doc: RewardDoc) => isAdmin(viewer) || sift(scopeFilter(viewer))(doc);

/** Decide, reject or return: ADMIN, or an officer of a unit strictly above the proposing unit whose scope holds it. */
export function canDecide(viewer: Viewer, doc: RewardDoc): boolean {
  if (isAdmin(viewer)) return true;
  if (!isOfficer(viewer) || !viewer.scope) return false;
  return levelDepth(viewer.scope.level) < levelDepth(doc.proposingUnitLevel) && inScope(viewer, doc);
}

// ---------------------------------------------------------------- inputs

const day = localDate.unwrap().unwrap();
const Fields = z.object({
  kind: z.enum(REWARD_KINDS),
  recipientKind: z.enum(REWARD_RECIPIENT_KINDS),
  recipientName: text(300),
  recipientUnitId: objectId.nullish(),
  modelId: objectId.nullish(),
  assessmentId: objectId.nullish(),
  year: calendarYear,
  reason: text(5000),
  isSample: z.boolean().nullish(),
});
const CreateInput = Fields.extend({ proposingUnitId: objectId });
const UpdateInput = Fields.partial();
type Create = z.infer<typeof CreateInput>;
type Update = z.infer<typeof UpdateInput>;

const DecisionInput = z.object({
  number: text(60),
  date: day,
  form: z.enum(REWARD_FORMS),
  amount: bounded(0, MAX_REWARD_AMOUNT).nullish(),
  issuingBody: optionalText(300),
  note: optionalText(2000),
});
export type DecisionInputType = z.input<typeof DecisionInput>;

const searchOf = (r: Pick<RewardDoc, 'recipientName' | 'reason'> & { decision?: RewardDecisionDoc | null }) =>
  searchField(r.recipientName, r.reason, r.decision?.number ?? '');

// ---------------------------------------------------------------- what a reward refers to

type Scoped = { provinceId: ObjectId; wardId: ObjectId | null; neighbourhoodId: ObjectId | null };
type Proposing = Pick<RewardDoc, 'proposingUnitId' | 'proposingUnitLevel'>;
/** Whether `place` lies in the proposing unit (or is it). */
const withinProposer = (p: Proposing, place: Partial<Scoped>) => String(place[LEVEL_FIELD[p.proposingUnitLevel]] ?? '') === String(p.proposingUnitId);

/** The recipient unit (a ward, neighbourhood or organisation in the caller's scope and in the proposing unit). */
async function recipientUnit(
  viewer: Viewer,
  id: string,
  proposing: Proposing,
): Promise<{ recipientUnitId: ObjectId; recipientUnitLevel: RewardRecipientUnitLevel; organisationId: ObjectId | null }> {
  const path = 'input.recipientUnitId';
  const unit = await findUnit(viewer, id);
  let found: { recipientUnitId: ObjectId; recipientUnitLevel: RewardRecipientUnitLevel; organisationId: ObjectId | null; at: Partial<Scoped> } | null = null;
  if (unit) {
    if (unit.level === 'PROVINCE') throw badInput([{ path, message: 'a province is not a recipient unit: name the body in recipientName' }]);
    found = { recipientUnitId: unit.doc._id, recipientUnitLevel: unit.level, organisationId: null, at: unit.ancestors };
  } else {
    const [org] = await organisations.getMany(viewer, [id]);
    if (org) found = { recipientUnitId: org._id, recipientUnitLevel: 'ORGANISATION', organisationId: org._id, at: { provinceId: org.provinceId, wardId: org.wardId } };
  }
  if (!found) throw badInput([{ path, message: 'no such ward, neighbourhood or organisation in your scope' }]);
  if (!withinProposer(proposing, found.at)) throw badInput([{ path, message: 'the recipient is not in the proposing unit' }]);
  const { at: _at, ...rest } = found;
  return rest;
}

/** The model and assessment it is tied to, each one the caller may read; an assessment of a model names the model too. */
async function ties(viewer: Viewer, input: { modelId?: string | null; assessmentId?: string | null }) {
  const out: { modelId?: ObjectId | null; assessmentId?: ObjectId | null } = {};
  let assessment: AssessmentDoc | null = null;
  if (input.assessmentId) {
    assessment = await assessments.get(viewer, input.assessmentId).catch(() => null);
    if (!assessment) throw badInput([{ path: 'input.assessmentId', message: 'no such assessment in your scope' }]);
    out.assessmentId = assessment._id;
  } else if (input.assessmentId === null) out.assessmentId = null;
  if (input.modelId) {
    const model = await models.get(viewer, input.modelId).catch(() => null);
    if (!model) throw badInput([{ path: 'input.modelId', message: 'no such model in your scope' }]);
    out.modelId = model._id;
  } else if (input.modelId === null) out.modelId = null;
  if (assessment?.subjectLevel === 'MODEL' && input.modelId === undefined) out.modelId = assessment.subjectId;
  return out;
}

// ---------------------------------------------------------------- the resource

/** Drafts only are deleted: the delete button follows (a decided reward is a record of the decision). */
class RewardRepository extends Repository<RewardDoc, Create, Update> {
  override permissions(viewer: Viewer, doc: RewardDoc): RecordPermissions {
    const base = super.permissions(viewer, doc);
    return { ...base, delete: base.delete && rewardEditable(doc.status) };
  }
}

export const rewards = new RewardRepository({
  entityType: 'Reward',
  model: Reward,
  access: {
    read: scopeFilter,
    create: proposers,
    update: proposers,
    delete: proposers,
    stateRefusal(_viewer, doc, action) {
      const { status } = doc as RewardDoc;
      return action === 'update' && !rewardEditable(status) ? `Only drafts change; this reward is ${status} (a returned proposal is a draft again)` : null;
    },
  },
  createInput: CreateInput,
  updateInput: UpdateInput,
  filterInput: z
    .object({
      ids: idsFilter,
      provinceId: objectId.nullish(),
      wardId: objectId.nullish(),
      neighbourhoodId: objectId.nullish(),
      proposingUnitId: objectId.nullish(),
      recipientUnitId: objectId.nullish(),
      modelId: objectId.nullish(),
      assessmentId: objectId.nullish(),
      year: calendarYear.nullish(),
      kind: z.enum(REWARD_KINDS).nullish(),
      status: z.enum(REWARD_STATUSES).nullish(),
      q: searchText,
    })
    .transform((f) => {
      const q = commonFilterQuery(f);
      for (const key of ['proposingUnitId', 'recipientUnitId', 'modelId', 'assessmentId'] as const) if (f[key]) q[key] = oid(f[key]);
      if (f.year != null) q.year = f.year;
      if (f.kind) q.kind = f.kind;
      if (f.status) q.status = f.status;
      return q;
    }),
  sortFields: { year: 'year', status: 'status', createdAt: 'createdAt', updatedAt: 'updatedAt' } satisfies Record<RewardSortField, string>,
  defaultSort: { field: 'year', order: 'DESC' },
  auditOmit: ['search'],
  async toDocument(viewer, input) {
    const unit = await findUnit(viewer, input.proposingUnitId);
    if (!unit) throw badInput([{ path: 'input.proposingUnitId', message: 'no such unit in your scope' }]);
    const proposing = { proposingUnitId: unit.doc._id, proposingUnitLevel: unit.level };
    const recipient = input.recipientUnitId
      ? await recipientUnit(viewer, input.recipientUnitId, proposing)
      : { recipientUnitId: null, recipientUnitLevel: null, organisationId: null };
    const tied = await ties(viewer, input);
    const doc = {
      kind: input.kind,
      recipientKind: input.recipientKind,
      recipientName: input.recipientName,
      ...recipient,
      modelId: tied.modelId ?? null,
      assessmentId: tied.assessmentId ?? null,
      year: input.year,
      reason: input.reason,
      ...proposing,
      ...unit.ancestors,
      status: 'DRAFT' as const,
      history: [],
      proposedBy: null,
      decidedBy: null,
      decision: null,
      isSample: input.isSample ?? false,
    };
    return { ...doc, search: searchOf(doc) };
  },
  async toUpdate(viewer, current, input) {
    const { recipientUnitId, modelId, assessmentId, isSample, ...plain } = input;
    const changes: Partial<RewardDoc> = { ...definedOnly(plain), ...(await ties(viewer, { modelId, assessmentId })) };
    if (isSample != null) changes.isSample = isSample;
    if (recipientUnitId) Object.assign(changes, await recipientUnit(viewer, recipientUnitId, current));
    else if (recipientUnitId === null) Object.assign(changes, { recipientUnitId: null, recipientUnitLevel: null, organisationId: null });
    return { ...changes, search: searchOf({ ...current, ...changes }) };
  },
  async beforeDelete(_viewer, doc) {
    if (!rewardEditable(doc.status)) throw conflict(`Only drafts can be deleted; this reward is ${doc.status}`, 'WRONG_STATE');
  },
});

// ---------------------------------------------------------------- the workflow

/** Why the caller may not take this step now (null when they may); `allowedActions` asks the same. */
export function rewardRefusal(viewer: Viewer, doc: RewardDoc, action: RewardAction): { code: 'CONFLICT' | 'FORBIDDEN'; message: string } | null {
  const states: readonly RewardDoc['status'][] = REWARD_STEP_FROM[action];
  if (!states.includes(doc.status)) return { code: 'CONFLICT', message: `Cannot ${action} a reward that is ${doc.status} (needs ${states.join(' or ')})` };
  const forbid = (message: string) => ({ code: 'FORBIDDEN' as const, message });
  if (action === 'PROPOSE') {
    const rule = proposers(viewer);
    return rule === false || !sift(rule)(doc) ? forbid('Only the proposing unit’s officers (or its head) may propose') : null;
  }
  if (!canDecide(viewer, doc)) {
    return forbid(doc.proposingUnitLevel === 'PROVINCE' ? 'A province’s proposals are decided by an administrator' : 'Only officers of a unit above the proposing unit may decide');
  }
  return doc.proposedBy && doc.proposedBy.equals(viewer.userId) ? forbid('Nobody decides a proposal they made') : null;
}

export const rewardActions = (viewer: Viewer, doc: RewardDoc): RewardAction[] => REWARD_ACTIONS.filter((a) => rewardRefusal(viewer, doc, a) === null);

const NoteInput = z.object({ note: optionalText(2000) });

/** Takes one step, recording who, when and why (a decision's details for DECIDE), under the record's version check and audit. */
export function stepReward(viewer: Viewer, id: string, action: RewardAction, raw: { note?: string | null; decision?: DecisionInputType }, expectedVersion?: number | null): Promise<RewardDoc> {
  const noted = NoteInput.safeParse({ note: raw.note });
  if (!noted.success) throw fromZodError(noted.error, '');
  let decision: z.infer<typeof DecisionInput> | null = null;
  if (action === 'DECIDE') {
    const parsed = DecisionInput.safeParse(raw.decision ?? {});
    if (!parsed.success) throw fromZodError(parsed.error, 'input');
    decision = parsed.data;
  }
  const note = decision?.note ?? noted.data.note ?? null;
  return rewards.apply(
    viewer,
    id,
    action,
    (current) => {
      const refused = rewardRefusal(viewer, current, action);
      if (refused) throw refused.code === 'CONFLICT' ? conflict(refused.message, 'WRONG_STATE') : forbidden(refused.message);
      if (rewardNoteRequired(action) && !note) throw badInput([{ path: 'note', message: action === 'RETURN' ? 'say what to complete' : 'say why it is refused' }]);
      const history = [...current.history, { action, by: viewer.userId, byName: viewer.username, at: new Date(), note }];
      const changes: Partial<RewardDoc> = { status: REWARD_STEP_TO[action], history };
      if (action === 'PROPOSE') changes.proposedBy = viewer.userId;
      if (action === 'REJECT') changes.decidedBy = viewer.userId;
      if (decision) {
        const problems = [];
        if (!formFitsKind(current.kind, decision.form)) problems.push({ path: 'input.form', message: `${decision.form} is not a form of ${current.kind.toLowerCase()}` });
        if (current.kind === 'DISCIPLINE' && decision.amount != null) problems.push({ path: 'input.amount', message: 'a disciplinary decision carries no amount' });
        if (problems.length) throw badInput(problems);
        const scope = isAdmin(viewer) ? null : viewer.scope;
        changes.decidedBy = viewer.userId;
        changes.decision = {
          number: decision.number,
          date: decision.date,
          form: decision.form,
          amount: decision.amount ?? null,
          issuingLevel: scope ? (scope.level === 'PROVINCE' ? 'PROVINCE' : 'WARD') : 'CENTRAL',
          issuingUnitId: scope?.unitId ?? null,
          issuingBody: decision.issuingBody ?? null,
        };
        changes.search = searchOf({ ...current, decision: changes.decision });
      }
      return changes;
    },
    expectedVersion,
  );
}

// ---------------------------------------------------------------- candidates

/** At most this many candidates (one page of assessments). */
export const CANDIDATE_CAP = 200;

const CandidateArgs = z.object({ unitId: objectId, year: calendarYear });

/**
 * The recognised assessments of a year in a unit (and below it), within the caller's scope, that
 * no reward (a commendation not refused) refers to yet: two queries whatever their number, plus the
 * unit lookup and the page's count.
 */
export async function recognisedWithoutReward(viewer: Viewer, raw: { unitId: string; year: number }): Promise<AssessmentDoc[]> {
  const parsed = CandidateArgs.safeParse(raw);
  if (!parsed.success) throw fromZodError(parsed.error, '');
  const unit = await findUnit(viewer, parsed.data.unitId);
  if (!unit) throw badInput([{ path: 'unitId', message: 'no such unit in your scope' }]);
  const { items } = await assessments.list(
    viewer,
    { [LEVEL_FIELD[unit.level]]: parsed.data.unitId, year: parsed.data.year, status: 'RECOGNIZED' },
    { limit: CANDIDATE_CAP },
    { field: 'updatedAt', order: 'DESC' },
  );
  if (!items.length) return [];
  // Any reward, whoever's scope it is in: one proposed higher up counts too.
  const taken = await Reward.find({ assessmentId: { $in: items.map((a) => a._id) }, status: { $in: ['DRAFT', 'PROPOSED', 'DECIDED'] }, kind: 'COMMENDATION' }, { assessmentId: 1 })
    .batchSize(items.length + 1)
    .lean<Array<Pick<RewardDoc, 'assessmentId'>>>();
  const rewarded = new Set(taken.map((r) => String(r.assessmentId)));
  return items.filter((a) => !rewarded.has(String(a._id)));
}
