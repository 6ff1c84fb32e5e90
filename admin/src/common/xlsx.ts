/**
 * The XLSX file of an export, written with ExcelJS in the browser. ResourceList loads this module
 * with import() only when someone exports to Excel, so ExcelJS (about 1 MB) is a chunk of its own,
 * not part of the console's first load.
 */
import ExcelJS from 'exceljs';
import { csvText, type Cell } from './export';

/** One sheet: bold header row kept in view, numbers as numbers, days and times as real dates (in Vietnam's time). */
export async function toXlsx(sheetName: string, headers: string[], rows: Cell[][]): Promise<Blob> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date();
  // Excel refuses sheet names over 31 characters or with []:*?/\
  const sheet = workbook.addWorksheet(sheetName.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(headers).font = { bold: true };
  for (const row of rows) {
    const added = sheet.addRow(row.map((c) => (c !== null && typeof c === 'object' ? c.at : c)));
    row.forEach((c, i) => {
      if (c !== null && typeof c === 'object') added.getCell(i + 1).numFmt = c.time ? 'dd/mm/yyyy hh:mm' : 'dd/mm/yyyy';
    });
  }
  headers.forEach((h, i) => {
    const widest = rows.reduce((w, r) => Math.max(w, csvText(r[i] ?? null).length), h.length);
    sheet.getColumn(i + 1).width = Math.min(60, Math.max(8, widest + 2));
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}
