/**
 * Periodic reports (báo cáo định kỳ) of a unit: computed from the data of its subtree, edited by
 * the unit's own people, submitted up the tree and accepted (or returned) by an officer of the
 * level above (seed 004: Huyện Lai Vung to the province; seeds 000–002: the ward police
 * "tổng hợp … báo cáo UBND tỉnh, Công an tỉnh"). A submitted report is frozen: its computed
 * sections are stored as they were sent.
 */
import { z } from 'zod';
import { LEVELS, LEVEL_FIELD, allOf, isAdmin, levelDepth, scopeFilter, type Rule, type UnitLevel, type Viewer } from '../core/access';
import { Repository } from '../core/repository';
import { searchField } from '../core/text';
import { calendarYear, commonFilterQuery, definedOnly, idsFilter, localDate, objectId, optionalText, searchText, text } from '../core/validation';
import { badInput, conflict, forbidden, fromZodError, notFound } from '../errors';
import { Neighbourhood, type NeighbourhoodDoc } from '../hierarchy/neighbourhood.model';
import { Ward, type WardDoc } from '../hierarchy/ward.model';
import { findUnit, type FoundUnit } from '../hierarchy/units';
import { SecurityModel } from '../models/model.model';
import type { PeriodReportAction, PeriodReportSortField } from '../generated/graphql';
import { PERIOD_INDEX_MAX, REPORT_GRACE_DAYS, periodBounds, type Period } from '../../rules/periods';
import { computeReportData } from './compute';
import { PERIOD_KINDS, PERIOD_REPORT_ACTIONS, PERIOD_REPORT_STATUSES, PeriodReport, type PeriodReportDataDoc, type PeriodReportDoc } from './period-report.model';

const EDITABLE: readonly PeriodReportDoc['status'][] = ['DRAFT', 'RETURNED'];

/** The unit's own people: an officer or head whose scope unit is the report's unit (ADMIN: any). */
const ownUnit = (viewer: Viewer): Rule =>
  isAdmin(viewer) ? {} : viewer.scope && viewer.role !== 'VIEWER' ? { unitId: viewer.scope.unitId } : false;

const lines = (max: number) => z.array(text(500)).max(max, `at most ${max} lines`).nullish();
const Narrative = {
  number: optionalText(80),
  title: optionalText(500),
  place: optionalText(120),
  issuedOn: localDate,
  addressee: optionalText(500),
  requestsTo: optionalText(300),
  basis: lines(30),
  recipients: lines(50),
  signerTitle: optionalText(200),
  signerName: optionalText(200),
  results: optionalText(50_000),
  problems: optionalText(50_000),
  requests: optionalText(50_000),
  nextPlan: optionalText(50_000),
  nextPlanPeriod: optionalText(40),
  isSample: z.boolean().nullish(),
};
const CreateInput = z
  .object({
    unitId: objectId,
    periodKind: z.enum(PERIOD_KINDS),
    year: calendarYear,
    periodIndex: z.number().int().nullish(),
    from: localDate,
    to: localDate,
    ...Narrative,
  })
  .superRefine((input, ctx) => {
    const max = PERIOD_INDEX_MAX[input.periodKind];
    if (max === null && input.periodIndex != null) ctx.addIssue({ code: 'custom', path: ['periodIndex'], message: `a ${input.periodKind} report takes no index` });
    if (max !== null && (input.periodIndex == null || input.periodIndex < 1 || input.periodIndex > max)) ctx.addIssue({ code: 'custom', path: ['periodIndex'], message: `must be 1–${max}` });
    if (input.periodKind === 'CUSTOM') {
      if (!input.from) ctx.addIssue({ code: 'custom', path: ['from'], message: 'a CUSTOM period needs its first day' });
      if (!input.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'a CUSTOM period needs its last day' });
      if (input.from && input.to && input.from > input.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
    } else if (input.from || input.to) {
      ctx.addIssue({ code: 'custom', path: [input.from ? 'from' : 'to'], message: 'only a CUSTOM period gives its own days' });
    }
  });
const UpdateInput = z.object(Narrative);
type Create = z.infer<typeof CreateInput>;
type Update = z.infer<typeof UpdateInput>;

/** The period a create input names, with its first and last day. */
function periodOf(input: Create): Period {
  if (input.periodKind === 'CUSTOM') return { kind: 'CUSTOM', year: input.year, index: null, from: input.from as string, to: input.to as string };
  return { kind: input.periodKind, year: input.year, index: input.periodIndex ?? null, ...periodBounds(input.periodKind, input.year, input.periodIndex ?? null) };
}

const PERIOD_NAME: Record<Period['kind'], (p: Period) => string> = {
  MONTH: (p) => `tháng ${p.index}/${p.year}`,
  QUARTER: (p) => `quý ${['I', 'II', 'III', 'IV'][(p.index ?? 1) - 1]}/${p.year}`,
  HALF_YEAR: (p) => `${p.index === 1 ? '6 tháng đầu' : '6 tháng cuối'} năm ${p.year}`,
  YEAR: (p) => `năm ${p.year}`,
  CUSTOM: (p) => `từ ${p.from} đến ${p.to}`,
};
const defaultTitle = (p: Period) => `Báo cáo kết quả thực hiện phong trào toàn dân bảo vệ an ninh Tổ quốc ${PERIOD_NAME[p.kind](p)}`;

/** The narrative pre-filled from the models of the unit's subtree, one paragraph per model that says something. */
async function prefilledNarrative(unit: FoundUnit): Promise<Pick<PeriodReportDoc, 'results' | 'problems' | 'requests' | 'nextPlan'>> {
  const models = await SecurityModel.find({ [LEVEL_FIELD[unit.level]]: unit.doc._id }, { name: 1, results: 1, problems: 1, requests: 1, nextPlan: 1 })
    .sort({ createdAt: 1, _id: 1 })
    .limit(500)
    .lean<Array<{ name: string; results: string | null; problems: string | null; requests: string | null; nextPlan: string | null }>>();
  const join = (field: 'results' | 'problems' | 'requests' | 'nextPlan') => {
    const parts = models.filter((m) => m[field]?.trim()).map((m) => `- ${m.name}: ${m[field]?.trim()}`);
    return parts.length ? parts.join('\n') : null;
  };
  return { results: join('results'), problems: join('problems'), requests: join('requests'), nextPlan: join('nextPlan') };
}

const searchOf = (r: Pick<PeriodReportDoc, 'number' | 'title'>) => searchField(r.number ?? '', r.title);

export const periodReports = new Repository<PeriodReportDoc, Create, Update>({
  entityType: 'PeriodReport',
  model: PeriodReport,
  access: {
    read: scopeFilter,
    create: ownUnit,
    update: ownUnit,
    delete: ownUnit,
    stateRefusal: (_viewer, doc, action) => {
      const { status } = doc as PeriodReportDoc;
      if (EDITABLE.includes(status)) return null;
      return action === 'delete' ? `A ${status} report was sent up; it cannot be deleted` : `A ${status} report is frozen as it was sent; RETURN it to change it`;
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
      unitId: objectId.nullish(),
      year: calendarYear.nullish(),
      periodKind: z.enum(PERIOD_KINDS).nullish(),
      status: z.enum(PERIOD_REPORT_STATUSES).nullish(),
      q: searchText,
    })
    .transform((f) => ({
      ...commonFilterQuery(f),
      ...(f.unitId ? { unitId: f.unitId } : {}),
      ...(f.year != null ? { year: f.year } : {}),
      ...(f.periodKind ? { periodKind: f.periodKind } : {}),
      ...(f.status ? { status: f.status } : {}),
    })),
  sortFields: { from: 'from', createdAt: 'createdAt', updatedAt: 'updatedAt' } satisfies Record<PeriodReportSortField, string>,
  defaultSort: { field: 'from', order: 'DESC' },
  // The frozen sections are the report's own record of what was sent; the log keeps the edits.
  auditOmit: ['search', 'snapshot'],
  async toDocument(viewer, input) {
    const unit = await findUnit(viewer, input.unitId);
    if (!unit) throw badInput([{ path: 'input.unitId', message: 'no such unit in your scope' }]);
    const period = periodOf(input);
    const prefilled = await prefilledNarrative(unit);
    const doc = {
      unitId: unit.doc._id,
      unitLevel: unit.level,
      ...unit.ancestors,
      periodKind: period.kind,
      year: period.year,
      periodIndex: period.index,
      from: period.from,
      to: period.to,
      status: 'DRAFT' as const,
      number: input.number ?? null,
      title: input.title ?? defaultTitle(period),
      place: input.place ?? null,
      issuedOn: input.issuedOn ?? null,
      addressee: input.addressee ?? null,
      requestsTo: input.requestsTo ?? null,
      basis: input.basis ?? [],
      recipients: input.recipients ?? [],
      signerTitle: input.signerTitle ?? null,
      signerName: input.signerName ?? null,
      results: input.results ?? prefilled.results,
      problems: input.problems ?? prefilled.problems,
      requests: input.requests ?? prefilled.requests,
      nextPlan: input.nextPlan ?? prefilled.nextPlan,
      nextPlanPeriod: input.nextPlanPeriod ?? null,
      isSample: input.isSample ?? false,
      snapshot: null,
      history: [],
    };
    return { ...doc, search: searchOf(doc) };
  },
  async toUpdate(_viewer, current, input) {
    const changes = definedOnly(input) as Partial<PeriodReportDoc>;
    if (input.isSample === null) delete changes.isSample;
    if (input.title === null) delete changes.title;
    for (const list of ['basis', 'recipients'] as const) if (input[list] === null) changes[list] = [];
    return { ...changes, search: searchOf({ ...current, ...changes }) };
  },
});

// ---------------------------------------------------------------- computed sections

/** The report's computed sections: frozen once sent, else computed now from the data. */
export async function reportData(doc: PeriodReportDoc): Promise<PeriodReportDataDoc> {
  return doc.snapshot ?? computeReportData({ level: doc.unitLevel, id: doc.unitId, provinceId: doc.provinceId, wardId: doc.wardId, neighbourhoodId: doc.neighbourhoodId }, doc.from, doc.to);
}

// ---------------------------------------------------------------- sending up the tree

const STEP_FROM: Record<PeriodReportAction, readonly PeriodReportDoc['status'][]> = {
  SUBMIT: ['DRAFT', 'RETURNED'],
  ACCEPT: ['SUBMITTED'],
  RETURN: ['SUBMITTED'],
};

/** An officer of the level directly above the report's unit, over it (ADMIN for a province). */
function isReviewer(viewer: Viewer, doc: PeriodReportDoc): boolean {
  if (isAdmin(viewer)) return true;
  const scope = viewer.scope;
  if (!scope || viewer.role === 'VIEWER' || viewer.role === 'NEIGHBOURHOOD_HEAD') return false;
  const above = LEVELS[levelDepth(doc.unitLevel) - 1];
  return scope.level === above && String(doc[LEVEL_FIELD[scope.level]]) === String(scope.unitId);
}

/** Why the caller may not take this step now, or null. */
export function refusal(viewer: Viewer, doc: PeriodReportDoc, action: PeriodReportAction): { code: 'CONFLICT' | 'FORBIDDEN'; message: string } | null {
  if (!STEP_FROM[action].includes(doc.status)) return { code: 'CONFLICT', message: `Cannot ${action} a report that is ${doc.status}` };
  if (action === 'SUBMIT') {
    const rule = ownUnit(viewer);
    return rule !== false && (isAdmin(viewer) || String(doc.unitId) === String(viewer.scope?.unitId)) ? null : { code: 'FORBIDDEN', message: "Only the unit's own officers submit its report" };
  }
  return isReviewer(viewer, doc) ? null : { code: 'FORBIDDEN', message: 'Only an officer of the level above accepts or returns a report' };
}

export const allowedReportActions = (viewer: Viewer, doc: PeriodReportDoc): PeriodReportAction[] => PERIOD_REPORT_ACTIONS.filter((a) => refusal(viewer, doc, a) === null);

const TransitionInput = z.object({ action: z.enum(PERIOD_REPORT_ACTIONS), note: optionalText(2000) });

export function transitionPeriodReport(viewer: Viewer, id: string, raw: unknown, expectedVersion?: number | null): Promise<PeriodReportDoc> {
  const parsed = TransitionInput.safeParse(raw);
  if (!parsed.success) throw fromZodError(parsed.error, '');
  const { action, note } = parsed.data;
  return periodReports.apply(
    viewer,
    id,
    action,
    async (current) => {
      const refused = refusal(viewer, current, action);
      if (refused) throw refused.code === 'CONFLICT' ? conflict(refused.message, 'WRONG_STATE') : forbidden(refused.message);
      if (action === 'RETURN' && !note) throw badInput([{ path: 'note', message: 'say what to complete' }]);
      const history = [...current.history, { action, by: viewer.userId, byName: viewer.username, at: new Date(), note: note ?? null }];
      if (action === 'SUBMIT') return { status: 'SUBMITTED', snapshot: await reportData({ ...current, snapshot: null }), history };
      if (action === 'ACCEPT') return { status: 'ACCEPTED', history };
      // Returned: editable again, and its numbers follow the data until it is sent again.
      return { status: 'RETURNED', snapshot: null, history };
    },
    expectedVersion,
  );
}

// ---------------------------------------------------------------- completeness

const CompletenessInput = z.object({
  unitId: objectId,
  year: calendarYear,
  periodKind: z.enum(PERIOD_KINDS).refine((k) => k !== 'CUSTOM', 'completeness is asked for a standard period'),
  periodIndex: z.number().int().nullish(),
});

/** A page of units below is at most this many; a larger level is refused rather than cut (ask per ward). */
export const MAX_COMPLETENESS_UNITS = 2000;

export interface CompletenessRowView {
  unit: { level: UnitLevel; doc: WardDoc | NeighbourhoodDoc };
  report: PeriodReportDoc | null;
  status: PeriodReportDoc['status'] | 'NONE';
  late: boolean;
}
export interface CompletenessView {
  unit: FoundUnit;
  periodKind: Exclude<Period['kind'], 'CUSTOM'>;
  year: number;
  periodIndex: number | null;
  graceDays: number;
  rows: CompletenessRowView[];
  submitted: number;
  accepted: number;
  returned: number;
  missing: number;
  late: number;
}

/** Which units directly below `unitId` have reported for the period, and which are late. */
export async function reportCompleteness(viewer: Viewer, raw: unknown, now = new Date()): Promise<CompletenessView> {
  const parsed = CompletenessInput.safeParse(raw);
  if (!parsed.success) throw fromZodError(parsed.error, '');
  const { unitId, year, periodKind, periodIndex } = parsed.data;
  const kind = periodKind as Exclude<Period['kind'], 'CUSTOM'>;
  const max = PERIOD_INDEX_MAX[kind];
  if (max !== null && (periodIndex == null || periodIndex < 1 || periodIndex > max)) throw badInput([{ path: 'periodIndex', message: `must be 1–${max}` }]);
  const unit = await findUnit(viewer, unitId);
  if (!unit) throw notFound('Unit', unitId);
  const below: UnitLevel | undefined = LEVELS[levelDepth(unit.level) + 1];
  if (!below) throw badInput([{ path: 'unitId', message: 'a neighbourhood has no units below it' }]);
  const { from, to } = periodBounds(kind, year, max === null ? null : (periodIndex ?? null));
  type Child = WardDoc | NeighbourhoodDoc;
  const where = allOf({ [LEVEL_FIELD[unit.level]]: unit.doc._id }, scopeFilter(viewer));
  const children: Child[] =
    below === 'WARD'
      ? await Ward.find(where).sort({ nameSort: 1, _id: 1 }).limit(MAX_COMPLETENESS_UNITS + 1).lean<WardDoc[]>()
      : await Neighbourhood.find(where).sort({ nameSort: 1, _id: 1 }).limit(MAX_COMPLETENESS_UNITS + 1).lean<NeighbourhoodDoc[]>();
  if (children.length > MAX_COMPLETENESS_UNITS) throw conflict(`More than ${MAX_COMPLETENESS_UNITS} units below; ask for a lower unit`, 'TOO_LARGE');
  const reports = children.length
    ? await PeriodReport.find({ unitId: { $in: children.map((c) => c._id) }, periodKind: kind, from, to }).lean<PeriodReportDoc[]>()
    : [];
  const byUnit = new Map(reports.map((r) => [String(r.unitId), r]));
  const due = Date.parse(`${to}T23:59:59+07:00`) + REPORT_GRACE_DAYS * 86_400_000;
  const rows = children.map((child): CompletenessRowView => {
    const report = byUnit.get(String(child._id)) ?? null;
    const sent = report?.status === 'SUBMITTED' || report?.status === 'ACCEPTED';
    return { unit: { level: below, doc: child }, report, status: report?.status ?? 'NONE', late: !sent && now.getTime() > due };
  });
  const count = (status: string) => rows.filter((r) => r.status === status).length;
  return {
    unit,
    periodKind: kind,
    year,
    periodIndex: max === null ? null : (periodIndex ?? null),
    graceDays: REPORT_GRACE_DAYS,
    rows,
    submitted: count('SUBMITTED'),
    accepted: count('ACCEPTED'),
    returned: count('RETURNED'),
    missing: count('NONE'),
    late: rows.filter((r) => r.late).length,
  };
}
