/**
 * Models are scoped records: officers edit the models of units in their subtree; a
 * neighbourhood head updates only the figures of their own neighbourhood's models
 * (docs/roles-and-scopes.md); viewers read.
 */
import { z } from 'zod';
import { officersInScope, scopeFilter, type Viewer } from '../core/access';
import { Repository } from '../core/repository';
import { foldText, searchField } from '../core/text';
import { bounded, calendarYear, commonFilterQuery, definedOnly, figureValue, MAX_FIGURE, idsFilter, keepIds, localDate, objectId, oid, optionalText, searchText, text } from '../core/validation';
import { badInput, conflict } from '../errors';
import { Assessment } from '../assessments/assessment.model';
import { CommunityGroup } from '../community/community-group.model';
import { emitGroupNamingRuleChanged } from '../community/naming-events';
import { Meeting } from '../meetings/meeting.model';
import { MeetingSchedule } from '../meetings/meeting-schedule.model';
import { Reward } from '../rewards/reward.model';
import { DeadlineInput, DocumentRefInput, TargetInput, deadlineOf, docRef, groupNamingRuleInput, programmes, recipientsInput, responsibilitiesInput, responsibilityOf, targetsOf } from '../programmes/programme.service';
import { onNeighbourhoodUpdated } from '../hierarchy/events';
import { Neighbourhood, type NeighbourhoodDoc } from '../hierarchy/neighbourhood.model';
import { findUnit } from '../hierarchy/units';
import { CHANNEL_KINDS, MODEL_CATEGORIES, MODEL_STATUSES, SecurityModel, STATUS_DATE_KEYS, launchLag, type FigureDoc, type FundingRow, type ModelDoc, type StatusDates } from './model.model';
import type { ModelSortField } from '../generated/graphql';

/** A neighbourhood's re-arrangement date changed: its models' launch lag follows (a handful of records). */
async function refreshLaunchLag(neighbourhood: Pick<NeighbourhoodDoc, '_id' | 'rearrangedOn'>): Promise<void> {
  const own = await SecurityModel.find({ unitId: neighbourhood._id }, { statusDates: 1 }).lean();
  await Promise.all(own.map((m) => SecurityModel.updateOne({ _id: m._id }, { $set: { launchLagDays: launchLag(neighbourhood.rearrangedOn, m.statusDates?.launched) } })));
}
onNeighbourhoodUpdated(async (before, after) => {
  if (before.rearrangedOn !== after.rearrangedOn) await refreshLaunchLag(after);
});

/** What a neighbourhood head may change of their own neighbourhood's models. */
export const HEAD_EDITABLE_MODEL_FIELDS = ['figures'] as const;

const long = optionalText(10_000);
const FigureInput = z.object({
  id: objectId.nullish(),
  indicator: text(300),
  value: figureValue,
  unit: text(60),
  period: text(40),
  place: optionalText(300),
  planned: z.boolean().nullish(),
  note: optionalText(2000),
});
/** An amount in VND: whole đồng, 0 or more. */
const vnd = bounded(0, MAX_FIGURE).int('must be a whole number of đồng').nullish();
const FundingInput = z.object({ source: text(500), legalBasis: optionalText(300), year: calendarYear.nullish(), plannedAmount: vnd, spentAmount: vnd, note: optionalText(1000) });
export const fundingRowOf = (f: z.infer<typeof FundingInput>): FundingRow => ({
  source: f.source,
  legalBasis: f.legalBasis ?? null,
  year: f.year ?? null,
  plannedAmount: f.plannedAmount ?? null,
  spentAmount: f.spentAmount ?? null,
  note: f.note ?? null,
});
/** A day, a month or a year, as precisely as the source says: YYYY, YYYY-MM or YYYY-MM-DD (a real one). */
export const partialDate = z
  .string()
  .trim()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((v) => v.length < 10 || new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), 'is not a real date')
  .nullish();

const ModelFields = z.object({
  name: text(300),
  category: z.enum(MODEL_CATEGORIES),
  programmeId: objectId.nullish(),
  leadBody: text(500),
  area: optionalText(1000),
  status: z.enum(MODEL_STATUSES),
  startedIn: partialDate,
  statusAsOf: partialDate,
  statusDates: z.object(Object.fromEntries(STATUS_DATE_KEYS.map((k) => [k, localDate])) as Record<(typeof STATUS_DATE_KEYS)[number], typeof localDate>).nullish(),
  context: long,
  results: long,
  problems: long,
  nextPlan: long,
  nextPlanPeriod: optionalText(40),
  requests: long,
  funding: z.array(FundingInput).max(50).nullish(),
  responsibilities: responsibilitiesInput,
  recipients: recipientsInput,
  groupNamingRule: groupNamingRuleInput,
  committee: z.array(z.object({ name: text(200), position: text(300), role: text(200), group: text(200) })).max(200).nullish(),
  meetingSchedule: optionalText(500),
  channels: z
    .array(z.object({ kind: z.enum(CHANNEL_KINDS), name: text(300), value: optionalText(300), languages: z.array(z.string().regex(/^[a-z]{2}$/, 'must be a language code like vi or en')).max(10).nullish(), note: optionalText(1000), isSample: z.boolean().nullish() }))
    .max(500)
    .nullish(),
  steps: z
    .array(z.object({ order: bounded(1, 1000).int('must be a whole number'), title: text(500), dueOn: localDate, doneOn: localDate, note: optionalText(2000) }))
    .max(100)
    .nullish(),
  components: z.array(z.object({ title: text(300), description: text(5000), place: optionalText(300) })).max(50).nullish(),
  targets: z.array(TargetInput).max(50).nullish(),
  deadlines: z.array(DeadlineInput).max(50).nullish(),
  figures: z.array(FigureInput).max(1000).nullish(),
  documents: z.array(DocumentRefInput).max(50).nullish(),
  unitMappingNote: optionalText(2000),
  isSample: z.boolean().nullish(),
});
const ModelCreateInput = ModelFields.extend({ unitId: objectId });
type ModelCreate = z.infer<typeof ModelCreateInput>;
type ModelUpdate = Partial<z.infer<typeof ModelFields>>;


const statusDatesOf = (d: Partial<StatusDates> | null | undefined): StatusDates =>
  Object.fromEntries(STATUS_DATE_KEYS.map((k) => [k, d?.[k] ?? null])) as StatusDates;

const figuresOf = (input: z.infer<typeof FigureInput>[], known: Set<string>): FigureDoc[] =>
  keepIds(input, known, 'figures').map((f) => ({ ...f, place: f.place ?? null, planned: f.planned ?? false, note: f.note ?? null }));

async function checkProgramme(viewer: Viewer, id: string | null | undefined): Promise<ModelDoc['programmeId']> {
  return id ? (await programmes.get(viewer, id))._id : null;
}

/** The list-valued and derived fields of a model from (validated) input. */
function listFields(input: ModelUpdate, current?: ModelDoc): Partial<ModelDoc> {
  const out: Partial<ModelDoc> = {};
  if (input.statusDates != null) out.statusDates = statusDatesOf(input.statusDates);
  if (input.funding != null) out.funding = input.funding.map(fundingRowOf);
  if (input.responsibilities != null) out.responsibilities = input.responsibilities.map(responsibilityOf);
  if (input.recipients != null) out.recipients = input.recipients;
  if (input.committee != null) out.committee = input.committee;
  if (input.channels != null) out.channels = input.channels.map((c) => ({ ...c, value: c.value ?? null, languages: c.languages ?? [], note: c.note ?? null, isSample: c.isSample ?? false }));
  if (input.steps != null) out.steps = [...input.steps].sort((a, b) => a.order - b.order).map((s) => ({ ...s, dueOn: s.dueOn ?? null, doneOn: s.doneOn ?? null, note: s.note ?? null }));
  if (input.components != null) out.components = input.components.map((c) => ({ ...c, place: c.place ?? null }));
  if (input.targets != null) out.targets = targetsOf(input.targets, new Set(current?.targets.map((t) => String(t._id))));
  if (input.deadlines != null) out.deadlines = input.deadlines.map(deadlineOf);
  if (input.figures != null) out.figures = figuresOf(input.figures, new Set(current?.figures.map((f) => String(f._id))));
  if (input.documents != null) out.documents = input.documents.map(docRef);
  return out;
}

/** Input fields that listFields or a lookup turns into stored form; the rest are stored as given. */
const LIST_KEYS: readonly string[] = ['statusDates', 'funding', 'responsibilities', 'recipients', 'committee', 'channels', 'steps', 'components', 'targets', 'deadlines', 'figures', 'documents', 'programmeId'];
const scalarsOf = (input: Record<string, unknown>) => Object.fromEntries(Object.entries(input).filter(([k]) => !LIST_KEYS.includes(k)));

export const models = new Repository<ModelDoc, ModelCreate, ModelUpdate>({
  entityType: 'Model',
  model: SecurityModel,
  access: {
    read: scopeFilter,
    create: officersInScope,
    update: (viewer) => (viewer.role === 'NEIGHBOURHOOD_HEAD' ? scopeFilter(viewer) : officersInScope(viewer)),
    delete: officersInScope,
    updatableFields: (viewer) => (viewer.role === 'NEIGHBOURHOOD_HEAD' ? HEAD_EDITABLE_MODEL_FIELDS : undefined),
  },
  createInput: ModelCreateInput,
  updateInput: ModelFields.partial(),
  filterInput: z
    .object({
      ids: idsFilter,
      unitId: objectId.nullish(),
      provinceId: objectId.nullish(),
      wardId: objectId.nullish(),
      neighbourhoodId: objectId.nullish(),
      programmeId: objectId.nullish(),
      status: z.enum(MODEL_STATUSES).nullish(),
      category: z.enum(MODEL_CATEGORIES).nullish(),
      /** Internal (not in the SDL's filter): models with a dated rollout step, for the to-do list. */
      openSteps: z.boolean().nullish(),
      q: searchText,
    })
    .transform((f) => ({
      ...commonFilterQuery(f),
      ...(f.unitId ? { unitId: oid(f.unitId) } : {}),
      ...(f.programmeId ? { programmeId: oid(f.programmeId) } : {}),
      ...(f.status ? { status: f.status } : {}),
      ...(f.category ? { category: f.category } : {}),
      // FerretDB 1.x has no $elemMatch on sub-documents: models with any dated step; the caller drops done ones.
      ...(f.openSteps ? { 'steps.dueOn': { $type: 'string' } } : {}),
    })),
  sortFields: { name: 'nameSort', status: 'status', createdAt: 'createdAt', updatedAt: 'updatedAt' } satisfies Record<ModelSortField, string>,
  defaultSort: { field: 'name' },
  auditOmit: ['search', 'nameSort'],
  async toDocument(viewer, input) {
    const unit = await findUnit(viewer, input.unitId);
    if (!unit) throw badInput([{ path: 'input.unitId', message: 'no such unit in your scope' }]);
    const empty: Partial<ModelDoc> = { funding: [], responsibilities: [], recipients: [], committee: [], channels: [], steps: [], components: [], targets: [], deadlines: [], figures: [], documents: [] };
    const { unitId: _unit, ...rest } = input;
    const scalars = scalarsOf(rest);
    return {
      area: null,
      context: null,
      results: null,
      problems: null,
      nextPlan: null,
      nextPlanPeriod: null,
      requests: null,
      meetingSchedule: null,
      unitMappingNote: null,
      groupNamingRule: null,
      ...definedOnly(scalars),
      isSample: input.isSample ?? false,
      statusDates: statusDatesOf(null),
      ...empty,
      ...listFields(input),
      unitId: unit.doc._id,
      unitLevel: unit.level,
      ...unit.ancestors,
      programmeId: await checkProgramme(viewer, input.programmeId),
      launchLagDays: unit.level === 'NEIGHBOURHOOD' ? launchLag((unit.doc as NeighbourhoodDoc).rearrangedOn, input.statusDates?.launched) : null,
      search: searchField(input.name, input.leadBody),
      nameSort: foldText(input.name),
    } as Omit<ModelDoc, '_id' | 'version' | 'createdAt' | 'updatedAt'>;
  },
  async toUpdate(viewer, current, input) {
    const scalars = scalarsOf(input);
    const changes: Partial<ModelDoc> = { ...(definedOnly(scalars) as Partial<ModelDoc>), ...listFields(input, current) };
    if (input.isSample === null) delete changes.isSample;
    if (input.programmeId !== undefined) changes.programmeId = await checkProgramme(viewer, input.programmeId);
    if (changes.statusDates && current.unitLevel === 'NEIGHBOURHOOD') {
      const unit = await Neighbourhood.findById(current.unitId, { rearrangedOn: 1 }).lean();
      changes.launchLagDays = launchLag(unit?.rearrangedOn, changes.statusDates.launched);
    }
    const name = changes.name ?? current.name;
    return { ...changes, search: searchField(name, changes.leadBody ?? current.leadBody), nameSort: foldText(name) };
  },
  async afterUpdate(_viewer, before, after) {
    // Its groups' naming verdicts follow a new rule, or the rule of a new programme.
    if (before.groupNamingRule !== after.groupNamingRule || String(before.programmeId) !== String(after.programmeId)) await emitGroupNamingRuleChanged({ modelId: after._id });
  },
  async beforeDelete(_viewer, doc) {
    // Its life after launch would be orphaned: those records are removed (or moved) first, on purpose.
    const [rated, meetings, schedules, groups, rewards] = await Promise.all([
      Assessment.countDocuments({ subjectId: doc._id }),
      Meeting.countDocuments({ modelId: doc._id }),
      MeetingSchedule.countDocuments({ modelId: doc._id }),
      CommunityGroup.countDocuments({ modelId: doc._id }),
      Reward.countDocuments({ modelId: doc._id }),
    ]);
    if (rated) throw conflict(`Model ${doc.name} has ${rated} assessment(s); they would be lost`, 'HAS_DEPENDENTS');
    const dependents = [meetings && `${meetings} meeting(s)`, schedules && `${schedules} meeting schedule(s)`, groups && `${groups} community group(s)`, rewards && `${rewards} reward(s)`].filter(Boolean);
    if (dependents.length) throw conflict(`Model ${doc.name} has ${dependents.join(', ')}; delete them first`, 'HAS_DEPENDENTS');
  },
});
