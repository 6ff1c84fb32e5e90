/**
 * A spreadsheet as rows of text cells, from XLSX (exceljs) or CSV (exceljs' reader), with the
 * limits an upload must keep: the caller learns which limit, never gets a partial read.
 */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ZodError } from 'zod';
import { foldText } from '../core/text';
import { fromZodError } from '../errors';
import type { ImportColumnSpec } from '../../rules/imports';

/** Upload size, rows and cell length an import accepts (larger is refused with a message). */
export const IMPORT_LIMITS = { maxBytes: 2 * 1024 * 1024, maxRows: 5000, maxCellChars: 10_000 } as const;

export interface SheetRow {
  /** The row's number in the file (the header is row 1), as the user sees it in their spreadsheet. */
  row: number;
  /** Cell text by column key; a cell the reader refused is in `refused` instead. */
  cells: Record<string, string>;
  refused: Array<{ column: string; message: string }>;
}

export class SheetError extends Error {}

/** CSV cells stay text: a code such as 03982 must not become the number 3982. */
const keepText = (value: unknown) => value;

const isXlsx = (body: Buffer) => body.length >= 4 && body[0] === 0x50 && body[1] === 0x4b && body[2] === 0x03 && body[3] === 0x04;

/**
 * Reads the first sheet. `columns` maps each column key to the header texts it may have
 * (compared without diacritics or case). Unknown headers are ignored; a missing required one
 * is an error for the whole file.
 */
export async function readSheet(body: Buffer, columns: Readonly<Record<string, ImportColumnSpec>>): Promise<SheetRow[]> {
  if (body.length > IMPORT_LIMITS.maxBytes) throw new SheetError(`The file is larger than ${IMPORT_LIMITS.maxBytes / 1024 / 1024} MB`);
  const book = new ExcelJS.Workbook();
  let sheet: ExcelJS.Worksheet | undefined;
  try {
    sheet = isXlsx(body) ? (await book.xlsx.load(body as unknown as ArrayBuffer)).worksheets[0] : await book.csv.read(Readable.from(body.toString('utf8').replace(/^\uFEFF/, '')), { map: keepText });
  } catch {
    throw new SheetError('The file is neither an XLSX workbook nor a CSV text');
  }
  if (!sheet || sheet.rowCount < 1) throw new SheetError('The file has no rows');
  if (sheet.rowCount - 1 > IMPORT_LIMITS.maxRows) throw new SheetError(`The file has ${sheet.rowCount - 1} rows; at most ${IMPORT_LIMITS.maxRows} are imported at once`);

  const byHeader = new Map<string, string>();
  for (const [key, spec] of Object.entries(columns)) for (const h of spec.headers) byHeader.set(foldText(h), key);
  const keyOfColumn = new Map<number, string>();
  sheet.getRow(1).eachCell((cell, col) => {
    const key = byHeader.get(foldText(cellText(cell.value)));
    if (key) keyOfColumn.set(col, key);
  });
  const present = new Set(keyOfColumn.values());
  const missing = Object.entries(columns).filter(([key, spec]) => spec.required && !present.has(key));
  if (missing.length) throw new SheetError(`Missing column(s): ${missing.map(([, spec]) => spec.headers[0]).join(', ')}`);

  const rows: SheetRow[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row: SheetRow = { row: r, cells: {}, refused: [] };
    for (const [col, key] of keyOfColumn) {
      const value = sheet.getRow(r).getCell(col).value;
      if (value !== null && typeof value === 'object' && 'formula' in value) {
        row.refused.push({ column: key, message: 'holds a formula; type the value itself' });
        continue;
      }
      const text = cellText(value).trim();
      // A text a spreadsheet would run as a formula when the data is exported again (=HYPERLINK(…)).
      if (typeof value === 'string' && /^[=+@]/.test(text)) row.refused.push({ column: key, message: 'starts like a formula (=, + or @); remove that sign' });
      else if (text.length > IMPORT_LIMITS.maxCellChars) row.refused.push({ column: key, message: `is longer than ${IMPORT_LIMITS.maxCellChars} characters` });
      else if (text) row.cells[key] = text;
    }
    if (Object.keys(row.cells).length || row.refused.length) rows.push(row);
  }
  return rows;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return String(value.result ?? '');
    return '';
  }
  return String(value);
}

// ---------------------------------------------------------------- what an import answers

export type RowStatus = 'CREATE' | 'UPDATE' | 'UNCHANGED' | 'ERROR';
export interface RowResult {
  row: number;
  status: RowStatus;
  /** What the row is about, as the user wrote it (a code, a model's name). */
  code: string | null;
  name: string | null;
  errors: Array<{ column: string; message: string }>;
}
export interface ImportResult {
  dryRun: boolean;
  rows: RowResult[];
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
}

export function summarise(dryRun: boolean, rows: RowResult[]): ImportResult {
  const count = (s: RowStatus) => rows.filter((r) => r.status === s).length;
  return { dryRun, rows, created: count('CREATE'), updated: count('UPDATE'), unchanged: count('UNCHANGED'), failed: count('ERROR') };
}

/** A zod refusal as row errors, each under the column the user typed it in ("input.households" → households). */
export function fieldErrors(error: ZodError): RowResult['errors'] {
  const fields = (fromZodError(error).extensions.fields ?? []) as Array<{ path: string; message: string }>;
  return fields.map((f) => ({ column: f.path.replace(/^input\./, '').split('.')[0] ?? f.path, message: f.message }));
}
