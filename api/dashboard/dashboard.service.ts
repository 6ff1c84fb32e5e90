/**
 * The dashboard: counts the database computes (countDocuments, one $group by status, distinct
 * recognised subjects), never loops over every record in Node. Every query carries the
 * caller's scope filter as well as the unit's, so a head looking at their ward's dashboard
 * still counts only their own neighbourhood.
 */
import { z } from 'zod';
import { LEVEL_FIELD, allOf, scopeFilter, type Filter, type Viewer } from '../core/access';
import { calendarYear, objectId } from '../core/validation';
import { fromZodError, notFound } from '../errors';
import { Assessment, type AssessmentStatus } from '../assessments/assessment.model';
import type { AttainmentBasis, AttainmentBasisKey, AttainmentBasisParams } from '../../rules/contract';
import { LAUNCH_WITHIN_DAYS, basisKeyOf } from '../../rules/metrics';
import { ASSESSMENT_STATUSES } from '../../rules/workflow';
import { Neighbourhood } from '../hierarchy/neighbourhood.model';
import { findUnit, type FoundUnit } from '../hierarchy/units';
import { SecurityModel } from '../models/model.model';
import { Programme, type ProgrammeDoc, type TargetDoc } from '../programmes/programme.model';

const Args = z.object({ unitId: objectId, year: calendarYear });

export interface TargetAttainmentView {
  programme: ProgrammeDoc;
  target: TargetDoc;
  value: number | null;
  goal: number;
  met: boolean | null;
  basis: AttainmentBasis;
}

export interface DashboardView {
  unit: FoundUnit;
  year: number;
  neighbourhoods: number;
  modelsOperating: number;
  assessmentsByStatus: Array<{ status: AssessmentStatus; count: number }>;
  recognizedShare: number;
  targets: TargetAttainmentView[];
  breakdown: DashboardRowView[];
}

/** One ward of a province, or one neighbourhood of a ward. */
export interface DashboardRowView {
  unitLevel: 'WARD' | 'NEIGHBOURHOOD';
  unitId: string;
  neighbourhoods: number;
  recognized: number;
  recognizedShare: number;
  assessmentsByStatus: Array<{ status: AssessmentStatus; count: number }>;
}

const CHILD_LEVEL = { PROVINCE: 'WARD', WARD: 'NEIGHBOURHOOD', NEIGHBOURHOOD: null } as const;

/**
 * The same counts per child unit, each one $group keyed by the child's id (no query per row).
 * Children without any neighbourhood or assessment in scope have nothing to show and are left out.
 */
async function breakdownOf(level: FoundUnit['level'], within: Filter, thisYear: Filter): Promise<DashboardRowView[]> {
  const childLevel = CHILD_LEVEL[level];
  if (!childLevel) return [];
  const key = `$${LEVEL_FIELD[childLevel]}`;
  const [neighbourhoodGroups, statusGroups, recognisedGroups] = await Promise.all([
    Neighbourhood.aggregate<{ _id: unknown; count: number }>([{ $match: within }, { $group: { _id: childLevel === 'WARD' ? '$wardId' : '$_id', count: { $sum: 1 } } }]),
    Assessment.aggregate<{ _id: { unit: unknown; status: AssessmentStatus }; count: number }>([
      { $match: allOf(thisYear, { [LEVEL_FIELD[childLevel]]: { $ne: null } }) },
      { $group: { _id: { unit: key, status: '$status' }, count: { $sum: 1 } } },
    ]),
    Assessment.aggregate<{ _id: { unit: unknown; subject: unknown } }>([
      { $match: allOf(thisYear, { subjectLevel: 'NEIGHBOURHOOD', status: 'RECOGNIZED' }) },
      { $group: { _id: { unit: key, subject: '$subjectId' } } },
    ]),
  ]);
  const rows = new Map<string, DashboardRowView>();
  const row = (id: unknown) => {
    const unitId = String(id);
    let r = rows.get(unitId);
    if (!r) {
      r = { unitLevel: childLevel, unitId, neighbourhoods: 0, recognized: 0, recognizedShare: 0, assessmentsByStatus: ASSESSMENT_STATUSES.map((status) => ({ status, count: 0 })) };
      rows.set(unitId, r);
    }
    return r;
  };
  for (const g of neighbourhoodGroups) row(g._id).neighbourhoods = g.count;
  for (const g of statusGroups) {
    const entry = row(g._id.unit).assessmentsByStatus.find((s) => s.status === g._id.status);
    if (entry) entry.count = g.count;
  }
  for (const g of recognisedGroups) row(g._id.unit).recognized += 1;
  for (const r of rows.values()) r.recognizedShare = share(r.recognized, r.neighbourhoods);
  return [...rows.values()];
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

/** Programmes that rate neighbourhoods: their targets are measured over a unit's neighbourhoods. */
const ratedProgrammes = () => Programme.find({ ratedLevel: 'NEIGHBOURHOOD' }).lean<ProgrammeDoc[]>();

/**
 * Each target of the programmes rating neighbourhoods, measured over the records `within` a
 * unit (rules/metrics says from what), for the dashboard and the periodic reports alike.
 */
export async function targetAttainments(within: Filter, year: number, neighbourhoods: number, rated?: ProgrammeDoc[]): Promise<TargetAttainmentView[]> {
  const recognizedNeighbourhoods = (extra: Filter = {}) =>
    Assessment.distinct('subjectId', allOf(within, { year, subjectLevel: 'NEIGHBOURHOOD', status: 'RECOGNIZED' }, extra));
  /** The value of a measured basis and the figures behind it (null: nothing measures it). */
  const measure = async (key: AttainmentBasisKey, programme: ProgrammeDoc): Promise<{ value: number; params: AttainmentBasisParams } | null> => {
    switch (key) {
      case 'RECOGNIZED': {
        const ids = await recognizedNeighbourhoods({ programmeId: programme._id });
        return { value: share(ids.length, neighbourhoods), params: { count: ids.length, total: neighbourhoods, year } };
      }
      case 'LAUNCHED_WITHIN_3_MONTHS': {
        const ids = await SecurityModel.distinct('unitId', allOf(within, { programmeId: programme._id, unitLevel: 'NEIGHBOURHOOD', launchLagDays: { $gte: 0, $lte: LAUNCH_WITHIN_DAYS } }));
        return { value: share(ids.length, neighbourhoods), params: { count: ids.length, total: neighbourhoods } };
      }
      case 'NOT_MEASURABLE':
        return null;
    }
  };

  const targets: TargetAttainmentView[] = [];
  for (const programme of rated ?? (await ratedProgrammes())) {
    for (const target of programme.targets) {
      const measured = await measure(basisKeyOf(target.metric), programme);
      const value = measured?.value ?? null;
      const basis: AttainmentBasis = { key: basisKeyOf(target.metric), params: measured?.params ?? { metric: target.metric } };
      const met = value === null ? null : target.comparison === 'MORE_THAN' ? value > target.goal : value >= target.goal;
      targets.push({ programme, target, value, goal: target.goal, met, basis });
    }
  }
  return targets;
}

export async function dashboard(viewer: Viewer, raw: { unitId: string; year: number }): Promise<DashboardView> {
  const parsed = Args.safeParse(raw);
  if (!parsed.success) throw fromZodError(parsed.error, '');
  const { unitId, year } = parsed.data;
  const unit = await findUnit(viewer, unitId);
  if (!unit) throw notFound('Unit', unitId);
  const within: Filter = allOf(scopeFilter(viewer), { [LEVEL_FIELD[unit.level]]: unit.doc._id });
  const thisYear = allOf(within, { year });
  const recognizedNeighbourhoods = (extra: Filter = {}) =>
    Assessment.distinct('subjectId', allOf(thisYear, { subjectLevel: 'NEIGHBOURHOOD', status: 'RECOGNIZED' }, extra));

  const [neighbourhoods, modelsOperating, statusGroups, recognised, rated, breakdown] = await Promise.all([
    Neighbourhood.countDocuments(within),
    SecurityModel.countDocuments(allOf(within, { status: 'OPERATING' })),
    Assessment.aggregate<{ _id: AssessmentStatus; count: number }>([{ $match: thisYear }, { $group: { _id: '$status', count: { $sum: 1 } } }]),
    recognizedNeighbourhoods(),
    ratedProgrammes(),
    breakdownOf(unit.level, within, thisYear),
  ]);
  const counted = new Map(statusGroups.map((g) => [g._id, g.count]));

  const targets = await targetAttainments(within, year, neighbourhoods, rated);

  return {
    unit,
    year,
    neighbourhoods,
    modelsOperating,
    assessmentsByStatus: ASSESSMENT_STATUSES.map((status) => ({ status, count: counted.get(status) ?? 0 })),
    recognizedShare: share(recognised.length, neighbourhoods),
    targets,
    breakdown,
  };
}
