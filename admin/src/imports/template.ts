/**
 * The columns each import reads (rules/imports: the API reads files with the same list), with the
 * header a template writes for each, and the template CSV built from them in the browser.
 */
import { IMPORT_COLUMNS as SPECS, IMPORT_KINDS, type ImportKind } from '../../../rules/imports';

export { IMPORT_KINDS, type ImportKind };

export interface ImportColumn {
  key: string;
  header: string;
  required: boolean;
}

const columnsOf = (kind: ImportKind): ImportColumn[] =>
  Object.entries(SPECS[kind]).map(([key, spec]: [string, { headers: readonly string[]; required?: boolean }]) => ({ key, header: spec.headers[0] ?? key, required: spec.required === true }));

export const IMPORT_COLUMNS: Record<ImportKind, readonly ImportColumn[]> = { neighbourhoods: columnsOf('neighbourhoods'), models: columnsOf('models'), figures: columnsOf('figures') };

const TEMPLATE_NAME: Record<ImportKind, string> = { neighbourhoods: 'mau-nhap-khu-dan-cu.csv', models: 'mau-nhap-mo-hinh.csv', figures: 'mau-nhap-so-lieu-mo-hinh.csv' };

/** The header line of the kind's template: every header quoted ("Mã xã, phường" holds a comma). */
export const templateCsv = (kind: ImportKind) => `${IMPORT_COLUMNS[kind].map((c) => `"${c.header.replace(/"/g, '""')}"`).join(',')}\r\n`;

/** Saves the template; the byte order mark makes Excel read the file as UTF-8 (its Vietnamese letters). */
export function downloadTemplate(kind: ImportKind): void {
  const url = URL.createObjectURL(new Blob(['\uFEFF', templateCsv(kind)], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = TEMPLATE_NAME[kind];
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked later: the browser reads the file after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
