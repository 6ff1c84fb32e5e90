/**
 * The metric catalogue: the target metrics the dashboard can measure from stored data, and what
 * each is measured from. A target whose metric is not here is shown as not measurable yet (its
 * basis says which metric), never guessed.
 */
import type { AttainmentBasisKey } from './contract';

export const MEASURED_METRICS = {
  recognisedShare: 'RECOGNIZED',
  launchedWithin3MonthsShare: 'LAUNCHED_WITHIN_3_MONTHS',
} as const satisfies Record<string, Exclude<AttainmentBasisKey, 'NOT_MEASURABLE'>>;

export type MeasuredMetric = keyof typeof MEASURED_METRICS;

export const isMeasured = (metric: string): metric is MeasuredMetric => Object.hasOwn(MEASURED_METRICS, metric);

/** What a target with this metric is measured from. */
export const basisKeyOf = (metric: string): AttainmentBasisKey => (isMeasured(metric) ? MEASURED_METRICS[metric] : 'NOT_MEASURABLE');

/** Three months from a neighbourhood's re-arrangement to its model's launch, counted as at most 92 days. */
export const LAUNCH_WITHIN_DAYS = 92;
