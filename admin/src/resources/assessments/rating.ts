/**
 * The live preview of a rating while the user ticks and scores: the same arithmetic as the
 * API's `score()` (points of POINTS criteria plus 1 per met PASS_FAIL one; the highest threshold
 * reached), so the numbers do not jump on save. The API's values are the ones stored.
 */
import type { CriteriaSet, Criterion, CriterionResult, Threshold } from '../../generated/graphql';

export type ResultValue = Pick<CriterionResult, 'criterionId' | 'met' | 'score' | 'note'> & { evidence?: string[] | null };

export function totalOf(criteria: readonly Criterion[], results: readonly ResultValue[]): number {
  const byId = new Map(criteria.map((c) => [c.id, c]));
  return results.reduce((sum, r) => {
    const c = byId.get(r.criterionId);
    if (!c) return sum;
    return sum + (c.kind === 'POINTS' ? Number(r.score ?? 0) || 0 : r.met ? 1 : 0);
  }, 0);
}

export function classificationOf(thresholds: readonly Threshold[], total: number): string | null {
  return [...thresholds].sort((a, b) => b.minTotal - a.minTotal).find((t) => total >= t.minTotal)?.classification ?? null;
}

export function unmetRequiredOf(criteria: readonly Criterion[], results: readonly ResultValue[]): Criterion[] {
  const byId = new Map(results.map((r) => [r.criterionId, r]));
  return criteria.filter((c) => {
    if (!c.required) return false;
    const r = byId.get(c.id);
    // As the API: a POINTS criterion is met only by a score above 0.
    return c.kind === 'PASS_FAIL' ? r?.met !== true : !(Number(r?.score ?? 0) > 0);
  });
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
