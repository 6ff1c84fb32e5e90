/**
 * Phụ lục 2 of a periodic report as XLSX (exceljs), with the columns of seed 004's annex
 * ("Thống kê các mô hình đảm bảo an ninh, trật tự"): STT, the model, where it runs, and its
 * narrative fields, and the funding (Kinh phí) on a second sheet. Cells are written as text, never as formulas, so a name such as
 * "=HYPERLINK(…)" stays a name in the spreadsheet.
 */
import ExcelJS from 'exceljs';
import type { PeriodReportDataDoc, PeriodReportDoc } from './period-report.model';

/** The annex's column headers; the last two name the plan's period and the addressee, as in seed 004. */
export function annexHeaders(report: Pick<PeriodReportDoc, 'nextPlanPeriod' | 'addressee' | 'requestsTo'>): string[] {
  return [
    'STT',
    'Tên mô hình',
    'Đơn vị/địa bàn thực hiện',
    'Bối cảnh xây dựng mô hình',
    'Kết quả nổi bật của mô hình',
    'Những vấn đề đặt ra qua thực tiễn triển khai',
    `Phương án thực hiện trong giai đoạn ${report.nextPlanPeriod ?? 'tới'}`,
    `Kiến nghị đối với ${report.requestsTo ?? report.addressee ?? 'cấp trên'}`,
  ];
}

const WIDTHS = [6, 28, 22, 36, 48, 40, 36, 32];

/** A cell's text as written: an empty field is an empty cell, and nothing is read as a formula. */
const textCell = (value: string | null | undefined) => value ?? '';

export async function annexXlsx(report: PeriodReportDoc, data: PeriodReportDataDoc, unitName: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Hệ thống quản lý mô hình ANTT';
  const sheet = book.addWorksheet('Phụ lục 2', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } },
    views: [{ state: 'frozen', ySplit: 4 }],
  });
  sheet.columns = WIDTHS.map((width) => ({ width }));
  const titleRow = (row: number, text: string, bold: boolean) => {
    sheet.mergeCells(row, 1, row, WIDTHS.length);
    const cell = sheet.getCell(row, 1);
    cell.value = text;
    cell.font = { name: 'Times New Roman', size: 13, bold };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  };
  titleRow(1, 'PHỤ LỤC 2', true);
  titleRow(2, `Thống kê các mô hình đảm bảo an ninh, trật tự trên địa bàn ${unitName}`, true);
  titleRow(3, `(Kèm theo Báo cáo số ${report.number ?? '      '} ngày ${report.issuedOn ? report.issuedOn.split('-').reverse().join('/') : '   /   /     '})`, false);
  const header = sheet.getRow(4);
  header.values = annexHeaders(report);
  header.font = { name: 'Times New Roman', size: 12, bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  data.annex.forEach((row, i) => {
    const r = sheet.addRow([i + 1, textCell(row.name), textCell(row.unitName), textCell(row.context), textCell(row.results), textCell(row.problems), textCell(row.nextPlan), textCell(row.requests)]);
    r.font = { name: 'Times New Roman', size: 12 };
    r.alignment = { vertical: 'top', wrapText: true };
    r.getCell(1).alignment = { horizontal: 'center', vertical: 'top' };
  });
  const border = { style: 'thin' as const };
  for (let r = 4; r <= sheet.rowCount; r++) for (let c = 1; c <= WIDTHS.length; c++) sheet.getCell(r, c).border = { top: border, left: border, bottom: border, right: border };
  sheet.pageSetup.printTitlesRow = '4:4';
  fundingSheet(book, data);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const FUNDING_HEADERS = ['STT', 'Nguồn kinh phí', 'Căn cứ', 'Kinh phí dự kiến (đồng)', 'Kinh phí đã chi (đồng)', 'Ghi chú'];
const FUNDING_WIDTHS = [6, 40, 36, 22, 22, 36];

/** Kinh phí on a second sheet: a row per source and the total; amounts as numbers, an empty cell where none was given. */
function fundingSheet(book: ExcelJS.Workbook, data: PeriodReportDataDoc): void {
  const funding = data.funding;
  if (!funding || funding.rows === 0) return;
  const sheet = book.addWorksheet('Kinh phí', { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.columns = FUNDING_WIDTHS.map((width) => ({ width }));
  const years = funding.fromYear === funding.year ? `năm ${funding.year}` : `giai đoạn ${funding.fromYear}-${funding.year}`;
  sheet.mergeCells(1, 1, 1, FUNDING_HEADERS.length);
  const title = sheet.getCell(1, 1);
  title.value = `Kinh phí thực hiện các mô hình ${years}`;
  title.font = { name: 'Times New Roman', size: 13, bold: true };
  title.alignment = { horizontal: 'center' };
  const header = sheet.getRow(2);
  header.values = FUNDING_HEADERS;
  header.font = { name: 'Times New Roman', size: 12, bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  const note = (t: { rows: number; rowsWithoutAmount: number }) =>
    t.rowsWithoutAmount >= t.rows ? 'Chưa có số liệu kinh phí' : t.rowsWithoutAmount ? `${t.rowsWithoutAmount} khoản chưa có số liệu kinh phí` : '';
  const rows = [
    ...funding.bySource.map((s, i) => [i + 1, textCell(s.source), textCell(s.legalBasis), s.planned, s.spent, note(s)]),
    ['', 'Tổng cộng', '', funding.planned, funding.spent, note(funding)],
  ];
  for (const values of rows) {
    const r = sheet.addRow(values);
    r.font = { name: 'Times New Roman', size: 12, bold: values[1] === 'Tổng cộng' };
    r.alignment = { vertical: 'top', wrapText: true };
    for (const c of [4, 5]) r.getCell(c).numFmt = '#,##0';
  }
  const border = { style: 'thin' as const };
  for (let r = 2; r <= sheet.rowCount; r++) for (let c = 1; c <= FUNDING_HEADERS.length; c++) sheet.getCell(r, c).border = { top: border, left: border, bottom: border, right: border };
}
