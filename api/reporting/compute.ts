/**
 * What a periodic report computes from the registry for a unit's subtree and a period: models by
 * category and status and the stages they reached, figures summed per indicator with their parts,
 * assessments per programme and status, public reports, and the Phụ lục 2 rows. Every read is one
 * query over an indexed scope field; nothing is fetched per model.
 */
import { Types } from 'mongoose';
import { LEVEL_FIELD, type ObjectId, type UnitLevel, type Viewer } from '../core/access';
import { conflict } from '../errors';
import { Assessment } from '../assessments/assessment.model';
import { modelTargetAttainments, targetAttainments } from '../dashboard/dashboard.service';
import { Neighbourhood, type NeighbourhoodDoc } from '../hierarchy/neighbourhood.model';
import { Province, type ProvinceDoc } from '../hierarchy/province.model';
import type { FoundUnit } from '../hierarchy/units';
import { Ward, type WardDoc } from '../hierarchy/ward.model';
import { SecurityModel, STATUS_DATE_KEYS, type ModelDoc } from '../models/model.model';
import type { PlaceAncestors } from '../programmes/applicability';
import { Programme, type ProgrammeDoc } from '../programmes/programme.model';
import { Report } from '../tourism/report.model';
import { figureWithin } from '../../rules/periods';
import { fundingTotals } from './funding';
import type { PeriodReportDataDoc } from './period-report.model';

/** A report over more models than this is refused (ask for a lower unit), never cut short. */
export const MAX_REPORT_MODELS = 20_000;

/** Vietnam's midnight (UTC+7) of a calendar day, as an instant. */
const vietnamMidnight = (day: string) => new Date(Date.parse(`${day}T00:00:00+07:00`));
const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

type ModelRow = Pick<ModelDoc, '_id' | 'name' | 'category' | 'status' | 'statusDates' | 'figures' | 'unitId' | 'unitLevel' | 'leadBody' | 'area' | 'context' | 'results' | 'problems' | 'nextPlan' | 'requests'>;

/** The unit reported on: its level and id, and its ancestors (its own id at its level), which decide the programmes whose targets apply. */
export interface ReportedUnit extends PlaceAncestors {
  level: UnitLevel;
  id: ObjectId;
  provinceId: ObjectId;
  wardId: ObjectId | null;
  neighbourhoodId: ObjectId | null;
}

/**
 * Who reads the unit's own models for their targets: a report covers its unit whoever opens it
 * (reading it is checked on the report), so the models are not narrowed to a caller's scope.
 */
const REPORT_READER: Viewer = { userId: new Types.ObjectId('000000000000000000000000'), username: 'period-report', role: 'ADMIN', scope: null };

/** The reported unit's own document (one lookup by _id). */
function unitDoc(unit: ReportedUnit): Promise<FoundUnit['doc'] | null> {
  if (unit.level === 'PROVINCE') return Province.findById(unit.id).lean<ProvinceDoc>().exec();
  if (unit.level === 'WARD') return Ward.findById(unit.id).lean<WardDoc>().exec();
  return Neighbourhood.findById(unit.id).lean<NeighbourhoodDoc>().exec();
}

export async function computeReportData(unit: ReportedUnit, from: string, to: string): Promise<PeriodReportDataDoc> {
  const within = { [LEVEL_FIELD[unit.level]]: unit.id };
  const [fromYear, toYear] = [Number(from.slice(0, 4)), Number(to.slice(0, 4))];
  const [models, assessmentGroups, reports, neighbourhoodCount, doc] = await Promise.all([
    SecurityModel.find(within, { name: 1, category: 1, status: 1, statusDates: 1, figures: 1, unitId: 1, unitLevel: 1, leadBody: 1, area: 1, context: 1, results: 1, problems: 1, nextPlan: 1, requests: 1 })
      .sort({ createdAt: 1, _id: 1 })
      .limit(MAX_REPORT_MODELS + 1)
      .lean<ModelRow[]>(),
    Assessment.aggregate<{ _id: { programmeId: ObjectId; status: string }; count: number }>([
      { $match: { ...within, year: { $gte: fromYear, $lte: toYear } } },
      { $group: { _id: { programmeId: '$programmeId', status: '$status' }, count: { $sum: 1 } } },
    ]),
    Report.find({ ...within, createdAt: { $gte: vietnamMidnight(from), $lt: vietnamMidnight(nextDay(to)) } }, { category: 1, createdAt: 1, respondedAt: 1, dueAt: 1 }).lean(),
    Neighbourhood.countDocuments(within),
    unitDoc(unit),
  ]);
  if (models.length > MAX_REPORT_MODELS) throw conflict(`The unit runs more than ${MAX_REPORT_MODELS} models; report for the units below it instead`, 'TOO_LARGE');

  const programmeIds = [...new Set(assessmentGroups.map((g) => String(g._id.programmeId)))];
  const [programmes, unitNames, attainments, modelAttainments, funding] = await Promise.all([
    programmeIds.length ? Programme.find({ _id: { $in: programmeIds } }, { code: 1, name: 1 }).lean<Array<Pick<ProgrammeDoc, '_id' | 'code' | 'name'>>>() : [],
    namesOf(models),
    targetAttainments(within, toYear, neighbourhoodCount, { provinceId: unit.provinceId, wardId: unit.wardId, neighbourhoodId: unit.neighbourhoodId }),
    doc ? modelTargetAttainments(REPORT_READER, { level: unit.level, doc, ancestors: { provinceId: unit.provinceId, wardId: unit.wardId, neighbourhoodId: unit.neighbourhoodId } }, within, toYear, neighbourhoodCount) : [],
    fundingTotals(within, fromYear, toYear),
  ]);
  const programmeById = new Map(programmes.map((p) => [String(p._id), p]));

  return {
    computedAt: new Date(),
    models: countBy(models, (m) => `${m.category}\u0000${m.status}`).map(([key, count]) => {
      const [category, status] = key.split('\u0000') as [string, string];
      return { category, status, count };
    }),
    modelChanges: STATUS_DATE_KEYS.filter((stage) => stage !== 'planned').map((stage) => ({
      stage,
      count: models.filter((m) => {
        const day = m.statusDates?.[stage];
        return !!day && day >= from && day <= to;
      }).length,
    })),
    figures: figureTotals(models, from, to),
    assessments: assessmentGroups
      .map((g) => {
        const p = programmeById.get(String(g._id.programmeId));
        return { programmeId: String(g._id.programmeId), programmeCode: p?.code ?? '', programmeName: p?.name ?? '', status: g._id.status, count: g.count };
      })
      .sort((a, b) => a.programmeCode.localeCompare(b.programmeCode) || a.status.localeCompare(b.status)),
    publicReports: publicReportSummary(reports),
    // A programme's target, or one of a model the unit runs itself (programme null).
    targets: [...attainments, ...modelAttainments].map((a) => ({
      programmeCode: a.programme?.code ?? null,
      programmeName: a.programme?.name ?? null,
      modelName: a.model?.name ?? null,
      title: a.target.title,
      metric: a.target.metric,
      value: a.value,
      goal: a.goal,
      comparison: a.target.comparison,
      met: a.met,
      basis: a.basis,
    })),
    funding,
    annex: models.map((m) => ({
      modelId: String(m._id),
      name: m.name,
      unitName: m.area ?? unitNames.get(String(m.unitId)) ?? m.leadBody,
      context: m.context ?? null,
      results: m.results ?? null,
      problems: m.problems ?? null,
      nextPlan: m.nextPlan ?? null,
      requests: m.requests ?? null,
    })),
  };
}

function countBy<T>(items: readonly T[], keyOf: (item: T) => string): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return [...counts.entries()].sort(([a], [b]) => a.localeCompare(b));
}

/** Recorded (not planned) figures whose period ends within the report's, summed per indicator and unit, with each model's part. */
function figureTotals(models: readonly ModelRow[], from: string, to: string): PeriodReportDataDoc['figures'] {
  const totals = new Map<string, PeriodReportDataDoc['figures'][number]>();
  for (const m of models) {
    for (const f of m.figures ?? []) {
      if (f.planned || !figureWithin(f.period, from, to)) continue;
      const key = `${f.indicator}\u0000${f.unit}`;
      const total = totals.get(key) ?? { indicator: f.indicator, unit: f.unit, total: 0, parts: [] };
      total.total += f.value;
      total.parts.push({ label: f.place ?? m.leadBody, value: f.value });
      totals.set(key, total);
    }
  }
  return [...totals.values()].sort((a, b) => a.indicator.localeCompare(b.indicator, 'vi'));
}

function publicReportSummary(reports: Array<{ category: string; createdAt: Date; respondedAt: Date | null; dueAt: Date }>): PeriodReportDataDoc['publicReports'] {
  const answered = reports.filter((r) => r.respondedAt).map((r) => ((r.respondedAt as Date).getTime() - r.createdAt.getTime()) / 60_000).sort((a, b) => a - b);
  const middle = Math.floor(answered.length / 2);
  const median = answered.length === 0 ? null : answered.length % 2 ? (answered[middle] as number) : ((answered[middle - 1] as number) + (answered[middle] as number)) / 2;
  return {
    received: reports.length,
    byCategory: countBy(reports, (r) => r.category).map(([category, count]) => ({ category, count })),
    answeredOnTime: reports.filter((r) => r.respondedAt && r.respondedAt.getTime() <= r.dueAt.getTime()).length,
    medianResponseMinutes: median === null ? null : Math.round(median),
  };
}

/** The names of the units the models are run by, three queries at most. */
async function namesOf(models: readonly ModelRow[]): Promise<Map<string, string>> {
  const idsAt = (level: UnitLevel) => [...new Set(models.filter((m) => m.unitLevel === level).map((m) => String(m.unitId)))];
  type Named = Array<{ _id: ObjectId; name: string }>;
  const none = Promise.resolve<Named>([]);
  const [p, w, n] = [idsAt('PROVINCE'), idsAt('WARD'), idsAt('NEIGHBOURHOOD')];
  const found = await Promise.all([
    p.length ? Province.find({ _id: { $in: p } }, { name: 1 }).lean<Named>() : none,
    w.length ? Ward.find({ _id: { $in: w } }, { name: 1 }).lean<Named>() : none,
    n.length ? Neighbourhood.find({ _id: { $in: n } }, { name: 1 }).lean<Named>() : none,
  ]);
  return new Map(found.flat().map((u) => [String(u._id), u.name]));
}
