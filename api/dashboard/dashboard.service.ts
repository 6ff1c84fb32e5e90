/**
 * The dashboard: counts the database computes (countDocuments, one $group by status, distinct
 * recognised subjects), never loops over every record in Node. Every query carries the
 * caller's scope filter as well as the unit's, so a head looking at their ward's dashboard
 * still counts only their own neighbourhood. Without a unit it is the national overview, for
 * callers whose scope is national.
 *
 * The breakdown lists every child unit (zeros where there is nothing to count) with whether it
 * has sent its self-assessment and its period report: a fixed handful of queries (the children,
 * one $group per count, the sent assessments, the period's reports), whatever the unit count.
 */
import { z } from 'zod';
import { LEVEL_FIELD, allOf, scopeFilter, type Filter, type UnitLevel, type Viewer } from '../core/access';
import { calendarYear, objectId } from '../core/validation';
import { badInput, conflict, forbidden, fromZodError, notFound } from '../errors';
import { Assessment, type AssessmentStatus } from '../assessments/assessment.model';
import type { AttainmentBasis, AttainmentBasisKey, AttainmentBasisParams, PeriodReportStatus, SubmissionState } from '../../rules/contract';
import { vietnamDay } from '../../rules/dates';
import { LAUNCH_WITHIN_DAYS, basisKeyOf, submissionState, type BehindRow } from '../../rules/metrics';
import type { ObjectId } from '../core/access';
import { PERIOD_INDEX_MAX, REPORT_GRACE_DAYS, assessmentDueDay, defaultDashboardPeriod, endOfVietnamDay, periodBounds, reportDueDay } from '../../rules/periods';
import { ASSESSMENT_STATUSES } from '../../rules/workflow';
import { Neighbourhood, type NeighbourhoodDoc } from '../hierarchy/neighbourhood.model';
import { Province, type ProvinceDoc } from '../hierarchy/province.model';
import { Ward, type WardDoc } from '../hierarchy/ward.model';
import { findUnit, type FoundUnit } from '../hierarchy/units';
import mongoose from 'mongoose';
import { HouseholdCommitment } from '../commitments/household-commitment.model';
import { SecurityModel, type ModelDoc } from '../models/model.model';
import { models } from '../models/model.service';
import { appliesToFilter, programmeApplies, type PlaceAncestors } from '../programmes/applicability';
import { Programme, type ProgrammeDoc, type TargetDoc } from '../programmes/programme.model';
import { PeriodReport, type PeriodReportDoc } from '../reporting/period-report.model';

const STANDARD_KINDS = ['MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR'] as const;
type StandardKind = (typeof STANDARD_KINDS)[number];

const Args = z.object({
  unitId: objectId.nullish(),
  year: calendarYear,
  reportPeriod: z.object({ kind: z.enum(STANDARD_KINDS), index: z.number().int().nullish() }).nullish(),
});

/** A unit with more children than this is refused rather than listed in part (none comes near: the largest province has under 200 wards). */
export const MAX_BREAKDOWN_UNITS = 2000;

/** An assessment at or past this status has been sent to the level above. */
const SENT_ASSESSMENT: AssessmentStatus[] = ['SUBMITTED', 'APPRAISED', 'RECOGNIZED', 'NOT_RECOGNIZED'];
const SENT_REPORT: PeriodReportStatus[] = ['SUBMITTED', 'ACCEPTED'];

export interface TargetAttainmentView {
  /** Null for a model's own target. */
  programme: ProgrammeDoc | null;
  /** The model whose own target it is; null for a programme's. */
  model: ModelDoc | null;
  target: TargetDoc;
  value: number | null;
  goal: number;
  met: boolean | null;
  basis: AttainmentBasis;
}

export interface DashboardPeriodView {
  kind: StandardKind;
  year: number;
  index: number | null;
  from: string;
  to: string;
  due: string;
  graceDays: number;
}

export interface DashboardView {
  /** Null for the national overview. */
  unit: FoundUnit | null;
  childLevel: UnitLevel | null;
  year: number;
  neighbourhoods: number;
  modelsOperating: number;
  assessmentsByStatus: Array<{ status: AssessmentStatus; count: number }>;
  recognizedShare: number;
  targets: TargetAttainmentView[];
  reportPeriod: DashboardPeriodView;
  /** Every child unit's row, worked out once when first asked for (breakdown and breakdownCounts share it). */
  rows: () => Promise<DashboardRowView[]>;
}

type UnitDoc = ProvinceDoc | WardDoc | NeighbourhoodDoc;

/** One province of the country, ward of a province or neighbourhood of a ward. */
export interface DashboardRowView extends BehindRow {
  unit: UnitDoc;
  name: string;
  assessmentsByStatus: Array<{ status: AssessmentStatus; count: number }>;
  selfAssessmentDue: string | null;
  periodReportStatus: PeriodReportStatus | null;
}

/** The level listed below each level; the national overview (null) lists provinces. */
const CHILD_LEVEL = { PROVINCE: 'WARD', WARD: 'NEIGHBOURHOOD', NEIGHBOURHOOD: null } as const;

/** Whether a programme applies to a unit: issued nationally, or by one of the unit's ancestors (or the unit); units store their own id at their level. */
const appliesTo = (programme: ProgrammeDoc, unit: UnitDoc): boolean => programmeApplies(programme, unit as PlaceAncestors);

interface BreakdownScope {
  childLevel: UnitLevel;
  /** The unit's records within the caller's scope (the whole scope nationally). */
  within: Filter;
  year: number;
  period: DashboardPeriodView;
  now: number;
}

/**
 * Every child unit with the same counts as the dashboard, each count one $group keyed by the
 * child's id (no query per row), and where it stands on its self-assessment and its report.
 */
async function breakdownOf({ childLevel, within, year, period, now }: BreakdownScope): Promise<DashboardRowView[]> {
  const field = LEVEL_FIELD[childLevel];
  const key = `$${field}`;
  const thisYear = allOf(within, { year });
  // Provinces are not rated by any programme (RATED_LEVELS): they owe reports only.
  const rated = childLevel !== 'PROVINCE';
  // Unsorted: the resolver orders the rows (by any column), so the database only filters, by the parent's indexed id.
  const findChildren = (): Promise<UnitDoc[]> => {
    if (childLevel === 'PROVINCE') return Province.find(within).limit(MAX_BREAKDOWN_UNITS + 1).lean<ProvinceDoc[]>();
    if (childLevel === 'WARD') return Ward.find(within).limit(MAX_BREAKDOWN_UNITS + 1).lean<WardDoc[]>();
    return Neighbourhood.find(within).limit(MAX_BREAKDOWN_UNITS + 1).lean<NeighbourhoodDoc[]>();
  };
  const [children, neighbourhoodGroups, statusGroups, recognisedGroups, sentGroups, programmes, reports] = await Promise.all([
    findChildren(),
    Neighbourhood.aggregate<{ _id: unknown; count: number }>([{ $match: within }, { $group: { _id: key, count: { $sum: 1 } } }]),
    Assessment.aggregate<{ _id: { unit: unknown; status: AssessmentStatus }; count: number }>([
      { $match: allOf(thisYear, { [field]: { $ne: null } }) },
      { $group: { _id: { unit: key, status: '$status' }, count: { $sum: 1 } } },
    ]),
    Assessment.aggregate<{ _id: { unit: unknown; subject: unknown } }>([
      { $match: allOf(thisYear, { subjectLevel: 'NEIGHBOURHOOD', status: 'RECOGNIZED' }) },
      { $group: { _id: { unit: key, subject: '$subjectId' } } },
    ]),
    rated
      ? Assessment.aggregate<{ _id: { subject: unknown; programme: unknown } }>([
          { $match: allOf(thisYear, { subjectLevel: childLevel, status: { $in: SENT_ASSESSMENT } }) },
          { $group: { _id: { subject: '$subjectId', programme: '$programmeId' } } },
        ])
      : Promise.resolve([]),
    rated ? Programme.find({ ratedLevel: childLevel }, { deadlines: 1, provinceId: 1, wardId: 1, neighbourhoodId: 1 }).lean<ProgrammeDoc[]>() : Promise.resolve([]),
    PeriodReport.find(allOf(within, { unitLevel: childLevel, year: period.year, periodKind: period.kind, from: period.from, to: period.to }), { unitId: 1, status: 1 }).lean<
      Array<Pick<PeriodReportDoc, 'unitId' | 'status'>>
    >(),
  ]);
  if (children.length > MAX_BREAKDOWN_UNITS) throw conflict(`More than ${MAX_BREAKDOWN_UNITS} units below; open a lower unit`, 'TOO_LARGE');

  const neighbourhoodsOf = new Map(neighbourhoodGroups.map((g) => [String(g._id), g.count]));
  const statusesOf = new Map<string, Map<AssessmentStatus, number>>();
  for (const g of statusGroups) {
    const unitId = String(g._id.unit);
    const counts = statusesOf.get(unitId) ?? new Map<AssessmentStatus, number>();
    counts.set(g._id.status, g.count);
    statusesOf.set(unitId, counts);
  }
  const recognisedOf = new Map<string, number>();
  for (const g of recognisedGroups) recognisedOf.set(String(g._id.unit), (recognisedOf.get(String(g._id.unit)) ?? 0) + 1);
  const sent = new Set(sentGroups.map((g) => `${String(g._id.subject)}:${String(g._id.programme)}`));
  const reportOf = new Map(reports.map((r) => [String(r.unitId), r.status]));
  const reportDueAt = endOfVietnamDay(period.due);

  return children.map((child): DashboardRowView => {
    const unitId = String(child._id);
    const counts = statusesOf.get(unitId);
    const assessmentsByStatus = ASSESSMENT_STATUSES.map((status) => ({ status, count: counts?.get(status) ?? 0 }));
    const neighbourhoods = neighbourhoodsOf.get(unitId) ?? 0;
    const recognized = recognisedOf.get(unitId) ?? 0;
    const owedTo = programmes.filter((p) => appliesTo(p, child));
    const dueDays = owedTo
      .filter((p) => !sent.has(`${unitId}:${String(p._id)}`))
      .map((p) => assessmentDueDay(p.deadlines, year))
      .sort();
    const firstDue = dueDays[0] ?? null;
    const selfAssessment: SubmissionState = submissionState(owedTo.length > 0, firstDue === null, firstDue ? endOfVietnamDay(firstDue) : Infinity, now);
    const report = reportOf.get(unitId) ?? null;
    return {
      unit: child,
      name: child.name,
      neighbourhoods,
      recognized,
      recognizedShare: share(recognized, neighbourhoods),
      assessments: assessmentsByStatus.reduce((n, s) => n + s.count, 0),
      assessmentsByStatus,
      selfAssessment,
      selfAssessmentDue: selfAssessment === 'PENDING' || selfAssessment === 'OVERDUE' ? firstDue : null,
      periodReport: submissionState(true, report !== null && SENT_REPORT.includes(report), reportDueAt, now),
      periodReportStatus: report,
    };
  });
}

/** The reporting period asked for, or the default for the year (rules/periods), with its bounds and due day. */
function reportPeriodOf(year: number, asked: { kind: StandardKind; index?: number | null } | null | undefined, now: Date): DashboardPeriodView {
  const { kind, index } = asked ? { kind: asked.kind, index: asked.index ?? null } : defaultDashboardPeriod(year, vietnamDay(now));
  const max = PERIOD_INDEX_MAX[kind];
  if (max !== null && (index == null || index < 1 || index > max)) throw badInput([{ path: 'reportPeriod.index', message: `must be 1–${max}` }]);
  const periodIndex = max === null ? null : index;
  const { from, to } = periodBounds(kind, year, periodIndex);
  return { kind, year, index: periodIndex, from, to, due: reportDueDay(to), graceDays: REPORT_GRACE_DAYS };
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

/**
 * Programmes that rate neighbourhoods and apply to the unit with these ancestors (national ones
 * and those its own unit or one above it issued; the national overview: national ones only):
 * their targets are measured over the unit's neighbourhoods. One query.
 */
const ratedProgrammes = (at: PlaceAncestors | null) =>
  Programme.find(allOf({ ratedLevel: 'NEIGHBOURHOOD' }, at ? appliesToFilter(at) : { issuerUnitId: null })).lean<ProgrammeDoc[]>();

/** A basis's value (null: not measurable from what is stored) and its figures; null: nothing measures it. */
type Measured = { value: number | null; params: AttainmentBasisParams } | null;

/**
 * The households of the neighbourhoods `within` the unit whose households are known (one query,
 * the known ones' counts only) and how many are unknown: the one denominator of the household bases.
 */
async function householdsWithin(within: Filter, neighbourhoods: number): Promise<{ of: Map<string, number>; unknown: number }> {
  const known = await Neighbourhood.find(allOf(within, { households: { $ne: null } }), { households: 1 }).lean<Array<{ _id: ObjectId; households: number }>>();
  return { of: new Map(known.map((n) => [String(n._id), n.households])), unknown: neighbourhoods - known.length };
}

/**
 * Σ min(part, households) / Σ households over the neighbourhoods with known households (a part
 * above a neighbourhood's households — a count lowered since — counts as all of them). The value
 * is null when no neighbourhood has known households (the figures then say how many are unknown).
 */
function householdShare(parts: Array<{ _id: unknown; n: number }>, households: { of: Map<string, number>; unknown: number }): Measured {
  if (households.of.size === 0) return { value: null, params: { count: 0, total: 0, unknown: households.unknown } };
  let total = 0;
  for (const n of households.of.values()) total += n;
  let count = 0;
  for (const part of parts) {
    const of = households.of.get(String(part._id));
    if (of !== undefined) count += Math.min(part.n, of);
  }
  return { value: share(count, total), params: { count, total, unknown: households.unknown } };
}

/**
 * Measures targets over the records `within` a unit: the figures each basis needs are asked once
 * (a programme's commitments, a model's groups), whatever the number of its targets.
 */
function measurer(within: Filter, year: number, neighbourhoods: number) {
  const memo = new Map<string, Promise<unknown>>();
  const once = <T>(key: string, fn: () => Promise<T>): Promise<T> => {
    if (!memo.has(key)) memo.set(key, fn());
    return memo.get(key) as Promise<T>;
  };
  const households = () => once('households', () => householdsWithin(within, neighbourhoods));
  /**
   * One $group per programme: briefed and signed households per neighbourhood (one commitment per
   * neighbourhood and programme). Both counts go in the group key: FerretDB 1.24 fills only the
   * first accumulator of a $group.
   */
  const commitments = (programmeId: ObjectId) =>
    once(`commitments:${String(programmeId)}`, async () =>
      (
        await HouseholdCommitment.aggregate<{ _id: { n: ObjectId; briefed: number; signed: number } }>([
          { $match: allOf(within, { programmeId }) },
          { $group: { _id: { n: '$neighbourhoodId', briefed: '$briefed', signed: '$signed' } } },
        ])
      ).map((g) => g._id),
    );
  /**
   * One $group of the community groups of these models (H2's collection, read raw so this slice
   * needs no second model of it): households covered per neighbourhood; ward-level groups have none.
   */
  const covered = (key: string, modelIds: () => Promise<ObjectId[]>) =>
    once(`groups:${key}`, async () =>
      mongoose.connection
        .collection('communityGroups')
        .aggregate<{ _id: ObjectId; n: number }>([
          { $match: allOf(within, { modelId: { $in: await modelIds() }, neighbourhoodId: { $ne: null }, householdsCovered: { $ne: null } }) },
          { $group: { _id: '$neighbourhoodId', n: { $sum: '$householdsCovered' } } },
        ])
        .toArray(),
    );
  const recognizedNeighbourhoods = (extra: Filter = {}) =>
    Assessment.distinct('subjectId', allOf(within, { year, subjectLevel: 'NEIGHBOURHOOD', status: 'RECOGNIZED' }, extra));

  /** The value of a measured basis for a programme's or a model's target, and the figures behind it (null: nothing measures it). */
  return async (key: AttainmentBasisKey, owner: { programme: ProgrammeDoc } | { model: ModelDoc }): Promise<Measured> => {
    const programmeId = 'programme' in owner ? owner.programme._id : owner.model.programmeId;
    switch (key) {
      case 'RECOGNIZED': {
        if (!programmeId) return null;
        const ids = await recognizedNeighbourhoods({ programmeId });
        return { value: share(ids.length, neighbourhoods), params: { count: ids.length, total: neighbourhoods, year } };
      }
      case 'LAUNCHED_WITHIN_3_MONTHS': {
        if (!programmeId) return null;
        const ids = await SecurityModel.distinct('unitId', allOf(within, { programmeId, unitLevel: 'NEIGHBOURHOOD', launchLagDays: { $gte: 0, $lte: LAUNCH_WITHIN_DAYS } }));
        return { value: share(ids.length, neighbourhoods), params: { count: ids.length, total: neighbourhoods } };
      }
      case 'HOUSEHOLDS_SIGNED':
      case 'HOUSEHOLDS_BRIEFED': {
        if (!programmeId) return null;
        const [rows, of] = await Promise.all([commitments(programmeId), households()]);
        return householdShare(rows.map((r) => ({ _id: r.n, n: key === 'HOUSEHOLDS_SIGNED' ? r.signed : r.briefed })), of);
      }
      case 'HOUSEHOLDS_IN_GROUP': {
        // A model's target: that model's groups; a programme's: the groups of its models.
        const rows =
          'model' in owner
            ? await covered(String(owner.model._id), async () => [owner.model._id])
            : await covered(`programme:${String(owner.programme._id)}`, async () => (await SecurityModel.distinct('_id', allOf(within, { programmeId: owner.programme._id }))) as ObjectId[]);
        return householdShare(rows, await households());
      }
      case 'NOT_MEASURABLE':
        return null;
    }
  };
}

function attainment(target: TargetDoc, measured: Measured, owner: { programme: ProgrammeDoc | null; model: ModelDoc | null }): TargetAttainmentView {
  const key = basisKeyOf(target.metric);
  const value = measured?.value ?? null;
  const met = value === null ? null : target.comparison === 'MORE_THAN' ? value > target.goal : value >= target.goal;
  return { ...owner, target, value, goal: target.goal, met, basis: { key, params: measured?.params ?? { metric: target.metric } } };
}

/**
 * Each target of the programmes rating neighbourhoods that apply to the unit at `at` (null: the
 * whole country), measured over the records `within` it (rules/metrics says from what), for the
 * dashboard and the periodic reports alike.
 */
export async function targetAttainments(within: Filter, year: number, neighbourhoods: number, at: PlaceAncestors | null, rated?: ProgrammeDoc[]): Promise<TargetAttainmentView[]> {
  const measure = measurer(within, year, neighbourhoods);
  const programmes = rated ?? (await ratedProgrammes(at));
  return Promise.all(
    programmes.flatMap((programme) => programme.targets.map(async (target) => attainment(target, await measure(basisKeyOf(target.metric), { programme }), { programme, model: null }))),
  );
}

/**
 * The targets of the models the unit itself runs (seed 001's Zalo model of Xã Yên Cường: "100% hộ
 * dân … tham gia nhóm"), those the caller may read, measured over the unit's neighbourhoods.
 */
export async function modelTargetAttainments(viewer: Viewer, unit: FoundUnit, within: Filter, year: number, neighbourhoods: number): Promise<TargetAttainmentView[]> {
  const read = models.def.access.read(viewer);
  if (read === false) return [];
  const run = await SecurityModel.find(allOf(read, { unitId: unit.doc._id, 'targets.0': { $exists: true } })).lean<ModelDoc[]>();
  const measure = measurer(within, year, neighbourhoods);
  return Promise.all(run.flatMap((model) => model.targets.map(async (target) => attainment(target, await measure(basisKeyOf(target.metric), { model }), { programme: null, model }))));
}

export async function dashboard(
  viewer: Viewer,
  raw: { unitId?: string | null; year: number; reportPeriod?: { kind: string; index?: number | null } | null },
  now = new Date(),
): Promise<DashboardView> {
  const parsed = Args.safeParse(raw);
  if (!parsed.success) throw fromZodError(parsed.error, '');
  const { unitId, year } = parsed.data;
  let unit: FoundUnit | null = null;
  if (unitId) {
    unit = await findUnit(viewer, unitId);
    if (!unit) throw notFound('Unit', unitId);
  } else if (viewer.scope) {
    throw forbidden('The national overview is for callers whose scope is the whole country; ask for your own unit');
  }
  const reportPeriod = reportPeriodOf(year, parsed.data.reportPeriod, now);
  const within: Filter = unit ? allOf(scopeFilter(viewer), { [LEVEL_FIELD[unit.level]]: unit.doc._id }) : scopeFilter(viewer);
  const thisYear = allOf(within, { year });
  const recognizedNeighbourhoods = (extra: Filter = {}) =>
    Assessment.distinct('subjectId', allOf(thisYear, { subjectLevel: 'NEIGHBOURHOOD', status: 'RECOGNIZED' }, extra));

  const [neighbourhoods, modelsOperating, statusGroups, recognised, rated] = await Promise.all([
    Neighbourhood.countDocuments(within),
    SecurityModel.countDocuments(allOf(within, { status: 'OPERATING' })),
    Assessment.aggregate<{ _id: AssessmentStatus; count: number }>([{ $match: thisYear }, { $group: { _id: '$status', count: { $sum: 1 } } }]),
    recognizedNeighbourhoods(),
    ratedProgrammes(unit?.ancestors ?? null),
  ]);
  const counted = new Map(statusGroups.map((g) => [g._id, g.count]));

  const [programmeTargets, modelTargets] = await Promise.all([
    targetAttainments(within, year, neighbourhoods, unit?.ancestors ?? null, rated),
    unit ? modelTargetAttainments(viewer, unit, within, year, neighbourhoods) : Promise.resolve([]),
  ]);
  const targets = [...programmeTargets, ...modelTargets];
  const childLevel: UnitLevel | null = unit ? CHILD_LEVEL[unit.level] : 'PROVINCE';
  let rows: Promise<DashboardRowView[]> | null = null;

  return {
    unit,
    childLevel,
    year,
    neighbourhoods,
    modelsOperating,
    assessmentsByStatus: ASSESSMENT_STATUSES.map((status) => ({ status, count: counted.get(status) ?? 0 })),
    recognizedShare: share(recognised.length, neighbourhoods),
    targets,
    reportPeriod,
    rows: () => (rows ??= childLevel ? breakdownOf({ childLevel, within, year, period: reportPeriod, now: now.getTime() }) : Promise.resolve([])),
  };
}
