/**
 * The wording and order of a periodic report as a document (Nghị định 30/2020/NĐ-CP), the one
 * source the DOCX and the PDF are both rendered from: the header block (issuing body, Quốc hiệu,
 * Tiêu ngữ, số, địa danh and date), title, kính gửi, basis, sections I–IV with the computed
 * figures (funding among them) written out as sentences, nơi nhận, signer and the Phụ lục 2 table.
 */
import type { AssessmentStatus, ModelStatus, ReportCategory } from '../../rules/contract';
import { formatDay } from '../../rules/dates';
import { MODEL_CATEGORY_VI } from '../../rules/labels';
import type { STATUS_DATE_KEYS } from '../models/model.model';
import { annexHeaders } from './annex';
import type { FundingTotalsDoc } from './funding';
import type { PeriodReportDataDoc, PeriodReportDoc } from './period-report.model';

const NATION = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
const DOCUMENT_KIND = 'BÁO CÁO';
const SECTION_HEADINGS = {
  results: 'I. KẾT QUẢ THỰC HIỆN',
  problems: 'II. HẠN CHẾ, VẤN ĐỀ ĐẶT RA',
  requests: 'III. KIẾN NGHỊ, ĐỀ XUẤT',
  nextPlan: 'IV. PHƯƠNG HƯỚNG',
} as const;
const NOTHING = 'Không có.';

const MODEL_STATUS: Record<ModelStatus, string> = {
  PLANNED: 'chưa triển khai',
  ESTABLISHED: 'đã thành lập',
  LAUNCHED: 'đã ra mắt',
  OPERATING: 'đang hoạt động',
  SUSPENDED: 'tạm dừng',
  ENDED: 'đã kết thúc',
};
const STAGE: Record<Exclude<(typeof STATUS_DATE_KEYS)[number], 'planned'>, string> = {
  established: 'thành lập',
  launched: 'ra mắt',
  operating: 'đi vào hoạt động',
  suspended: 'tạm dừng',
  ended: 'kết thúc',
};
const ASSESSMENT_STATUS: Record<AssessmentStatus, string> = {
  DRAFT: 'đang soạn',
  SUBMITTED: 'chờ thẩm định',
  APPRAISED: 'đã thẩm định, chờ công nhận',
  RETURNED: 'trả lại để bổ sung',
  RECOGNIZED: 'đã công nhận',
  NOT_RECOGNIZED: 'không được công nhận',
};
const REPORT_CATEGORY: Record<ReportCategory, string> = {
  CRIME: 'tội phạm',
  PRICE_GOUGING: 'chặt chém, hét giá',
  POOR_QUALITY_GOODS: 'hàng kém chất lượng',
  TOUTING: 'chèo kéo, đeo bám',
  DISORDER: 'mất trật tự',
  ACCIDENT_OR_DANGER: 'tai nạn, nguy hiểm',
  TRAFFIC: 'giao thông',
  OTHER: 'khác',
};
/** A stored value's label; a value the labels do not know yet is shown as it is rather than dropped. */
const label = (labels: Record<string, string>, value: string) => labels[value] ?? value;

/**
 * Text as one Unicode form, so a name typed with combining marks prints and extracts like any
 * other, without the control characters neither XML (DOCX) nor a font (PDF) can show.
 */
// eslint-disable-next-line no-control-regex
const clean = (text: string) => text.normalize('NFC').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
const upper = (text: string) => clean(text).toLocaleUpperCase('vi');
const number = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 2 });
/** "2026-03-05" as "05/03/2026". */
const shortDate = formatDay;
/** A narrative field as paragraphs, one per non-empty line. */
const paragraphs = (text: string | null) => (text ?? '').split('\n').map((line) => clean(line.trim())).filter(Boolean);

/**
 * "Thảo Nguyên, ngày 05 tháng 01 năm 2027": Nghị định 30 writes a day below 10 and the months
 * 1 and 2 with a leading zero, the other months without. A date not yet set leaves blanks to fill.
 */
function dateLine(place: string | null, issuedOn: string | null): string {
  const where = place ? clean(place) : '…………';
  if (!issuedOn) return `${where}, ngày     tháng     năm      `;
  const [y, m, d] = issuedOn.split('-').map(Number) as [number, number, number];
  return `${where}, ngày ${String(d).padStart(2, '0')} tháng ${m < 3 ? String(m).padStart(2, '0') : m} năm ${y}`;
}

/** The unit types whose issuing body is their people's committee (Ủy ban nhân dân). */
const COMMITTEE_UNIT = /^(Tỉnh|Thành phố|Phường|Xã|Đặc khu) /;

export interface UnitNames {
  name: string;
  /** The ward a neighbourhood belongs to, the body directly above it. */
  wardName: string | null;
}

/** The issuing body as the header writes it (in capitals) and as running text names it. */
function issuer(unit: UnitNames): { lines: Array<{ text: string; bold: boolean }>; name: string } {
  const name = clean(unit.name);
  if (COMMITTEE_UNIT.test(name)) {
    const running = name.replace(COMMITTEE_UNIT, (type) => type.toLocaleLowerCase('vi'));
    return { lines: [{ text: 'ỦY BAN NHÂN DÂN', bold: true }, { text: upper(name), bold: true }], name: `Ủy ban nhân dân ${running}` };
  }
  // A neighbourhood: the body directly above it on the first line, not bold (Nghị định 30).
  const above = unit.wardName ? [{ text: upper(`Ủy ban nhân dân ${unit.wardName}`), bold: false }] : [];
  return { lines: [...above, { text: upper(name), bold: true }], name };
}

/** "Báo cáo kết quả …" under the heading BÁO CÁO reads "Kết quả …". */
function subject(title: string): string {
  const rest = clean(title).replace(/^báo cáo\s+/i, '');
  return rest.charAt(0).toLocaleUpperCase('vi') + rest.slice(1);
}

/** "- Công an tỉnh;" per recipient; the file copy ("Lưu: VT") closes the list with a full stop. */
const recipientLine = (recipient: string) => {
  const text = clean(recipient.trim()).replace(/^-\s*/, '').replace(/[;.,]+$/, '');
  return `- ${text}${/^lưu\b/i.test(text) ? '.' : ';'}`;
};

/** "Camera an ninh: 17 camera (Tổ dân phố 3/2: 12; Chợ Thảo Nguyên: 5)". */
function figureLine(figure: PeriodReportDataDoc['figures'][number]): string {
  const parts = figure.parts.length ? ` (${figure.parts.map((p) => `${clean(p.label)}: ${number(p.value)}`).join('; ')})` : '';
  return clean(`${figure.indicator}: ${number(figure.total)} ${figure.unit}${parts}`);
}

function modelLines(models: PeriodReportDataDoc['models']): string[] {
  const byCategory = new Map<string, Array<{ status: string; count: number }>>();
  for (const m of models) byCategory.set(m.category, [...(byCategory.get(m.category) ?? []), m]);
  return [...byCategory].map(([category, rows]) => {
    const total = rows.reduce((sum, r) => sum + r.count, 0);
    return `${label(MODEL_CATEGORY_VI, category)}: ${number(total)} mô hình (${rows.map((r) => `${label(MODEL_STATUS, r.status)}: ${number(r.count)}`).join('; ')})`;
  });
}

function assessmentLines(assessments: PeriodReportDataDoc['assessments']): string[] {
  const byProgramme = new Map<string, PeriodReportDataDoc['assessments']>();
  for (const a of assessments) byProgramme.set(a.programmeId, [...(byProgramme.get(a.programmeId) ?? []), a]);
  return [...byProgramme.values()].map((rows) => {
    const first = rows[0] as PeriodReportDataDoc['assessments'][number];
    const name = first.programmeCode ? `${first.programmeName} (${first.programmeCode})` : first.programmeName;
    return clean(`${name}: ${rows.map((r) => `${label(ASSESSMENT_STATUS, r.status)}: ${number(r.count)}`).join('; ')}`);
  });
}

function publicReportLine(reports: PeriodReportDataDoc['publicReports']): string {
  if (reports.received === 0) return 'Không tiếp nhận phản ánh nào trong kỳ';
  const categories = reports.byCategory.map((c) => `${label(REPORT_CATEGORY, c.category)}: ${number(c.count)}`).join('; ');
  const minutes = reports.medianResponseMinutes;
  const median = minutes === null ? '' : `; thời gian trả lời trung vị ${minutes >= 60 ? `${Math.floor(minutes / 60)} giờ ${minutes % 60} phút` : `${minutes} phút`}`;
  return `Tiếp nhận ${number(reports.received)} phản ánh (${categories}); trả lời đúng hạn ${number(reports.answeredOnTime)}${median}`;
}

/** VND as Vietnamese documents write it: "150.000.000 đồng". */
export const dong = (amount: number) => `${Math.round(amount).toLocaleString('vi-VN')} đồng`;
export const NO_FUNDING_FIGURES = 'chưa có số liệu kinh phí';

/** "dự kiến 150.000.000 đồng; đã chi 50.000.000 đồng (1 khoản chưa có số liệu kinh phí)", or that there are no figures. */
function amounts(t: Pick<FundingTotalsDoc, 'planned' | 'spent' | 'rows' | 'rowsWithoutAmount'>): string {
  if (t.rowsWithoutAmount >= t.rows) return NO_FUNDING_FIGURES;
  const given = [t.planned === null ? null : `dự kiến ${dong(t.planned)}`, t.spent === null ? null : `đã chi ${dong(t.spent)}`].filter(Boolean).join('; ');
  return t.rowsWithoutAmount ? `${given} (${number(t.rowsWithoutAmount)} khoản ${NO_FUNDING_FIGURES})` : given;
}

/** Kinh phí: the total of the period's years, then each source with its legal basis. */
export function fundingLines(funding: FundingTotalsDoc | undefined): string[] {
  if (!funding || funding.rows === 0) return [];
  const years = funding.fromYear === funding.year ? `năm ${funding.year}` : `giai đoạn ${funding.fromYear}-${funding.year}`;
  return [
    `Tổng kinh phí ${years} (${number(funding.bySource.length)} nguồn): ${amounts(funding)}`,
    ...funding.bySource.map((s) => clean(`${s.source}${s.legalBasis ? ` (${s.legalBasis})` : ''}: ${amounts(s)}`)),
  ];
}

/** A group of computed lines as the list prints it: "- Heading:" and "+ line" under it. */
const group = (heading: string, lines: string[]) => ({ heading: `- ${heading}:`, lines: (lines.length ? lines : [NOTHING]).map((line) => `+ ${line}`) });

/** Layout both documents share: the issuing body's share of the header block (the rest holds the Quốc hiệu on one line) and the annex's relative column widths (STT … kiến nghị). */
export const HEADER_LEFT_SHARE = 0.38;
export const ANNEX_COLUMN_WEIGHTS = [12, 26, 20, 30, 40, 32, 30, 28];

export interface DocumentSection {
  heading: string;
  paragraphs: string[];
  /** Section I only: the computed figures, each group a lead-in and its lines. */
  figures?: { lead: string; groups: Array<{ heading: string; lines: string[] }> };
}

/** Everything the documents print, in print order. */
export interface ReportDocument {
  issuer: Array<{ text: string; bold: boolean }>;
  number: string;
  nation: string;
  motto: string;
  dateLine: string;
  kind: string;
  subject: string;
  addressee: string | null;
  basis: string[];
  sections: DocumentSection[];
  closing: string;
  recipientsHeading: string;
  recipients: string[];
  signerTitle: string[];
  signerName: string;
  annex: { title: string; subject: string; note: string; headers: string[]; rows: string[][] };
}

export function reportDocument(report: PeriodReportDoc, data: PeriodReportDataDoc, unit: UnitNames): ReportDocument {
  const body = issuer(unit);
  const basis = report.basis.map((line) => clean(line.trim())).filter(Boolean);
  // The basis usually ends "…, <body> báo cáo như sau:"; say it when the given lines do not.
  if (!/như sau:?$/i.test(basis.at(-1) ?? '')) basis.push(`${body.name} báo cáo như sau:`);
  const modelChanges = data.modelChanges.map((c) => `${label(STAGE, c.stage)} ${number(c.count)}`).join(', ');
  const orNothing = (lines: string[]) => (lines.length ? lines : [NOTHING]);
  const issued = report.issuedOn ? shortDate(report.issuedOn) : '   /   /     ';
  return {
    issuer: body.lines,
    number: `Số: ${report.number ? clean(report.number) : '        '}`,
    nation: NATION,
    motto: MOTTO,
    dateLine: dateLine(report.place, report.issuedOn),
    kind: DOCUMENT_KIND,
    subject: subject(report.title),
    addressee: report.addressee ? `Kính gửi: ${clean(report.addressee.trim()).replace(/\.$/, '')}.` : null,
    basis,
    sections: [
      {
        heading: SECTION_HEADINGS.results,
        paragraphs: paragraphs(report.results),
        figures: {
          lead: `Số liệu tổng hợp trong kỳ (từ ngày ${shortDate(report.from)} đến ngày ${shortDate(report.to)}):`,
          groups: [
            group('Mô hình theo loại và trạng thái', modelLines(data.models)),
            group('Mô hình chuyển giai đoạn trong kỳ', [`${modelChanges.charAt(0).toLocaleUpperCase('vi')}${modelChanges.slice(1)} mô hình`]),
            group('Số liệu kết quả', data.figures.map(figureLine)),
            group('Đánh giá, công nhận', assessmentLines(data.assessments)),
            group('Tiếp nhận phản ánh của người dân', [publicReportLine(data.publicReports)]),
            group('Kinh phí', fundingLines(data.funding)),
          ],
        },
      },
      { heading: SECTION_HEADINGS.problems, paragraphs: orNothing(paragraphs(report.problems)) },
      { heading: SECTION_HEADINGS.requests, paragraphs: orNothing(paragraphs(report.requests)) },
      { heading: SECTION_HEADINGS.nextPlan, paragraphs: orNothing(paragraphs(report.nextPlan)) },
    ],
    closing: `Trên đây là báo cáo của ${body.name}./.`,
    recipientsHeading: 'Nơi nhận:',
    recipients: report.recipients.filter((r) => r.trim()).map(recipientLine),
    signerTitle: paragraphs(report.signerTitle).map(upper),
    signerName: report.signerName ? clean(report.signerName) : '',
    annex: {
      title: 'PHỤ LỤC 2',
      // As the XLSX annex (annex.ts) titles it.
      subject: clean(`Thống kê các mô hình đảm bảo an ninh, trật tự trên địa bàn ${unit.name}`),
      note: `(Kèm theo Báo cáo số ${report.number ? clean(report.number) : '      '} ngày ${issued})`,
      headers: annexHeaders(report).map(clean),
      rows: data.annex.map((row, i) => [String(i + 1), row.name, row.unitName, row.context, row.results, row.problems, row.nextPlan, row.requests].map((cell) => clean(cell ?? ''))),
    },
  };
}
