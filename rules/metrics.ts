/**
 * The metric catalogue: the target metrics the dashboard can measure from stored data, and what
 * each is measured from. A target whose metric is not here is shown as not measurable yet (its
 * basis says which metric), never guessed.
 */
import type { AttainmentBasisKey, DashboardRowsSortField, DashboardRowsView, SortOrder, SubmissionState } from './contract';

export const MEASURED_METRICS = {
  recognisedShare: 'RECOGNIZED',
  launchedWithin3MonthsShare: 'LAUNCHED_WITHIN_3_MONTHS',
  // Seed 002: "100% hộ gia đình … được phổ biến … và ký bản cam kết" (household commitments).
  householdsSignedShare: 'HOUSEHOLDS_SIGNED',
  householdsBriefedShare: 'HOUSEHOLDS_BRIEFED',
  // Seed 001: "Vận động 100% hộ dân … tham gia nhóm" (community groups' households covered).
  householdsInZaloGroupShare: 'HOUSEHOLDS_IN_GROUP',
} as const satisfies Record<string, Exclude<AttainmentBasisKey, 'NOT_MEASURABLE'>>;

export type MeasuredMetric = keyof typeof MEASURED_METRICS;

export const isMeasured = (metric: string): metric is MeasuredMetric => Object.hasOwn(MEASURED_METRICS, metric);

/** What a target with this metric is measured from. */
export const basisKeyOf = (metric: string): AttainmentBasisKey => (isMeasured(metric) ? MEASURED_METRICS[metric] : 'NOT_MEASURABLE');

/** Bases measured over households: Σ over neighbourhoods with known households, the others left out and counted. */
export const HOUSEHOLD_BASES = ['HOUSEHOLDS_SIGNED', 'HOUSEHOLDS_BRIEFED', 'HOUSEHOLDS_IN_GROUP'] as const satisfies readonly AttainmentBasisKey[];

/**
 * Seed 002's targets that restate a criterion (their notes: "cũng là tiêu chí 3.1.1" …). They stay
 * NOT_MEASURABLE: an assessment stores its results by criterion id per criteria-set edition and a
 * draft self-assessment is not a finding, so "the share of neighbourhoods that passed 3.2.1" needs
 * a rule for which assessments count that the documents do not give. Kept here so it is one place.
 */
export const CRITERION_OF_METRIC: Readonly<Record<string, string>> = {
  planBriefedMembersShare: '3.1.1',
  cultureTitleKeptShare: '3.2.1',
  householdsCodeOfConductShare: '3.2.2',
  householdsFlagShare: '3.2.3',
  securityFestivalHeldShare: '3.3.2',
};

/** Three months from a neighbourhood's re-arrangement to its model's launch, counted as at most 92 days. */
export const LAUNCH_WITHIN_DAYS = 92;

// ---------------------------------------------------------------- who is behind (dashboard breakdown)

/** Whether something owed is sent, still due, or late; `dueAt` is the deadline's last instant (epoch ms). */
export function submissionState(owed: boolean, sent: boolean, dueAt: number, now: number): SubmissionState {
  if (!owed) return 'NOT_REQUIRED';
  if (sent) return 'SUBMITTED';
  return now > dueAt ? 'OVERDUE' : 'PENDING';
}

/** What a breakdown row holds for its views and its order (the API's rows and the console's alike). */
export interface BehindRow {
  neighbourhoods: number;
  recognized: number;
  recognizedShare: number;
  assessments: number;
  selfAssessment: SubmissionState;
  periodReport: SubmissionState;
}

const notSent = (s: SubmissionState) => s === 'PENDING' || s === 'OVERDUE';

/** Whether a row is listed in a view: not submitted = a self-assessment or the report not sent; overdue = either late. */
export function inView(row: BehindRow, view: DashboardRowsView): boolean {
  if (view === 'NOT_SUBMITTED') return notSent(row.selfAssessment) || notSent(row.periodReport);
  if (view === 'OVERDUE') return row.selfAssessment === 'OVERDUE' || row.periodReport === 'OVERDUE';
  return true;
}

/** Sorting by a state, ascending: the most behind first. */
const STATE_RANK: Record<SubmissionState, number> = { OVERDUE: 0, PENDING: 1, SUBMITTED: 2, NOT_REQUIRED: 3 };

const byName = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });

/** A copy of `rows` in the order of `field` (ties by name, always A→Z); `nameOf` reads a row's unit name. */
export function sortRows<T extends BehindRow>(rows: readonly T[], nameOf: (row: T) => string, field: DashboardRowsSortField = 'NAME', order: SortOrder = 'ASC'): T[] {
  const key = (row: T): number => {
    switch (field) {
      case 'NEIGHBOURHOODS':
        return row.neighbourhoods;
      case 'RECOGNIZED':
        return row.recognized;
      case 'RECOGNIZED_SHARE':
        return row.recognizedShare;
      case 'ASSESSMENTS':
        return row.assessments;
      case 'SELF_ASSESSMENT':
        return STATE_RANK[row.selfAssessment];
      case 'PERIOD_REPORT':
        return STATE_RANK[row.periodReport];
      case 'NAME':
        return 0;
    }
  };
  const sign = order === 'DESC' ? -1 : 1;
  return [...rows].sort((a, b) => {
    const byKey = field === 'NAME' ? byName.compare(nameOf(a), nameOf(b)) : key(a) - key(b);
    return byKey !== 0 ? sign * byKey : byName.compare(nameOf(a), nameOf(b));
  });
}
