/**
 * A unit's consolidated report: the sum of what the units directly below it sent up for the same
 * period (their submitted or accepted reports' frozen sections), as the level above adds up its
 * units' reports. Counts, figures and funding add up; a median does not, so it is left out (null).
 */
import { LEVEL_FIELD, LEVELS, levelDepth, type ObjectId } from '../core/access';
import { sumFunding } from './funding';
import { PeriodReport, type PeriodReportDataDoc, type PeriodReportDoc } from './period-report.model';

export interface ConsolidatedView {
  /** The reports summed (sent up by the units below, for the same period). */
  reports: PeriodReportDoc[];
  data: PeriodReportDataDoc;
}

function addInto<T>(into: Map<string, T>, key: string, item: T, add: (a: T, b: T) => T): void {
  const current = into.get(key);
  into.set(key, current ? add(current, item) : structuredClone(item));
}

export function sumReportData(parts: readonly PeriodReportDataDoc[]): PeriodReportDataDoc {
  const models = new Map<string, PeriodReportDataDoc['models'][number]>();
  const changes = new Map<string, PeriodReportDataDoc['modelChanges'][number]>();
  const figures = new Map<string, PeriodReportDataDoc['figures'][number]>();
  const assessments = new Map<string, PeriodReportDataDoc['assessments'][number]>();
  const categories = new Map<string, { category: string; count: number }>();
  const count = <T extends { count: number }>(a: T, b: T) => ({ ...a, count: a.count + b.count });
  for (const d of parts) {
    for (const m of d.models) addInto(models, `${m.category}/${m.status}`, m, count);
    for (const c of d.modelChanges) addInto(changes, c.stage, c, count);
    for (const f of d.figures) addInto(figures, `${f.indicator}\u0000${f.unit}`, f, (a, b) => ({ ...a, total: a.total + b.total, parts: [...a.parts, ...b.parts] }));
    for (const a of d.assessments) addInto(assessments, `${a.programmeId}/${a.status}`, a, count);
    for (const c of d.publicReports.byCategory) addInto(categories, c.category, c, count);
  }
  // Funding adds up like the figures; reports frozen before it was reported have none to add.
  const funded = parts.flatMap((d) => (d.funding ? [d.funding] : []));
  const sorted = <T>(map: Map<string, T>) => [...map.entries()].sort(([a], [b]) => a.localeCompare(b, 'vi')).map(([, v]) => v);
  return {
    computedAt: new Date(),
    models: sorted(models),
    modelChanges: sorted(changes),
    figures: sorted(figures),
    assessments: sorted(assessments),
    publicReports: {
      received: parts.reduce((n, d) => n + d.publicReports.received, 0),
      byCategory: sorted(categories),
      answeredOnTime: parts.reduce((n, d) => n + d.publicReports.answeredOnTime, 0),
      medianResponseMinutes: null,
    },
    targets: [],
    ...(funded[0] ? { funding: sumFunding(funded, funded[0].fromYear, funded[0].year) } : {}),
    annex: parts.flatMap((d) => d.annex),
  };
}

/** The reports the units directly below `report`'s unit sent up for its period, summed (null for a neighbourhood). */
export async function consolidatedOf(report: PeriodReportDoc): Promise<ConsolidatedView | null> {
  const below = LEVELS[levelDepth(report.unitLevel) + 1];
  if (!below) return null;
  const sent = await PeriodReport.find({
    [LEVEL_FIELD[report.unitLevel]]: report.unitId as ObjectId,
    unitLevel: below,
    periodKind: report.periodKind,
    from: report.from,
    to: report.to,
    status: { $in: ['SUBMITTED', 'ACCEPTED'] },
  })
    .sort({ createdAt: 1, _id: 1 })
    .lean<PeriodReportDoc[]>();
  return { reports: sent, data: sumReportData(sent.flatMap((r) => (r.snapshot ? [r.snapshot] : []))) };
}
