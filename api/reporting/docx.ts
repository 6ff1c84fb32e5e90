/**
 * A periodic report as DOCX (the `docx` package) in the format of Nghị định 30/2020/NĐ-CP: A4,
 * Times New Roman, margins 20/20/30/15 mm (top/bottom/left/right), the header block as a
 * borderless two-column table, page numbers centred at the top from page 2, and Phụ lục 2 as a
 * table on a landscape section. The wording comes from document-text.ts.
 */
import {
  AlignmentType,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { ANNEX_COLUMN_WEIGHTS, HEADER_LEFT_SHARE, type ReportDocument } from './document-text';

const FONT = 'Times New Roman';
/** docx sizes are in half-points. */
const pt = (size: number) => size * 2;
const A4 = { width: 11906, height: 16838 };
/** Millimetres in twips, rounded up so that no margin falls under Nghị định 30's minimum. */
const mm = (millimetres: number) => Math.ceil((millimetres * 1440) / 25.4);
const MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) };
const PORTRAIT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
const LANDSCAPE_WIDTH = A4.height - MARGIN.left - MARGIN.right;
/** First-line indent of body paragraphs (1 cm) and the space after them (6 pt). */
const INDENT = mm(10);
const AFTER = 120;

interface Style {
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  size?: number;
  align?: (typeof AlignmentType)[keyof typeof AlignmentType];
  indent?: boolean;
  after?: number;
  before?: number;
}

function line(text: string, style: Style = {}): Paragraph {
  return new Paragraph({
    alignment: style.align ?? AlignmentType.CENTER,
    indent: style.indent ? { firstLine: INDENT } : undefined,
    spacing: { before: style.before ?? 0, after: style.after ?? 0 },
    children: [new TextRun({ text, bold: style.bold, italics: style.italics, underline: style.underline ? {} : undefined, size: style.size ? pt(style.size) : undefined })],
  });
}
const body = (text: string, style: Style = {}) => line(text, { align: AlignmentType.JUSTIFIED, indent: true, after: AFTER, ...style });

const cell = (width: number, children: Paragraph[]) => new TableCell({ width: { size: width, type: WidthType.DXA }, children });

/**
 * A borderless table of two columns across the page, the left taking `leftShare` of it: the layout
 * Nghị định 30 uses for the header block and the signature block. Its rows never split across pages.
 */
function twoColumns(leftShare: number, rows: Array<[Paragraph[], Paragraph[]]>): Table {
  const widths = [Math.round(PORTRAIT_WIDTH * leftShare), PORTRAIT_WIDTH - Math.round(PORTRAIT_WIDTH * leftShare)] as const;
  return new Table({
    width: { size: PORTRAIT_WIDTH, type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: rows.map(([left, right]) => new TableRow({ cantSplit: true, children: [cell(widths[0], left), cell(widths[1], right)] })),
  });
}

function headerBlock(doc: ReportDocument): Table {
  return twoColumns(
    HEADER_LEFT_SHARE,
    [
      [doc.issuer.map((l) => line(l.text, { bold: l.bold, size: 13 })), [line(doc.nation, { bold: true, size: 12 }), line(doc.motto, { bold: true, underline: true, size: 14 })]],
      [[line(doc.number, { size: 13, before: 120 })], [line(doc.dateLine, { italics: true, size: 14, before: 120 })]],
    ],
  );
}

function mainBody(doc: ReportDocument): Array<Paragraph | Table> {
  const sections = doc.sections.flatMap((section) => [
    body(section.heading, { bold: true, before: 120 }),
    ...section.paragraphs.map((p) => body(p)),
    ...(section.figures ? [body(section.figures.lead), ...section.figures.groups.flatMap((g) => [body(g.heading), ...g.lines.map((l) => body(l))])] : []),
  ]);
  return [
    headerBlock(doc),
    line(doc.kind, { bold: true, size: 14, before: 360 }),
    line(doc.subject, { bold: true, size: 14, after: 240 }),
    ...(doc.addressee ? [line(doc.addressee, { size: 14, after: 240 })] : []),
    ...doc.basis.map((b) => body(b)),
    ...sections,
    body(doc.closing),
    signatureBlock(doc),
  ];
}

function signatureBlock(doc: ReportDocument): Table {
  const left = [
    line(doc.recipientsHeading, { bold: true, italics: true, size: 12, align: AlignmentType.LEFT }),
    ...doc.recipients.map((r) => line(r, { size: 11, align: AlignmentType.LEFT })),
  ];
  // Room to sign and stamp between the title and the name.
  const right = [...doc.signerTitle.map((t) => line(t, { bold: true, size: 14 })), ...[1, 2, 3, 4].map(() => line('')), line(doc.signerName, { bold: true, size: 14 })];
  return twoColumns(0.45, [[left, right]]);
}

function annexTable(annex: ReportDocument['annex']): Table {
  const sum = ANNEX_COLUMN_WEIGHTS.reduce((a, b) => a + b, 0);
  const widths = ANNEX_COLUMN_WEIGHTS.map((w) => Math.floor((LANDSCAPE_WIDTH * w) / sum));
  const row = (cells: string[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      children: cells.map((text, i) =>
        cell(
          widths[i] as number,
          text.split('\n').map((p) => line(p, { size: 12, bold: header, align: header || i === 0 ? AlignmentType.CENTER : AlignmentType.LEFT })),
        ),
      ),
    });
  return new Table({
    width: { size: LANDSCAPE_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [row(annex.headers, true), ...annex.rows.map((cells) => row(cells, false))],
  });
}

export function reportDocx(doc: ReportDocument): Promise<Buffer> {
  const pageNumber = new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: pt(14) })] });
  const main: ISectionOptions = {
    properties: { titlePage: true, page: { size: { ...A4, orientation: PageOrientation.PORTRAIT }, margin: MARGIN } },
    headers: { default: new Header({ children: [pageNumber] }), first: new Header({ children: [new Paragraph({})] }) },
    children: mainBody(doc),
  };
  // The annex keeps the default header (Word carries it over), so its pages are numbered on.
  const annex: ISectionOptions = {
    properties: { page: { size: { ...A4, orientation: PageOrientation.LANDSCAPE }, margin: MARGIN } },
    children: [
      line(doc.annex.title, { bold: true, size: 14 }),
      line(doc.annex.subject, { bold: true, size: 14 }),
      line(doc.annex.note, { italics: true, size: 14, after: 240 }),
      annexTable(doc.annex),
    ],
  };
  const document = new Document({
    creator: 'Hệ thống quản lý mô hình ANTT',
    title: doc.subject,
    styles: { default: { document: { run: { font: FONT, size: pt(14) } } } },
    sections: [main, annex],
  });
  return Packer.toBuffer(document);
}
