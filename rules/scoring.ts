/**
 * How a rating is scored: the API stores these numbers, the console previews them live with
 * the same arithmetic, so nothing jumps on save.
 */
import type { CriterionKind } from './contract';

export interface ScoredCriterion {
  kind: CriterionKind;
  required?: boolean | null;
  maxScore?: number | null;
  /** Points lost per resolved, substantiated report about the subject in the period (businesses). */
  deductPerReport?: number | null;
}
export interface ScoredResult {
  met?: boolean | null;
  score?: number | null;
}
export interface Threshold {
  classification: string;
  minTotal: number;
}

/**
 * The one rule for "met": a PASS_FAIL criterion when ticked, a POINTS criterion when scored
 * above 0 (criteria sets have no pass mark per criterion). `met` on a POINTS result counts for
 * nothing: the API refuses it as input and ignores older stored values.
 */
export function isMet(criterion: Pick<ScoredCriterion, 'kind'>, result: ScoredResult | undefined): boolean {
  return criterion.kind === 'PASS_FAIL' ? result?.met === true : (Number(result?.score ?? 0) || 0) > 0;
}

/** What a result adds to the total: its points, or 1 for a met PASS_FAIL criterion. */
export const pointsOf = (criterion: Pick<ScoredCriterion, 'kind'>, result: ScoredResult | undefined): number =>
  criterion.kind === 'POINTS' ? Number(result?.score ?? 0) || 0 : isMet(criterion, result) ? 1 : 0;

/** Whether a criterion is scored from reports instead of by the rater. */
export const scoredFromReports = (criterion: ScoredCriterion): boolean => criterion.kind === 'POINTS' && criterion.deductPerReport != null && criterion.maxScore != null;

/** The score of a report-scored criterion: its maximum less `deductPerReport` per substantiated report, never below 0. */
export const scoreFromReports = (criterion: ScoredCriterion, substantiatedReports: number): number =>
  Math.max(0, (criterion.maxScore ?? 0) - substantiatedReports * (criterion.deductPerReport ?? 0));

/** The sum of the results' points; criteria are looked up by the key each result names. */
export function totalOf<C extends Pick<ScoredCriterion, 'kind'>, R extends ScoredResult>(criteria: ReadonlyMap<string, C>, results: readonly R[], keyOf: (result: R) => string): number {
  return results.reduce((sum, r) => {
    const c = criteria.get(keyOf(r));
    return c ? sum + pointsOf(c, r) : sum;
  }, 0);
}

/** The highest threshold the total reaches, or null. */
export const classificationOf = (thresholds: readonly Threshold[], total: number): string | null =>
  [...thresholds].sort((a, b) => b.minTotal - a.minTotal).find((t) => total >= t.minTotal)?.classification ?? null;

/** Required criteria not met: recognition is refused while any remain. */
export function unmetRequired<C extends ScoredCriterion>(criteria: readonly C[], resultOf: (criterion: C) => ScoredResult | undefined): C[] {
  return criteria.filter((c) => c.required && !isMet(c, resultOf(c)));
}

/**
 * Where a total stands against a set's classification bands, so that "no band reached" is never
 * shown for a set that has none: NO_BANDS (the set does not classify: a full score is just a
 * full score), BELOW (under the lowest band, which is named), or REACHED (with the next band up,
 * if any, to aim for).
 */
export type Standing =
  | { kind: 'NO_BANDS' }
  | { kind: 'BELOW'; lowest: Threshold }
  | { kind: 'REACHED'; classification: string; next: Threshold | null };

export function standingOf(thresholds: readonly Threshold[], total: number): Standing {
  if (thresholds.length === 0) return { kind: 'NO_BANDS' };
  const ascending = [...thresholds].sort((a, b) => a.minTotal - b.minTotal);
  const classification = classificationOf(thresholds, total);
  if (classification === null) return { kind: 'BELOW', lowest: ascending[0] as Threshold };
  return { kind: 'REACHED', classification, next: ascending.find((t) => t.minTotal > total) ?? null };
}

/**
 * The result that meets a criterion in full ("Đạt tất cả"): ticked for PASS_FAIL, the maximum for
 * POINTS. Null where the rater cannot give it: a POINTS criterion without a maximum yet, or one
 * scored from reports.
 */
export function fullResult(criterion: ScoredCriterion): Pick<ScoredResult, 'met' | 'score'> | null {
  if (criterion.kind === 'PASS_FAIL') return { met: true, score: null };
  if (criterion.maxScore == null || scoredFromReports(criterion)) return null;
  return { met: null, score: criterion.maxScore };
}
