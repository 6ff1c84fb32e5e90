/**
 * The live preview of a rating while the user ticks and scores, with the API's own arithmetic
 * (rules/scoring): points of POINTS criteria plus 1 per met PASS_FAIL one, report-scored
 * criteria from the substantiated reports the API last counted, the highest threshold reached.
 * The numbers do not jump on save; the API's values are the ones stored.
 */
import type { CriteriaSet, Criterion, CriterionResult } from '../../../../rules/contract';
import { classificationOf, scoreFromReports, scoredFromReports, standingOf, totalOf, unmetRequired, type Standing } from '../../../../rules/scoring';

export type ResultValue = Pick<CriterionResult, 'criterionId' | 'met' | 'score' | 'note'> & { evidence?: string[] | null };

/** The results as the API scores them: a report-scored criterion takes its score from the reports (when the API counted them). */
export function asScored(criteria: readonly Criterion[], results: readonly ResultValue[], substantiatedReports: number | null | undefined): ResultValue[] {
  if (substantiatedReports == null) return [...results];
  const byId = new Map(criteria.map((c) => [c.id, c]));
  return results.map((r) => {
    const c = byId.get(r.criterionId);
    return c && scoredFromReports(c) ? { ...r, met: null, score: scoreFromReports(c, substantiatedReports) } : r;
  });
}

/** Total, classification (and where the total stands against the set's bands) and unmet required criteria of the results. */
export function summaryOf(
  set: Pick<CriteriaSet, 'criteria' | 'thresholds'>,
  results: readonly ResultValue[],
): { total: number; classification: string | null; standing: Standing; unmet: Criterion[] } {
  const total = totalOf(new Map(set.criteria.map((c) => [c.id, c])), results, (r) => r.criterionId);
  const byCriterion = new Map(results.map((r) => [r.criterionId, r]));
  return {
    total,
    classification: classificationOf(set.thresholds, total),
    standing: standingOf(set.thresholds, total),
    unmet: unmetRequired(set.criteria, (c) => byCriterion.get(c.id)),
  };
}

/** One result row per criterion, in the set's order, keeping what was already recorded. */
export function alignResults(set: Pick<CriteriaSet, 'criteria'>, results: readonly ResultValue[]): ResultValue[] {
  const byId = new Map(results.map((r) => [r.criterionId, r]));
  return set.criteria.map((c) => {
    const r = byId.get(c.id);
    // `met` is refused on POINTS criteria; `score` means nothing on PASS_FAIL ones.
    return { criterionId: c.id, met: c.kind === 'POINTS' ? null : (r?.met ?? null), score: c.kind === 'POINTS' ? (r?.score ?? null) : null, note: r?.note ?? null, evidence: r?.evidence ?? [] };
  });
}

/** The set's criteria in group order, each with its index in `set.criteria` (the form's row index). */
export function groupedCriteria(set: Pick<CriteriaSet, 'groups' | 'criteria'>) {
  const indexed = set.criteria.map((criterion, index) => ({ criterion, index }));
  const groups = set.groups.map((g) => ({ group: g, items: indexed.filter((x) => x.criterion.group === g.code) }));
  const known = new Set(set.groups.map((g) => g.code));
  const orphans = indexed.filter((x) => !known.has(x.criterion.group));
  return orphans.length ? [...groups, { group: { code: '—', title: '' }, items: orphans }] : groups;
}
