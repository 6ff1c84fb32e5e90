/**
 * Meeting schedules (seed 001: "họp định kỳ vào ngày 20 hàng tháng"; "định kỳ 01 tháng, 06 tháng,
 * 01 năm"; seed 002: the steering committee meets quarterly): the days a schedule expects a
 * meeting and the state of each, shared by the API and the console. Days are 'YYYY-MM-DD' in
 * Vietnam; every rule takes `today`, so tests need no clock.
 */
import type { MeetingRecurrence, OccurrenceState } from './contract';
import { addDays } from './periods';

export type { MeetingRecurrence, OccurrenceState };

/** A scheduled meeting without a recorded meeting carrying minutes this many days after its day is MISSING. */
export const MINUTES_GRACE_DAYS = 7;
/** At most this many occurrences in one answer. */
export const MAX_OCCURRENCES = 400;

/** Months between two occurrences. */
export const RECURRENCE_MONTHS: Readonly<Record<MeetingRecurrence, number>> = { MONTHLY: 1, QUARTERLY: 3, HALF_YEARLY: 6, YEARLY: 12 };

export interface ScheduleRule {
  recurrence: MeetingRecurrence;
  /** 1–31; a month without that day uses its last day (31 → 30/4, 28 or 29/2). */
  dayOfMonth: number;
  /** 1–12: the month it falls in (YEARLY), or the first month of the cycle (QUARTERLY, HALF_YEARLY); null: startsOn's month. */
  month?: number | null;
  startsOn: string;
  endsOn?: string | null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const monthIndex = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The day of `dayOfMonth` in the month of index `index` (year × 12 + month − 1), clamped to the month's last day. */
function dayIn(index: number, dayOfMonth: number): string {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${year}-${pad(month)}-${pad(Math.min(dayOfMonth, lastDayOf(year, month)))}`;
}

/** Whether a month (by index) is one the schedule meets in. */
function meetsIn(rule: ScheduleRule, index: number): boolean {
  const step = RECURRENCE_MONTHS[rule.recurrence];
  const anchor = rule.month ? rule.month - 1 : monthIndex(rule.startsOn) % 12;
  return (((index - anchor) % step) + step) % step === 0;
}

/**
 * The days the schedule expects a meeting, from `from` to `to` (both included) and within its
 * own startsOn–endsOn, oldest first; null when there would be more than `cap`.
 */
export function occurrenceDays(rule: ScheduleRule, from: string, to: string, cap = MAX_OCCURRENCES): string[] | null {
  const start = from > rule.startsOn ? from : rule.startsOn;
  const end = rule.endsOn && rule.endsOn < to ? rule.endsOn : to;
  const out: string[] = [];
  if (start > end) return out;
  for (let index = monthIndex(start); index <= monthIndex(end); index++) {
    if (!meetsIn(rule, index)) continue;
    const day = dayIn(index, rule.dayOfMonth);
    if (day < start || day > end) continue;
    if (out.length >= cap) return null;
    out.push(day);
  }
  return out;
}

/** Whether `day` is one of the schedule's days. */
export function isOccurrence(rule: ScheduleRule, day: string): boolean {
  return occurrenceDays(rule, day, day)?.length === 1;
}

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/** The schedule's day nearest to `day` (the earlier one on a tie), or null when it has none within a cycle of it. */
export function nearestOccurrence(rule: ScheduleRule, day: string): string | null {
  const span = RECURRENCE_MONTHS[rule.recurrence] * 31;
  const days = occurrenceDays(rule, addDays(day, -span), addDays(day, span)) ?? [];
  let best: string | null = null;
  for (const d of days) {
    if (best === null || Math.abs(dayNumber(d) - dayNumber(day)) < Math.abs(dayNumber(best) - dayNumber(day))) best = d;
  }
  return best;
}

/**
 * The state of one expected meeting on `day`: HELD once a meeting with minutes is recorded for
 * it; UPCOMING before the day; DUE from the day until `graceDays` after it; then MISSING.
 */
export function occurrenceState(day: string, meeting: { minutes?: string | null } | null | undefined, today: string, graceDays = MINUTES_GRACE_DAYS): OccurrenceState {
  if (meeting?.minutes?.trim()) return 'HELD';
  if (today < day) return 'UPCOMING';
  return today <= addDays(day, graceDays) ? 'DUE' : 'MISSING';
}

/** The day an expected meeting becomes MISSING without minutes (its to-do's due day). */
export const minutesDueDay = (day: string, graceDays = MINUTES_GRACE_DAYS): string => addDays(day, graceDays);
