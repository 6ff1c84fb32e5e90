/**
 * A periodic report as PDF (pdfkit), for reading on a phone: A4 portrait with the margins of the
 * DOCX, the same content in the same order (document-text.ts), page numbers at the top from page
 * 2, and Phụ lục 2 as a table on landscape pages whose rows continue on the next page rather than
 * being cut. Noto Serif (SIL OFL 1.1, from @expo-google-fonts/noto-serif) is embedded: it has
 * every Vietnamese letter in regular, bold and italic, and a PDF must not count on the reader's fonts.
 */
import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { ANNEX_COLUMN_WEIGHTS, HEADER_LEFT_SHARE, type ReportDocument } from './document-text';

type Pdf = PDFKit.PDFDocument;

const FONT_FILES = {
  regular: '400Regular/NotoSerif_400Regular.ttf',
  bold: '700Bold/NotoSerif_700Bold.ttf',
  italic: '400Regular_Italic/NotoSerif_400Regular_Italic.ttf',
  boldItalic: '700Bold_Italic/NotoSerif_700Bold_Italic.ttf',
} as const;
type FontName = keyof typeof FONT_FILES;
let fonts: Record<FontName, Buffer> | null = null;
/** The font files, read once. */
function fontData(): Record<FontName, Buffer> {
  fonts ??= Object.fromEntries(
    Object.entries(FONT_FILES).map(([name, file]) => [name, readFileSync(require.resolve(`@expo-google-fonts/noto-serif/${file}`))]),
  ) as Record<FontName, Buffer>;
  return fonts;
}

const MM = 72 / 25.4;
const MARGINS = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };
const BODY_SIZE = 13;
const INDENT = 10 * MM;
const ANNEX_SIZE = 9;
const CELL_PADDING = 3;

interface Run {
  text: string;
  font?: FontName;
  size?: number;
  underline?: boolean;
}

const contentWidth = (pdf: Pdf) => pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;

/** Lines in a column from `y`; returns where the column ends. */
function column(pdf: Pdf, runs: Run[], x: number, width: number, y: number, align: 'center' | 'left'): number {
  pdf.y = y;
  for (const run of runs) pdf.font(run.font ?? 'regular').fontSize(run.size ?? BODY_SIZE).text(run.text, x, pdf.y, { width, align, underline: run.underline });
  return pdf.y;
}

/** Two columns side by side, the right one centred, the left taking `leftShare` of the width; the cursor goes below the longer. */
function twoColumns(pdf: Pdf, leftShare: number, left: Run[], right: Run[], leftAlign: 'center' | 'left' = 'center'): void {
  const x = pdf.page.margins.left;
  const leftWidth = contentWidth(pdf) * leftShare;
  const y = pdf.y;
  const leftEnd = column(pdf, left, x, leftWidth, y, leftAlign);
  const rightEnd = column(pdf, right, x + leftWidth, contentWidth(pdf) - leftWidth, y, 'center');
  pdf.x = x;
  pdf.y = Math.max(leftEnd, rightEnd);
}

function paragraph(pdf: Pdf, text: string, font: FontName = 'regular'): void {
  pdf.font(font).fontSize(BODY_SIZE).text(text, pdf.page.margins.left, pdf.y, { align: 'justify', indent: INDENT, paragraphGap: 4, lineGap: 1 });
}
function centred(pdf: Pdf, text: string, font: FontName, gapAfter = 0): void {
  pdf.font(font).fontSize(BODY_SIZE + 1).text(text, pdf.page.margins.left, pdf.y, { align: 'center', width: contentWidth(pdf) });
  pdf.moveDown(gapAfter);
}

/** The lines `text` wraps to within `width` at the current font, breaking inside a word only when it is wider than the line. */
function wrap(pdf: Pdf, text: string, width: number): string[] {
  const lines: string[] = [];
  for (const para of text.split('\n')) {
    let current = '';
    for (const word of para.split(/\s+/).filter(Boolean)) {
      const candidate = current ? `${current} ${word}` : word;
      if (pdf.widthOfString(candidate) <= width) {
        current = candidate;
        continue;
      }
      if (current) lines.push(current);
      current = '';
      for (const char of word) {
        if (current && pdf.widthOfString(current + char) > width) {
          lines.push(current);
          current = '';
        }
        current += char;
      }
    }
    lines.push(current);
  }
  return lines;
}

/**
 * Phụ lục 2 as a table: the header row on every page, each row's lines drawn as far as the page
 * takes them and continued (with the header again) on the next landscape page.
 */
function annexTable(pdf: Pdf, headers: string[], rows: string[][]): void {
  const x0 = pdf.page.margins.left;
  const sum = ANNEX_COLUMN_WEIGHTS.reduce((a, b) => a + b, 0);
  const widths = ANNEX_COLUMN_WEIGHTS.map((w) => (contentWidth(pdf) * w) / sum);
  const lefts = widths.map((_, i) => x0 + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const lineHeight = pdf.font('regular').fontSize(ANNEX_SIZE).currentLineHeight(true);
  const wrapped = (cells: string[], font: FontName) => {
    pdf.font(font).fontSize(ANNEX_SIZE);
    return cells.map((text, i) => wrap(pdf, text, (widths[i] as number) - 2 * CELL_PADDING));
  };
  let y = pdf.y;
  const slice = (cells: string[][], font: FontName, from: number, count: number, centre: (column: number) => boolean) => {
    pdf.font(font).fontSize(ANNEX_SIZE);
    const height = count * lineHeight + 2 * CELL_PADDING;
    cells.forEach((lines, i) => {
      const width = widths[i] as number;
      pdf.lineWidth(0.5).rect(lefts[i] as number, y, width, height).stroke();
      lines.slice(from, from + count).forEach((text, k) => {
        const offset = centre(i) ? (width - 2 * CELL_PADDING - pdf.widthOfString(text)) / 2 : 0;
        pdf.text(text, (lefts[i] as number) + CELL_PADDING + offset, y + CELL_PADDING + k * lineHeight, { lineBreak: false });
      });
    });
    y += height;
  };
  const headerCells = wrapped(headers, 'bold');
  const headerLines = Math.max(...headerCells.map((c) => c.length));
  const header = () => slice(headerCells, 'bold', 0, headerLines, () => true);
  const newPage = () => {
    pdf.addPage({ size: 'A4', layout: 'landscape', margins: MARGINS });
    y = pdf.page.margins.top;
    header();
  };
  const room = () => Math.floor((pdf.page.maxY() - y - 2 * CELL_PADDING) / lineHeight);
  header();
  for (const row of rows) {
    const cells = wrapped(row, 'regular');
    const total = Math.max(...cells.map((c) => c.length));
    // A row starts on a new page unless its first lines (up to three) fit here.
    if (room() < Math.min(total, 3)) newPage();
    for (let drawn = 0; drawn < total; ) {
      if (drawn > 0) newPage();
      const count = Math.min(total - drawn, room());
      slice(cells, 'regular', drawn, count, (column) => column === 0);
      drawn += count;
    }
  }
  pdf.x = x0;
  pdf.y = y;
}

/** Page numbers centred at the top from page 2, as in the DOCX. */
function numberPages(pdf: Pdf): void {
  const range = pdf.bufferedPageRange();
  for (let i = range.start + 1; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    const label = String(i + 1);
    pdf.font('regular').fontSize(BODY_SIZE);
    pdf.text(label, (pdf.page.width - pdf.widthOfString(label)) / 2, 10 * MM, { lineBreak: false });
  }
}

export function reportPdf(doc: ReportDocument): Promise<Buffer> {
  const pdf = new PDFDocument({ size: 'A4', margins: MARGINS, bufferPages: true, lang: 'vi', info: { Title: doc.subject, Creator: 'Hệ thống quản lý mô hình ANTT' } });
  for (const [name, data] of Object.entries(fontData())) pdf.registerFont(name, data);
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

  twoColumns(
    pdf,
    HEADER_LEFT_SHARE,
    doc.issuer.map((l) => ({ text: l.text, font: l.bold ? 'bold' : 'regular', size: 12 })),
    [
      { text: doc.nation, font: 'bold', size: 12 },
      { text: doc.motto, font: 'bold', size: 13, underline: true },
    ],
  );
  pdf.moveDown(0.5);
  twoColumns(pdf, HEADER_LEFT_SHARE, [{ text: doc.number, size: 12 }], [{ text: doc.dateLine, font: 'italic', size: 13 }]);
  pdf.moveDown(1.5);
  centred(pdf, doc.kind, 'bold');
  centred(pdf, doc.subject, 'bold', 1);
  if (doc.addressee) centred(pdf, doc.addressee, 'regular', 1);
  for (const line of doc.basis) paragraph(pdf, line);
  for (const section of doc.sections) {
    paragraph(pdf, section.heading, 'bold');
    for (const p of section.paragraphs) paragraph(pdf, p);
    if (section.figures) {
      paragraph(pdf, section.figures.lead);
      for (const group of section.figures.groups) for (const line of [group.heading, ...group.lines]) paragraph(pdf, line);
    }
  }
  paragraph(pdf, doc.closing);

  // The signature block stays on one page.
  const left: Run[] = [{ text: doc.recipientsHeading, font: 'boldItalic', size: 11 }, ...doc.recipients.map((text) => ({ text, size: 10 }))];
  const right: Run[] = [...doc.signerTitle.map((text): Run => ({ text, font: 'bold' })), { text: '\n\n\n' }, { text: doc.signerName, font: 'bold' }];
  const height = (runs: Run[], width: number) => runs.reduce((h, r) => h + pdf.font(r.font ?? 'regular').fontSize(r.size ?? BODY_SIZE).heightOfString(r.text, { width }), 0);
  pdf.moveDown(0.5);
  if (pdf.y + Math.max(height(left, contentWidth(pdf) * 0.45), height(right, contentWidth(pdf) * 0.55)) > pdf.page.maxY()) pdf.addPage();
  twoColumns(pdf, 0.45, left, right, 'left');

  pdf.addPage({ size: 'A4', layout: 'landscape', margins: MARGINS });
  centred(pdf, doc.annex.title, 'bold');
  centred(pdf, doc.annex.subject, 'bold');
  centred(pdf, doc.annex.note, 'italic', 0.5);
  annexTable(pdf, doc.annex.headers, doc.annex.rows);

  numberPages(pdf);
  pdf.end();
  return done;
}
