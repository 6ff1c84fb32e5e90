/**
 * A list as a file, the part without React or the browser: fetching every page of the filtered
 * list, each record's columns as cells, and the CSV text. ResourceList's export button drives it;
 * the tests call it directly. It imports only rules/, so it also runs under node.
 */
import type { EnumName } from '../i18n/enums';
import { MAX_PAGE_SIZE } from '../../../rules/limits';

/** One page as the API serves it at most (rules/limits): more is refused. */
export const EXPORT_PAGE_SIZE = MAX_PAGE_SIZE;
/** Beyond this an export is refused (the user narrows the filter), never cut short. */
export const MAX_EXPORT_ROWS = 50_000;
/** Dates and times read in Vietnam, whatever the browser's zone. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A column of the export: the list's column, read as text a spreadsheet can use. */
export interface ExportColumn<T = Record<string, unknown>> {
  /** The record's field (a dotted path for a related record's name: 'province.name'); also gives the header, as the list's column does. */
  source: string;
  /** A translation key for the header when it is not the source's (resources.<resource>.fields.<source>). */
  label?: string;
  /** How the stored value reads; text by default. `date` is a calendar day (YYYY-MM-DD), `datetime` an instant shown in Vietnam's time. */
  type?: 'text' | 'number' | 'boolean' | 'date' | 'datetime';
  /** An enum of the contract: the value's label from enums.<Enum>.* */
  enum?: EnumName;
  /** The list's choices (id → translation key) for a value labelled by the resource's own messages. */
  choices?: ReadonlyArray<{ id: string; name: string }>;
  /** A value the record does not hold as such (a count, a name joined from two fields). */
  value?: (record: T) => string | number | null | undefined;
}

/** A day or an instant: `at` holds the wall-clock time in Vietnam read as UTC (what a spreadsheet's date cell wants), `text` as the console shows it. */
export interface TimeCell {
  at: Date;
  text: string;
  time: boolean;
}
export type Cell = string | number | TimeCell | null;

export class ExportTooLargeError extends Error {
  constructor(
    readonly total: number,
    readonly max: number,
  ) {
    super(`The list has ${total} rows; an export holds at most ${max}`);
    this.name = 'ExportTooLargeError';
  }
}

export type GetPage<T> = (page: number, perPage: number) => Promise<{ data: T[]; total?: number }>;

/**
 * Every row of the list, page after page (pages never overlap: the API sorts with the id as
 * tie-breaker). Refuses before fetching more than the first page when the list is larger than
 * `max`; stops between pages when `signal` is aborted.
 */
export async function fetchAllPages<T>(
  getPage: GetPage<T>,
  { onProgress, signal, max = MAX_EXPORT_ROWS, pageSize = EXPORT_PAGE_SIZE }: { onProgress?: (done: number, total: number) => void; signal?: AbortSignal; max?: number; pageSize?: number } = {},
): Promise<T[]> {
  const rows: T[] = [];
  for (let page = 1; ; page++) {
    signal?.throwIfAborted();
    const { data, total = rows.length + data.length } = await getPage(page, pageSize);
    if (total > max || rows.length + data.length > max) throw new ExportTooLargeError(Math.max(total, rows.length + data.length), max);
    rows.push(...data);
    onProgress?.(rows.length, Math.max(total, rows.length));
    if (data.length < pageSize || rows.length >= total) return rows;
  }
}

/** A record's value at a dotted path ('province.name'). */
export const valueAt = (record: unknown, path: string): unknown => path.split('.').reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), record);

const two = (n: number) => String(n).padStart(2, '0');
const wallClock = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });

/** An instant as dd/mm/yyyy hh:mm in Vietnam. */
function instantCell(value: string | Date): TimeCell | null {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  const p = Object.fromEntries(wallClock.formatToParts(date).map((x) => [x.type, Number(x.value)]));
  const [y, m, d, h, min, s] = [p.year ?? 0, p.month ?? 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0];
  return { at: new Date(Date.UTC(y, m - 1, d, h, min, s)), text: `${two(d)}/${two(m)}/${y} ${two(h)}:${two(min)}`, time: true };
}

/** A calendar day (YYYY-MM-DD) as dd/mm/yyyy, with no time-zone shift. */
function dayCell(value: string): TimeCell | string {
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!day) return value;
  const [y, m, d] = [Number(day[1]), Number(day[2]), Number(day[3])];
  return { at: new Date(Date.UTC(y, m - 1, d)), text: `${two(d)}/${two(m)}/${y}`, time: false };
}

/** One record's cell for a column: enums and choices by their label, flags as yes/no, dates in Vietnam's time. */
export function cellOf<T>(record: T, column: ExportColumn<T>, translate: Translate): Cell {
  const raw = column.value ? column.value(record) : valueAt(record, column.source);
  if (raw === null || raw === undefined || raw === '') return null;
  if (column.enum) return translate(`enums.${column.enum}.${String(raw)}`, { _: String(raw) });
  if (column.choices) {
    const choice = column.choices.find((c) => c.id === raw);
    return choice ? translate(choice.name, { _: String(raw) }) : String(raw);
  }
  switch (column.type) {
    case 'number':
      return typeof raw === 'number' ? raw : Number(raw);
    case 'boolean':
      return translate(raw ? 'app.common.yes' : 'app.common.no');
    case 'date':
      return dayCell(String(raw));
    case 'datetime':
      return instantCell(raw as string);
    default:
      return typeof raw === 'number' ? raw : typeof raw === 'object' ? JSON.stringify(raw) : String(raw);
  }
}

export const rowsOf = <T>(records: T[], columns: Array<ExportColumn<T>>, translate: Translate): Cell[][] => records.map((r) => columns.map((c) => cellOf(r, c, translate)));

/** A text cell a spreadsheet would run as a formula (=, +, -, @ first) is kept as text with a leading apostrophe; signed numbers and phone numbers are left alone. */
const FORMULA = /^[=+\-@\t\r]/;
const NUMBER_LIKE = /^[+-]?[\d\s.,()]+$/;
export const csvText = (cell: Cell): string => {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'object') return cell.text;
  return FORMULA.test(cell) && !NUMBER_LIKE.test(cell) ? `'${cell}` : cell;
};

/** RFC 4180: a field with a comma, a quote or a line break (or edge spaces) is quoted, quotes doubled. */
const field = (s: string) => (/[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** The CSV file's text: a UTF-8 byte-order mark (so Excel reads Vietnamese), a header line, CRLF line ends. */
export function toCsv(headers: string[], rows: Cell[][]): string {
  const lines = [headers.map(field).join(','), ...rows.map((row) => row.map((c) => field(csvText(c))).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** `wards-2026-05-01`: the resource and today's date in Vietnam. */
export function exportFileName(resource: string, now = new Date()): string {
  const today = instantCell(now);
  const [d, m, y] = (today?.text.slice(0, 10) ?? '').split('/');
  return `${resource}-${y}-${m}-${d}`;
}
