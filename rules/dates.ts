/**
 * How days, instants and periods read, as Vietnamese documents write them: 20/05/2026 (day and
 * month always two digits), 25/11 for a yearly day, 14:30 20/05/2026 for an instant in Vietnam's
 * time (UTC+7, whatever the reader's zone), quý III/2025 for a quarter. English uses the same
 * day-first numbers (en-GB) and "Q3 2025". The console and the API's documents both read these.
 */

export type DateLang = 'vi' | 'en';

/** Vietnam's zone: every instant is shown in it. */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const ROMAN = ['I', 'II', 'III', 'IV'] as const;
const two = (n: number | string) => String(n).padStart(2, '0');

/** A calendar day 'YYYY-MM-DD' as dd/mm/yyyy; a yearly day '--MM-DD' as dd/mm; anything else unchanged. */
export function formatDay(value: string | null | undefined): string {
  if (!value) return '—';
  const yearly = /^--(\d{2})-(\d{2})$/.exec(value);
  if (yearly) return `${yearly[2]}/${yearly[1]}`;
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return day ? `${day[3]}/${day[2]}/${day[1]}` : value;
}

const wallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: VIETNAM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The wall-clock parts of an instant in Vietnam. */
function partsInVietnam(at: Date): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> {
  const parts: Record<string, string> = Object.fromEntries(wallClock.formatToParts(at).map((p) => [p.type, p.value]));
  const part = (name: string) => parts[name] ?? '00';
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute') };
}

/** The day of an instant in Vietnam, as 'YYYY-MM-DD'. */
export function vietnamDay(at: Date | string): string {
  const p = partsInVietnam(typeof at === 'string' ? new Date(at) : at);
  return `${p.year}-${p.month}-${p.day}`;
}

/** An instant (ISO text or Date) in Vietnam's time: "14:30 20/05/2026" (vi) or "20/05/2026 14:30" (en). */
export function formatInstant(value: string | Date | null | undefined, lang: DateLang = 'vi'): string {
  if (!value) return '—';
  const at = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(at.getTime())) return String(value);
  const p = partsInVietnam(at);
  const day = `${p.day}/${p.month}/${p.year}`;
  const time = `${p.hour}:${p.minute}`;
  return lang === 'en' ? `${day} ${time}` : `${time} ${day}`;
}

/** An instant's day only, in Vietnam: 20/05/2026. */
export function formatInstantDay(value: string | Date | null | undefined): string {
  if (!value) return '—';
  const at = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(at.getTime()) ? String(value) : formatDay(vietnamDay(at));
}

/** A quarter: "quý III/2025" (vi) or "Q3 2025" (en); a year alone when there is no quarter. */
export function formatQuarter(year: number, quarter: number | null | undefined, lang: DateLang = 'vi'): string {
  if (!quarter) return lang === 'en' ? String(year) : `năm ${year}`;
  return lang === 'en' ? `Q${quarter} ${year}` : `quý ${ROMAN[quarter - 1] ?? quarter}/${year}`;
}

/** The quarter (1–4) and year of an instant in Vietnam. */
export function vietnamQuarter(at: Date | string = new Date()): { year: number; quarter: number } {
  const [year, month] = vietnamDay(at).split('-').map(Number);
  return { year: year as number, quarter: Math.floor(((month as number) - 1) / 3) + 1 };
}

/** A month: "tháng 05/2026" (vi) or "05/2026" (en). */
export function formatMonth(year: number, month: number, lang: DateLang = 'vi'): string {
  return lang === 'en' ? `${two(month)}/${year}` : `tháng ${two(month)}/${year}`;
}
