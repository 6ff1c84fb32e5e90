/**
 * The periodic report as documents: DOCX in the format of Nghị định 30/2020/NĐ-CP (page, margins,
 * header block, sections, nơi nhận, signer, page numbers from page 2, Phụ lục 2 on a landscape
 * section) and PDF with an embedded Vietnamese font, both downloaded over HTTP within the scope.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import JSZip from 'jszip';
import { fixtureIds, startTestApp, type FixtureIds, type TestApp } from './helpers/app';

let app: TestApp;
let id: FixtureIds;
let reportId = '';

const REPORT = {
  periodKind: 'YEAR',
  year: 2026,
  number: '15/BC-UBND',
  place: 'Thảo Nguyên',
  issuedOn: '2027-01-05',
  addressee: 'Công an tỉnh Sơn La',
  nextPlanPeriod: '2027',
  basis: ['Thực hiện Kế hoạch số 12/KH-CAT ngày 10/01/2026 của Công an tỉnh Sơn La về phong trào toàn dân bảo vệ an ninh Tổ quốc;'],
  recipients: ['Công an tỉnh Sơn La', 'Thường trực Đảng ủy phường', 'Lưu: VT'],
  signerTitle: 'Chủ tịch',
  signerName: 'Lò Văn Thắng',
  results: 'Các mô hình camera hoạt động ổn định, góp phần giữ vững an ninh trật tự.',
  problems: 'Kinh phí duy trì đường truyền camera còn thiếu.',
  requests: 'Đề nghị Công an tỉnh hỗ trợ kinh phí bảo trì camera.',
  nextPlan: 'Mở rộng camera an ninh ra các tổ dân phố còn lại.',
};
const FIGURE_LINE = 'Camera an ninh: 17 camera (Tổ dân phố 3/2: 12; Chợ Thảo Nguyên: 5)';

const download = (path: string, user?: string) =>
  (user ? app.token(user) : Promise.resolve(null)).then((t) => fetch(`${app.url}/exports/period-reports/${path}`, { headers: t ? { authorization: `Bearer ${t}` } : {} }));

beforeAll(async () => {
  app = await startTestApp();
  id = await fixtureIds(app);
  const made = await app.gql(
    'mutation($input: ModelCreateInput!) { createModel(input: $input) { id } }',
    {
      input: {
        name: 'Camera an ninh Thảo Nguyên',
        category: 'CAMERA',
        unitId: id.thaonguyen,
        leadBody: 'Công an phường Thảo Nguyên',
        status: 'OPERATING',
        statusDates: { launched: '2026-03-02' },
        context: 'Địa bàn có chợ đêm đông khách du lịch.',
        results: 'Phát hiện 2 vụ trộm cắp',
        problems: 'Đường truyền chập chờn',
        nextPlan: 'Lắp thêm 5 camera',
        requests: 'Hỗ trợ kinh phí',
        figures: [
          { indicator: 'Camera an ninh', value: 12, unit: 'camera', period: '2026', place: 'Tổ dân phố 3/2' },
          { indicator: 'Camera an ninh', value: 5, unit: 'camera', period: '2026-Q3', place: 'Chợ Thảo Nguyên' },
        ],
      },
    },
    'thaonguyen',
  );
  if (made.errors) throw new Error(JSON.stringify(made.errors));
  const created = await app.gql<{ createPeriodReport: { id: string } }>(
    'mutation($input: PeriodReportCreateInput!) { createPeriodReport(input: $input) { id } }',
    { input: { unitId: id.thaonguyen, ...REPORT } },
    'thaonguyen',
  );
  if (!created.data) throw new Error(JSON.stringify(created.errors));
  reportId = created.data.createPeriodReport.id;
});
afterAll(() => app.close());

// ---------------------------------------------------------------- reading a DOCX back

const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
/** Every paragraph's text, in document order (table cells included). */
const paragraphsOf = (xml: string) => [...xml.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)].map((p) => unescapeXml([...(p[1] as string).matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')));
const tablesOf = (xml: string) => [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) => t[1] as string);
/** A table's cells, each cell's paragraphs joined by line breaks. */
const cellsOf = (table: string) => [...table.matchAll(/<w:tr(?:\s[^>]*)?>([\s\S]*?)<\/w:tr>/g)].map((r) => [...(r[1] as string).matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => paragraphsOf(c[1] as string).join('\n')));
/** The run holding `text`, with its properties. */
const runOf = (xml: string, text: string) => [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((r) => r[1] as string).find((r) => r.includes(`>${text}</w:t>`)) ?? '';
const twipsToMm = (twips: string) => (Number(twips) * 25.4) / 1440;

async function docx(user = 'thaonguyen', report = reportId) {
  const res = await download(`${report}.docx`, user);
  expect(res.status).toBe(200);
  const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
  const read = (name: string) => zip.file(name)?.async('string') ?? Promise.reject(new Error(`no ${name} in the DOCX`));
  return { res, zip, read, xml: await read('word/document.xml') };
}

describe('the report as DOCX', () => {
  test('the header block, title, addressee, basis, every section, nơi nhận and signer, in order', async () => {
    const { res, xml } = await docx();
    expect(res.headers.get('content-type')).toContain('wordprocessingml');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename=bao-cao-Phuong-Thao-Nguyen-2026\.docx; filename\*=UTF-8''/);

    const [header, signature] = tablesOf(xml).map(cellsOf);
    expect(header).toEqual([
      ['ỦY BAN NHÂN DÂN\nPHƯỜNG THẢO NGUYÊN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc'],
      ['Số: 15/BC-UBND', 'Thảo Nguyên, ngày 05 tháng 01 năm 2027'],
    ]);
    // The header block has no borders; the issuing body and Quốc hiệu are bold, the Tiêu ngữ also underlined, the date in italics.
    expect(tablesOf(xml)[0]).toMatch(/<w:tblBorders>(?:<w:\w+ w:val="none"[^>]*\/>)+<\/w:tblBorders>/);
    for (const text of ['ỦY BAN NHÂN DÂN', 'PHƯỜNG THẢO NGUYÊN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']) expect(runOf(xml, text)).toContain('<w:b/>');
    expect(runOf(xml, 'Độc lập - Tự do - Hạnh phúc')).toMatch(/<w:b\/>[\s\S]*<w:u w:val="single"\/>/);
    expect(runOf(xml, 'Thảo Nguyên, ngày 05 tháng 01 năm 2027')).toContain('<w:i/>');
    expect(runOf(xml, 'BÁO CÁO')).toContain('<w:b/>');
    expect(signature).toEqual([
      ['Nơi nhận:\n- Công an tỉnh Sơn La;\n- Thường trực Đảng ủy phường;\n- Lưu: VT.', 'CHỦ TỊCH\n\n\n\n\nLò Văn Thắng'],
    ]);
    expect(runOf(xml, 'Lò Văn Thắng')).toContain('<w:b/>');

    // The body, outside the two tables, paragraph by paragraph.
    const body = paragraphsOf(xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '')).filter(Boolean);
    const main = body.slice(0, body.indexOf('PHỤ LỤC 2'));
    expect(main).toEqual([
      'BÁO CÁO',
      'Kết quả thực hiện phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2026',
      'Kính gửi: Công an tỉnh Sơn La.',
      REPORT.basis[0],
      'Ủy ban nhân dân phường Thảo Nguyên báo cáo như sau:',
      'I. KẾT QUẢ THỰC HIỆN',
      REPORT.results,
      'Số liệu tổng hợp trong kỳ (từ ngày 01/01/2026 đến ngày 31/12/2026):',
      '- Mô hình theo loại và trạng thái:',
      '+ Camera an ninh: 1 mô hình (đang hoạt động: 1)',
      '- Mô hình chuyển giai đoạn trong kỳ:',
      '+ Thành lập 0, ra mắt 1, đi vào hoạt động 0, tạm dừng 0, kết thúc 0 mô hình',
      '- Số liệu kết quả:',
      `+ ${FIGURE_LINE}`,
      '- Đánh giá, công nhận:',
      '+ Không có.',
      '- Tiếp nhận phản ánh của người dân:',
      '+ Không tiếp nhận phản ánh nào trong kỳ',
      '- Kinh phí:',
      '+ Không có.',
      'II. HẠN CHẾ, VẤN ĐỀ ĐẶT RA',
      REPORT.problems,
      'III. KIẾN NGHỊ, ĐỀ XUẤT',
      REPORT.requests,
      'IV. PHƯƠNG HƯỚNG',
      REPORT.nextPlan,
      'Trên đây là báo cáo của Ủy ban nhân dân phường Thảo Nguyên./.',
    ]);
    for (const heading of ['I. KẾT QUẢ THỰC HIỆN', 'II. HẠN CHẾ, VẤN ĐỀ ĐẶT RA', 'III. KIẾN NGHỊ, ĐỀ XUẤT', 'IV. PHƯƠNG HƯỚNG']) expect(runOf(xml, heading)).toContain('<w:b/>');
  });

  test('Phụ lục 2 is a table of the annex columns on a landscape section', async () => {
    const { xml } = await docx();
    const body = paragraphsOf(xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '')).filter(Boolean);
    expect(body.slice(body.indexOf('PHỤ LỤC 2'))).toEqual([
      'PHỤ LỤC 2',
      'Thống kê các mô hình đảm bảo an ninh, trật tự trên địa bàn Phường Thảo Nguyên',
      '(Kèm theo Báo cáo số 15/BC-UBND ngày 05/01/2027)',
    ]);
    const annex = tablesOf(xml)[2] as string;
    expect(cellsOf(annex)).toEqual([
      [
        'STT',
        'Tên mô hình',
        'Đơn vị/địa bàn thực hiện',
        'Bối cảnh xây dựng mô hình',
        'Kết quả nổi bật của mô hình',
        'Những vấn đề đặt ra qua thực tiễn triển khai',
        'Phương án thực hiện trong giai đoạn 2027',
        'Kiến nghị đối với Công an tỉnh Sơn La',
      ],
      ['1', 'Camera an ninh Thảo Nguyên', 'Phường Thảo Nguyên', 'Địa bàn có chợ đêm đông khách du lịch.', 'Phát hiện 2 vụ trộm cắp', 'Đường truyền chập chờn', 'Lắp thêm 5 camera', 'Hỗ trợ kinh phí'],
    ]);
    // Its header row repeats on every page.
    expect(annex).toMatch(/^[\s\S]*?<w:tr><w:trPr><w:tblHeader\/><\/w:trPr>/);
  });

  test('A4, Times New Roman, the margins of Nghị định 30, page numbers at the top from page 2', async () => {
    const { read, xml } = await docx();
    const sections = [...xml.matchAll(/<w:sectPr(?:\s[^>]*)?>([\s\S]*?)<\/w:sectPr>/g)].map((s) => s[1] as string);
    expect(sections).toHaveLength(2);
    const [main, annex] = sections as [string, string];
    expect(main).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(annex).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    for (const section of sections) {
      const margin = Object.fromEntries([...(section.match(/<w:pgMar ([^>]*)\/>/)?.[1] ?? '').matchAll(/w:(\w+)="(\d+)"/g)].map((m) => [m[1], twipsToMm(m[2] as string)]));
      expect(margin.top).toBeGreaterThanOrEqual(20);
      expect(margin.top).toBeLessThanOrEqual(25);
      expect(margin.bottom).toBeGreaterThanOrEqual(20);
      expect(margin.bottom).toBeLessThanOrEqual(25);
      expect(margin.left).toBeGreaterThanOrEqual(30);
      expect(margin.left).toBeLessThanOrEqual(35);
      expect(margin.right).toBeGreaterThanOrEqual(15);
      expect(margin.right).toBeLessThanOrEqual(20);
    }
    // A different first page: its header is empty, the others' holds the PAGE field, centred.
    expect(main).toContain('<w:titlePg/>');
    const rels = await read('word/_rels/document.xml.rels');
    const headerFile = (type: string) => {
      const rid = main.match(new RegExp(`<w:headerReference w:type="${type}" r:id="(\\w+)"/>`))?.[1];
      return rels.match(new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`))?.[1] as string;
    };
    const pageHeader = await read(`word/${headerFile('default')}`);
    expect(pageHeader).toMatch(/<w:jc w:val="center"\/>[\s\S]*<w:instrText xml:space="preserve">PAGE<\/w:instrText>/);
    expect(await read(`word/${headerFile('first')}`)).not.toContain('PAGE');
    // The annex section names no header of its own, so it keeps the numbered one.
    expect(annex).not.toContain('headerReference');
    const styles = await read('word/styles.xml');
    expect(styles).toMatch(/<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/><w:sz w:val="28"\/>/);
  });

  test('a neighbourhood’s report names the ward above it, not bold, over its own name', async () => {
    const own = await app.gql<{ createPeriodReport: { id: string } }>(
      'mutation($input: PeriodReportCreateInput!) { createPeriodReport(input: $input) { id } }',
      { input: { unitId: id.tdp32, periodKind: 'MONTH', periodIndex: 11, year: 2026 } },
      'tdp32',
    );
    const { xml } = await docx('tdp32', own.data?.createPeriodReport.id);
    expect(cellsOf(tablesOf(xml)[0] as string)[0]?.[0]).toBe('ỦY BAN NHÂN DÂN PHƯỜNG THẢO NGUYÊN\nTỔ DÂN PHỐ 3/2');
    expect(runOf(xml, 'ỦY BAN NHÂN DÂN PHƯỜNG THẢO NGUYÊN')).not.toContain('<w:b/>');
    expect(runOf(xml, 'TỔ DÂN PHỐ 3/2')).toContain('<w:b/>');
    // No date yet: the date line leaves blanks to fill in.
    expect(paragraphsOf(xml)).toContain('…………, ngày     tháng     năm      ');
  });
});

// ---------------------------------------------------------------- reading a PDF back

/**
 * pdf.js (legacy build) is an ES module, which jest's module system does not load: a plain Node
 * process reads the PDF from its standard input and prints each page's size and text as JSON.
 */
const EXTRACT = `
const pdfjs = require('pdfjs-dist/legacy/build/pdf.mjs');
const chunks = [];
process.stdin.on('data', (chunk) => chunks.push(chunk)).on('end', async () => {
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(Buffer.concat(chunks)), useSystemFonts: false }).promise;
  const pages = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const { items } = await page.getTextContent();
    pages.push({ width: Math.round(page.view[2]), height: Math.round(page.view[3]), text: items.map((i) => ('str' in i ? i.str + (i.hasEOL ? '\\n' : ' ') : '')).join('') });
  }
  process.stdout.write(JSON.stringify(pages));
});`;

function pdfPages(buffer: Buffer): Promise<Array<{ width: number; height: number; text: string }>> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['-e', EXTRACT], { cwd: path.resolve(__dirname, '..'), maxBuffer: 64 * 1024 * 1024 }, (error, stdout) =>
      error ? reject(error) : resolve(JSON.parse(stdout)),
    );
    child.stdin?.end(buffer);
  });
}
/** Text with every run of white space as one space, so that wrapped lines read as one. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('the report as PDF', () => {
  test('A4 pages with the embedded font, Vietnamese text as written, page numbers from page 2, the annex on landscape pages', async () => {
    const res = await download(`${reportId}.pdf`, 'thaonguyen');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename=bao-cao-Phuong-Thao-Nguyen-2026\.pdf;/);
    const buffer = Buffer.from(await res.arrayBuffer());
    // Subsets of Noto Serif are embedded (no font is left to the reader).
    const raw = buffer.toString('latin1');
    for (const face of ['NotoSerif-Regular', 'NotoSerif-Bold', 'NotoSerif-Italic', 'NotoSerif-BoldItalic']) expect(raw).toMatch(new RegExp(`/BaseFont /[A-Z]{6}\\+${face}\\b`));
    expect(raw).toContain('/FontFile2');

    const pages = await pdfPages(buffer);
    expect(pages[0]).toMatchObject({ width: 595, height: 842 });
    const annexStart = pages.findIndex((p) => p.text.includes('PHỤ LỤC 2'));
    expect(annexStart).toBeGreaterThan(0);
    for (const page of pages.slice(0, annexStart)) expect(page).toMatchObject({ width: 595, height: 842 });
    for (const page of pages.slice(annexStart)) expect(page).toMatchObject({ width: 842, height: 595 });
    pages.forEach((page, i) => {
      const lines = page.text.split('\n').map((l) => l.trim());
      if (i === 0) expect(lines).not.toContain('1');
      else expect(lines).toContain(String(i + 1));
    });

    const main = flat(pages.slice(0, annexStart).map((p) => p.text).join('\n'));
    const inOrder = [
      'ỦY BAN NHÂN DÂN',
      'PHƯỜNG THẢO NGUYÊN',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 15/BC-UBND',
      'Thảo Nguyên, ngày 05 tháng 01 năm 2027',
      'BÁO CÁO',
      'Kết quả thực hiện phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2026',
      'Kính gửi: Công an tỉnh Sơn La.',
      REPORT.basis[0] as string,
      'I. KẾT QUẢ THỰC HIỆN',
      REPORT.results,
      `+ ${FIGURE_LINE}`,
      'II. HẠN CHẾ, VẤN ĐỀ ĐẶT RA',
      REPORT.problems,
      'III. KIẾN NGHỊ, ĐỀ XUẤT',
      REPORT.requests,
      'IV. PHƯƠNG HƯỚNG',
      REPORT.nextPlan,
      'Nơi nhận:',
      '- Lưu: VT.',
    ];
    let at = -1;
    for (const text of inOrder) {
      const found = main.indexOf(text, at + 1);
      expect({ text, found: found > at }).toEqual({ text, found: true });
      at = found;
    }
    expect(main).toContain('CHỦ TỊCH');
    expect(main).toContain('Lò Văn Thắng');

    const annex = flat(pages.slice(annexStart).map((p) => p.text).join('\n'));
    for (const text of ['Thống kê các mô hình đảm bảo an ninh, trật tự trên địa bàn Phường Thảo Nguyên', 'Kiến nghị đối với Công an tỉnh Sơn La', 'Camera an ninh Thảo Nguyên', 'Địa bàn có chợ đêm đông khách du lịch.'])
      expect(annex).toContain(text);
  });
});

describe('scope', () => {
  test.each(['docx', 'pdf'])('%s: those above the ward read it; outside the scope it does not exist; without a token it is refused', async (format) => {
    for (const user of ['sonla', 'viewer']) expect((await download(`${reportId}.${format}`, user)).status).toBe(200);
    expect((await download(`${reportId}.${format}`, 'yencuong')).status).toBe(404);
    expect((await download(`${reportId}.${format}`, 'tdp32')).status).toBe(404);
    expect((await download(`${reportId}.${format}`)).status).toBe(401);
  });
});
