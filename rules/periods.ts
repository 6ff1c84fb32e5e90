/**
 * Reporting periods (kỳ báo cáo): a month, quarter, half-year or year, or a custom range, as
 * calendar days in Vietnam. Both the API (what a report counts) and the console (the period
 * picker's labels and bounds) use these.
 */
import type { PeriodKind } from './contract';

export interface Period {
  kind: PeriodKind;
  year: number;
  /** Month 1–12, quarter 1–4, half 1–2; null for YEAR and CUSTOM. */
  index: number | null;
  /** First and last day, YYYY-MM-DD. */
  from: string;
  to: string;
}

/** How many of each kind a year holds (null: the kind takes no index). */
export const PERIOD_INDEX_MAX: Record<PeriodKind, number | null> = { MONTH: 12, QUARTER: 4, HALF_YEAR: 2, YEAR: null, CUSTOM: null };

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The first and last day of a standard period; CUSTOM takes its own. */
export function periodBounds(kind: Exclude<PeriodKind, 'CUSTOM'>, year: number, index: number | null): { from: string; to: string } {
  const months = kind === 'MONTH' ? 1 : kind === 'QUARTER' ? 3 : kind === 'HALF_YEAR' ? 6 : 12;
  const first = kind === 'YEAR' ? 1 : ((index ?? 1) - 1) * months + 1;
  const last = first + months - 1;
  return { from: `${year}-${pad(first)}-01`, to: `${year}-${pad(last)}-${pad(lastDay(year, last))}` };
}

/**
 * Whether a figure counts in a report of [from, to]: its period (as models record it: "2020",
 * "2025-Q3", "2026-05", "2026-H1", or a cumulative "2013–2020") ends within the report's
 * period, so a running total is reported as it stood then. A figure without a readable period
 * is left out rather than guessed.
 */
export function figureWithin(figurePeriod: string, from: string, to: string): boolean {
  const span = figureSpan(figurePeriod.trim());
  return span !== null && span.to >= from && span.to <= to;
}

function figureSpan(p: string): { from: string; to: string } | null {
  let m = /^(\d{4})$/.exec(p);
  if (m) return periodBounds('YEAR', Number(m[1]), null);
  m = /^(\d{4})-Q([1-4])$/i.exec(p);
  if (m) return periodBounds('QUARTER', Number(m[1]), Number(m[2]));
  m = /^(\d{4})-H([12])$/i.exec(p);
  if (m) return periodBounds('HALF_YEAR', Number(m[1]), Number(m[2]));
  m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(p);
  if (m) return periodBounds('MONTH', Number(m[1]), Number(m[2]));
  m = /^(\d{4})\s*[–-]\s*(\d{4})$/.exec(p);
  if (m) return { from: periodBounds('YEAR', Number(m[1]), null).from, to: periodBounds('YEAR', Number(m[2]), null).to };
  return null;
}

/** Reports are due this many days after their period ends; later they are late. */
export const REPORT_GRACE_DAYS = 10;

/** A day 'YYYY-MM-DD' plus `days` calendar days. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The last instant of a day in Vietnam (UTC+7), in epoch milliseconds: a deadline day is met until then. */
export const endOfVietnamDay = (day: string): number => Date.parse(`${day}T23:59:59.999+07:00`);

/** The last day a report of the period ending on `to` is on time (REPORT_GRACE_DAYS later). */
export const reportDueDay = (to: string): string => addDays(to, REPORT_GRACE_DAYS);

/**
 * The day a programme's self-assessments for `year` are due: the latest of its deadlines that
 * falls in that year (a yearly '--MM-DD' falls in every year; earlier ones are steps on the way,
 * e.g. seed 003's "trước ngày 25/11"), else the year's last day, since a yearly rating not sent
 * by the end of its year is late whatever the documents say.
 */
export function assessmentDueDay(deadlines: ReadonlyArray<{ due: string }>, year: number): string {
  const inYear = deadlines
    .map((d) => (d.due.startsWith('--') ? `${year}${d.due.slice(1)}` : d.due))
    .filter((day) => day.startsWith(`${year}-`))
    .sort();
  return inYear.at(-1) ?? `${year}-12-31`;
}

/**
 * The reporting period a dashboard checks by default for `year` on `today` (YYYY-MM-DD): the
 * latest quarter that has ended by today, so "overdue" has something to say; the whole year when
 * the year is over, or when none of its quarters has ended yet.
 */
export function defaultDashboardPeriod(year: number, today: string): { kind: Exclude<PeriodKind, 'CUSTOM'>; index: number | null } {
  const todayYear = Number(today.slice(0, 4));
  if (year !== todayYear) return { kind: 'YEAR', index: null };
  const endedQuarters = Math.floor((Number(today.slice(5, 7)) - 1) / 3);
  return endedQuarters > 0 ? { kind: 'QUARTER', index: endedQuarters } : { kind: 'YEAR', index: null };
}
