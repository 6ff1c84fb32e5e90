/**
 * Due dates, as the documents set them, shared by the API and the console. A due day is met
 * until the END of that day in Vietnam (UTC+7): "trước ngày 25/11" is read as "by 25/11", so a
 * self-assessment sent at 23:00 on 25/11 is on time and one sent on 26/11 is late. Every rule
 * takes `now`, so tests need no clock tricks.
 */
import type { AssessmentStatus, DeadlineStep, DueState } from './contract';
import { endOfVietnamDay } from './periods';

export type { DueState };

/** Due within this many days (and not past): DUE_SOON. */
export const DUE_SOON_DAYS = 7;

const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** A deadline's day for `year`: a yearly '--MM-DD' falls in that year; a dated 'YYYY-MM-DD' is itself. Anything else: null. */
export function dueDayIn(due: string, year: number): string | null {
  const yearly = /^--(\d{2})-(\d{2})$/.exec(due);
  if (yearly) return `${year}-${yearly[1]}-${yearly[2]}`;
  return /^\d{4}-\d{2}-\d{2}$/.test(due) ? due : null;
}

/** The instant a due day ends in Vietnam (the deadline itself). */
export const dueInstant = (day: string): Date => new Date(endOfVietnamDay(day));

/**
 * "Within N months of" a day: the same day of the month N months later, or that month's last
 * day when it is shorter (2025-07-01 + 3 → 2025-10-01; 2025-11-30 + 3 → 2026-02-28).
 */
export function withinMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(Math.min(d, last))}`;
}

/** The day Vietnam's new units took effect (re-arrangement of 2025): LAUNCH deadlines count from it. */
export const REARRANGEMENT_DAY = '2025-07-01';

/**
 * The state of something due at `due` (a Date, or a 'YYYY-MM-DD' day meaning its end in
 * Vietnam): DONE once done; without a due date ON_TRACK; past it OVERDUE; within
 * DUE_SOON_DAYS DUE_SOON; otherwise ON_TRACK.
 */
export function dueState(due: Date | string | null | undefined, done: boolean, now: Date): DueState {
  if (done) return 'DONE';
  if (due == null) return 'ON_TRACK';
  const at = typeof due === 'string' ? endOfVietnamDay(due) : due.getTime();
  if (Number.isNaN(at)) return 'ON_TRACK';
  if (now.getTime() > at) return 'OVERDUE';
  return at - now.getTime() <= DUE_SOON_DAYS * DAY_MS ? 'DUE_SOON' : 'ON_TRACK';
}

const SEVERITY: Record<DueState, number> = { DONE: 0, ON_TRACK: 1, DUE_SOON: 2, OVERDUE: 3 };

/** The worst of several states (OVERDUE > DUE_SOON > ON_TRACK > DONE); DONE when there are none. */
export const worstDueState = (states: readonly DueState[]): DueState =>
  states.reduce<DueState>((worst, s) => (SEVERITY[s] > SEVERITY[worst] ? s : worst), 'DONE');

/** Which deadline step an assessment in `status` waits for; null once decided. */
export function stepOfStatus(status: AssessmentStatus): Exclude<DeadlineStep, 'OTHER' | 'LAUNCH'> | null {
  if (status === 'DRAFT' || status === 'RETURNED') return 'SUBMIT';
  if (status === 'SUBMITTED' || status === 'APPRAISED') return 'REVIEW';
  return null;
}

/**
 * The day a programme's deadline of `step` falls on for `year`: among its deadlines of that step,
 * the latest that falls in the year (a yearly '--MM-DD' always does); else a dated one of another
 * year (the latest); null when the programme sets none.
 */
export function stepDueDay(deadlines: ReadonlyArray<{ due: string; step?: DeadlineStep | null }>, step: DeadlineStep, year: number): string | null {
  const days = deadlines
    .filter((d) => d.step === step)
    .map((d) => dueDayIn(d.due, year))
    .filter((d): d is string => d !== null)
    .sort();
  return days.filter((d) => d.startsWith(`${year}-`)).at(-1) ?? days.at(-1) ?? null;
}

/** An assessment's due instant and state: its current step's deadline for its year; DONE once decided. */
export function assessmentDue(
  deadlines: ReadonlyArray<{ due: string; step?: DeadlineStep | null }>,
  assessment: { status: AssessmentStatus; year: number },
  now: Date,
): { dueAt: Date | null; dueState: DueState } {
  const step = stepOfStatus(assessment.status);
  if (!step) return { dueAt: null, dueState: 'DONE' };
  const day = stepDueDay(deadlines, step, assessment.year);
  const dueAt = day ? dueInstant(day) : null;
  return { dueAt, dueState: dueState(dueAt, false, now) };
}

/** A rollout step's state: DONE once it has a doneOn, else by its dueOn. */
export const stepDueState = (step: { dueOn?: string | null; doneOn?: string | null }, now: Date): DueState => dueState(step.dueOn ?? null, !!step.doneOn, now);

/** A model's worst step state (ON_TRACK without steps) and the earliest due day among steps not done. */
export function modelDue(steps: ReadonlyArray<{ dueOn?: string | null; doneOn?: string | null }>, now: Date): { dueState: DueState; nextDueOn: string | null } {
  const open = steps.filter((s) => !s.doneOn && s.dueOn).map((s) => s.dueOn as string).sort();
  // Without steps nothing is due (ON_TRACK); DONE only once there were steps and all are done.
  return { dueState: steps.length ? worstDueState(steps.map((s) => stepDueState(s, now))) : 'ON_TRACK', nextDueOn: open[0] ?? null };
}

/** A due instant as an overdue flag: past it and not done. */
export const isOverdue = (dueAt: Date | null | undefined, now: Date): boolean => !!dueAt && now.getTime() > dueAt.getTime();

/** To-do items soonest first; undated ones last, in the order given. */
export function soonestFirst<T extends { dueAt: Date | string | null }>(items: readonly T[]): T[] {
  const time = (t: T) => (t.dueAt == null ? Number.POSITIVE_INFINITY : new Date(t.dueAt).getTime());
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => time(a.item) - time(b.item) || a.index - b.index)
    .map((x) => x.item);
}

/** The console resource of each record type a to-do item points to. */
export const TODO_RESOURCES: Readonly<Record<string, string>> = {
  Assessment: 'assessments',
  Report: 'reports',
  Model: 'models',
  PeriodReport: 'periodReports',
  Programme: 'programmes',
  Province: 'provinces',
  Ward: 'wards',
  Neighbourhood: 'neighbourhoods',
  MeetingSchedule: 'meetingSchedules',
  Reward: 'rewards',
  HouseholdCommitment: 'householdCommitments',
  CommunityGroup: 'communityGroups',
};

/** The console route of a to-do item's record (after /admin/#), e.g. /assessments/<id>/show. */
export const todoPath = (recordType: string, recordId: string): string => `/${TODO_RESOURCES[recordType] ?? recordType.toLowerCase()}/${encodeURIComponent(recordId)}/show`;
