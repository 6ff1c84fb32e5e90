/**
 * Funding totals (kinh phí) per unit and year, from the models' funding rows: on the dashboard
 * within the caller's scope (one aggregation), and in the periodic report: its stored sections,
 * its DOCX, PDF and XLSX, and the consolidation of the reports sent up.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PeriodReport } from '../api/reporting/period-report.model';
import { codeOf, fixtureIds, startTestApp, type FixtureIds, type TestApp } from './helpers/app';

let app: TestApp;
let id: FixtureIds;

const TT40 = 'Thông tư 40/2023/TT-BTC';
const FIELDS = 'year fromYear planned spent rows rowsWithoutAmount bySource { source legalBasis planned spent rows rowsWithoutAmount }';
const DASH = `query($u: ID, $y: Int!) { dashboard(unitId: $u, year: $y) { funding { ${FIELDS} } } }`;

interface SourceTotal {
  source: string;
  legalBasis: string | null;
  planned: number | null;
  spent: number | null;
  rows: number;
  rowsWithoutAmount: number;
}
interface Totals extends Omit<SourceTotal, 'source' | 'legalBasis'> {
  year: number;
  fromYear: number;
  bySource: SourceTotal[];
}

async function funding(user: string, unitId: string | null, year = 2026): Promise<Totals> {
  const res = await app.gql<{ dashboard: { funding: Totals } }>(DASH, { u: unitId, y: year }, user);
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.dashboard.funding;
}

const row = (source: string, year: number | null, plannedAmount: number | null, spentAmount: number | null, legalBasis: string | null = null) => ({ source, legalBasis, year, plannedAmount, spentAmount });

async function createModel(user: string, unitId: string, name: string, rows: unknown[], targets: unknown[] = []): Promise<string> {
  const res = await app.gql<{ createModel: { id: string } }>(
    'mutation($input: ModelCreateInput!) { createModel(input: $input) { id } }',
    { input: { name, category: 'CAMERA', unitId, leadBody: 'Công an', status: 'OPERATING', funding: rows, targets } },
    user,
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createModel.id;
}

// Thảo Nguyên (ward) and Tổ dân phố 3/2 (its neighbourhood): the ward's own totals for 2026.
const WARD_2026: Totals = {
  year: 2026,
  fromYear: 2026,
  planned: 120_000_000,
  spent: 43_500_000,
  rows: 4,
  rowsWithoutAmount: 1,
  bySource: [
    { source: 'Đóng góp của nhân dân', legalBasis: null, planned: null, spent: 3_500_000, rows: 1, rowsWithoutAmount: 0 },
    { source: 'Ngân sách phường', legalBasis: TT40, planned: 120_000_000, spent: 40_000_000, rows: 2, rowsWithoutAmount: 0 },
    { source: 'Nguồn xã hội hóa', legalBasis: null, planned: null, spent: null, rows: 1, rowsWithoutAmount: 1 },
  ],
};
const HEAD_2026: Totals = {
  year: 2026,
  fromYear: 2026,
  planned: 20_000_000,
  spent: 3_500_000,
  rows: 2,
  rowsWithoutAmount: 0,
  bySource: [
    { source: 'Đóng góp của nhân dân', legalBasis: null, planned: null, spent: 3_500_000, rows: 1, rowsWithoutAmount: 0 },
    { source: 'Ngân sách phường', legalBasis: TT40, planned: 20_000_000, spent: null, rows: 1, rowsWithoutAmount: 0 },
  ],
};
// Sơn La: the ward's rows and another Sơn La ward's.
const PROVINCE_2026: Totals = {
  ...WARD_2026,
  planned: 127_000_000,
  spent: 50_500_000,
  rows: 5,
  bySource: WARD_2026.bySource.map((s) => (s.source === 'Ngân sách phường' ? { ...s, planned: 127_000_000, spent: 47_000_000, rows: 3 } : s)),
};

beforeAll(async () => {
  app = await startTestApp();
  id = await fixtureIds(app);
  // The fixture has no funding rows: every total below is the test's own models'.
  expect((await funding('admin', null)).rows).toBe(0);
  await createModel('thaonguyen', id.thaonguyen, 'Camera an ninh phường Thảo Nguyên', [
    row('Ngân sách phường', 2026, 100_000_000, 40_000_000, TT40),
    row('Nguồn xã hội hóa', 2026, null, null),
    row('Ngân sách phường', 2025, 80_000_000, 75_500_000, TT40),
    // No year: in no year's totals.
    row('Ngân sách phường', null, 1_000, null, TT40),
  ], [{ title: 'Camera hoạt động liên tục', metric: 'camerasWorkingShare', goal: 1, unit: 'tỷ lệ' }]);
  await createModel('thaonguyen', id.tdp32, 'Camera Tổ dân phố 3/2', [row('Ngân sách phường', 2026, 20_000_000, null, TT40), row('Đóng góp của nhân dân', 2026, null, 3_500_000)]);
  await createModel('sonla', id.otherSonlaWard, 'Camera phường khác của Sơn La', [row('Ngân sách phường', 2026, 7_000_000, 7_000_000, TT40)]);
  // Two identical rows: both count.
  await createModel('yencuong', id.yencuong, 'Camera xã Yên Cường', [row('Ngân sách xã', 2026, 50_000_000, null, TT40), row('Ngân sách xã', 2026, 50_000_000, null, TT40)]);
});
afterAll(() => app.close());

describe('the dashboard’s funding', () => {
  test('a ward officer sees their ward’s totals per source, for the dashboard’s year only', async () => {
    expect(await funding('thaonguyen', id.thaonguyen)).toEqual(WARD_2026);
    expect(await funding('thaonguyen', id.thaonguyen, 2025)).toEqual({
      year: 2025,
      fromYear: 2025,
      planned: 80_000_000,
      spent: 75_500_000,
      rows: 1,
      rowsWithoutAmount: 0,
      bySource: [{ source: 'Ngân sách phường', legalBasis: TT40, planned: 80_000_000, spent: 75_500_000, rows: 1, rowsWithoutAmount: 0 }],
    });
    // On their province's dashboard, still only their ward's.
    expect(await funding('thaonguyen', id.sonla)).toEqual(WARD_2026);
  });

  test('a province officer sees the whole province; the administrator the country', async () => {
    expect(await funding('sonla', id.sonla)).toEqual(PROVINCE_2026);
    expect(await funding('sonla', id.thaonguyen)).toEqual(WARD_2026);
    const nation = await funding('admin', null);
    expect(nation).toMatchObject({ planned: 227_000_000, spent: 50_500_000, rows: 7, rowsWithoutAmount: 1 });
    expect(nation.bySource.find((s) => s.source === 'Ngân sách xã')).toEqual({ source: 'Ngân sách xã', legalBasis: TT40, planned: 100_000_000, spent: null, rows: 2, rowsWithoutAmount: 0 });
  });

  test('a head sees only their neighbourhood’s, on its dashboard and on their ward’s', async () => {
    expect(await funding('tdp32', id.tdp32)).toEqual(HEAD_2026);
    expect(await funding('tdp32', id.thaonguyen)).toEqual(HEAD_2026);
  });

  test('another province’s officer sees nothing of it', async () => {
    expect(codeOf(await app.gql(DASH, { u: id.sonla, y: 2026 }, 'ninhbinh'))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(DASH, { u: id.thaonguyen, y: 2026 }, 'yencuong'))).toBe('NOT_FOUND');
    const own = await funding('ninhbinh', id.ninhbinh);
    expect(own).toMatchObject({ planned: 100_000_000, spent: null, rows: 2, rowsWithoutAmount: 0 });
    expect(own.bySource.map((s) => s.source)).toEqual(['Ngân sách xã']);
    // A year without rows: nothing measured, not zero.
    expect(await funding('ninhbinh', id.ninhbinh, 2024)).toEqual({ year: 2024, fromYear: 2024, planned: null, spent: null, rows: 0, rowsWithoutAmount: 0, bySource: [] });
  });

  test('one aggregation, whatever the number of rows', async () => {
    const token = await app.token('sonla');
    const count = (query: string) =>
      app.countCommands(async () => {
        const res = await app.gql(query, { u: id.sonla, y: 2026 }, { token });
        expect(res.errors).toBeUndefined();
      });
    const without = await count('query($u: ID, $y: Int!) { dashboard(unitId: $u, year: $y) { year } }');
    const withFunding = await count(DASH);
    expect(withFunding.total - without.total).toBe(1);
    expect((withFunding.byName.aggregate ?? 0) - (without.byName.aggregate ?? 0)).toBe(1);
  });
});

// ---------------------------------------------------------------- the periodic report

const REPORT_FIELDS = `id status data { funding { ${FIELDS} } targets { programmeCode programmeName modelName title } }`;
const download = async (file: string, user: string) => {
  const res = await fetch(`${app.url}/exports/period-reports/${file}`, { headers: { authorization: `Bearer ${await app.token(user)}` } });
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
};
const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
async function docxParagraphs(reportId: string, user: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(await download(`${reportId}.docx`, user));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)].map((p) => unescapeXml([...(p[1] as string).matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')));
}
/** pdf.js is an ES module jest does not load: a plain Node process prints the PDF's text. */
const EXTRACT = `
const pdfjs = require('pdfjs-dist/legacy/build/pdf.mjs');
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c)).on('end', async () => {
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(Buffer.concat(chunks)), useSystemFonts: false }).promise;
  let text = '';
  for (let n = 1; n <= pdf.numPages; n++) text += (await (await pdf.getPage(n)).getTextContent()).items.map((i) => ('str' in i ? i.str + (i.hasEOL ? '\\n' : ' ') : '')).join('') + '\\n';
  process.stdout.write(text);
});`;
const pdfText = (buffer: Buffer) =>
  new Promise<string>((resolve, reject) => {
    const child = execFile(process.execPath, ['-e', EXTRACT], { cwd: path.resolve(__dirname, '..'), maxBuffer: 64 * 1024 * 1024 }, (error, stdout) => (error ? reject(error) : resolve(stdout.replace(/\s+/g, ' '))));
    child.stdin?.end(buffer);
  });

const FUNDING_LINES = [
  '- Kinh phí:',
  '+ Tổng kinh phí năm 2026 (3 nguồn): dự kiến 120.000.000 đồng; đã chi 43.500.000 đồng (1 khoản chưa có số liệu kinh phí)',
  '+ Đóng góp của nhân dân: đã chi 3.500.000 đồng',
  `+ Ngân sách phường (${TT40}): dự kiến 120.000.000 đồng; đã chi 40.000.000 đồng`,
  '+ Nguồn xã hội hóa: chưa có số liệu kinh phí',
];

describe('the periodic report’s funding', () => {
  let wardReport = '';

  beforeAll(async () => {
    const res = await app.gql<{ createPeriodReport: { id: string } }>(
      'mutation($u: ID!) { createPeriodReport(input: { unitId: $u, periodKind: YEAR, year: 2026, number: "20/BC-UBND" }) { id } }',
      { u: id.thaonguyen },
      'thaonguyen',
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    wardReport = res.data.createPeriodReport.id;
  });

  test('its computed sections hold the unit’s totals for the period’s year, and its own model’s target', async () => {
    const res = await app.gql<{ periodReport: { data: { funding: Totals; targets: unknown[] } } }>(`query($id: ID!) { periodReport(id: $id) { ${REPORT_FIELDS} } }`, { id: wardReport }, 'thaonguyen');
    expect(res.data?.periodReport.data.funding).toEqual(WARD_2026);
    expect(res.data?.periodReport.data.targets).toContainEqual({ programmeCode: null, programmeName: null, modelName: 'Camera an ninh phường Thảo Nguyên', title: 'Camera hoạt động liên tục' });
  });

  test('the DOCX and the PDF print the section Kinh phí in section I', async () => {
    const paragraphs = await docxParagraphs(wardReport, 'thaonguyen');
    const start = paragraphs.indexOf('- Kinh phí:');
    expect(start).toBeGreaterThan(paragraphs.indexOf('I. KẾT QUẢ THỰC HIỆN'));
    expect(start).toBeLessThan(paragraphs.indexOf('II. HẠN CHẾ, VẤN ĐỀ ĐẶT RA'));
    expect(paragraphs.slice(start, start + FUNDING_LINES.length)).toEqual(FUNDING_LINES);

    const text = await pdfText(await download(`${wardReport}.pdf`, 'thaonguyen'));
    let at = text.indexOf('I. KẾT QUẢ THỰC HIỆN');
    for (const line of FUNDING_LINES) {
      const found = text.indexOf(line, at);
      expect({ line, found: found > at }).toEqual({ line, found: true });
      at = found;
    }
    expect(text.indexOf('II. HẠN CHẾ, VẤN ĐỀ ĐẶT RA')).toBeGreaterThan(at);
  });

  test('the XLSX annex has a sheet Kinh phí with a row per source and the total', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await download(`${wardReport}/annex.xlsx`, 'thaonguyen')) as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Phụ lục 2', 'Kinh phí']);
    const sheet = book.getWorksheet('Kinh phí');
    const rows: unknown[][] = [];
    // Empty cells (written as '' or not at all) read as null.
    sheet?.eachRow((r) => rows.push(Array.from({ length: 6 }, (_, c) => r.getCell(c + 1).value).map((v) => (v === '' || v == null ? null : v))));
    expect(rows.slice(2)).toEqual([
      [1, 'Đóng góp của nhân dân', null, null, 3_500_000, null],
      [2, 'Ngân sách phường', TT40, 120_000_000, 40_000_000, null],
      [3, 'Nguồn xã hội hóa', null, null, null, 'Chưa có số liệu kinh phí'],
      [null, 'Tổng cộng', null, 120_000_000, 43_500_000, '1 khoản chưa có số liệu kinh phí'],
    ]);
  });

  test('sent up, it is frozen and the province’s consolidation adds its funding up', async () => {
    const sent = await app.gql('mutation($id: ID!) { transitionPeriodReport(id: $id, action: SUBMIT) { status } }', { id: wardReport }, 'thaonguyen');
    expect(sent.errors).toBeUndefined();
    const stored = await PeriodReport.findById(wardReport).lean();
    expect(stored?.snapshot?.funding).toMatchObject({ planned: 120_000_000, spent: 43_500_000, rows: 4, rowsWithoutAmount: 1 });

    const province = await app.gql<{ createPeriodReport: { id: string; data: { funding: Totals }; consolidated: { data: { funding: Totals } } } }>(
      `mutation($u: ID!) { createPeriodReport(input: { unitId: $u, periodKind: YEAR, year: 2026 }) { id data { funding { ${FIELDS} } } consolidated { data { funding { ${FIELDS} } } } } }`,
      { u: id.sonla },
      'sonla',
    );
    if (!province.data) throw new Error(JSON.stringify(province.errors));
    // Its own computation covers the province; the consolidation only what the wards sent up.
    expect(province.data.createPeriodReport.data.funding).toEqual(PROVINCE_2026);
    expect(province.data.createPeriodReport.consolidated.data.funding).toEqual(WARD_2026);
  });

  test('a report frozen before funding and model targets reads as it was: no funding, programme targets', async () => {
    await PeriodReport.updateOne(
      { _id: wardReport },
      {
        $unset: { 'snapshot.funding': 1 },
        $set: { 'snapshot.targets': [{ programmeCode: 'KDC', programmeName: 'Khu dân cư an toàn', title: 'Ra mắt', metric: 'launchedWithin3MonthsShare', value: 0.5, goal: 1, comparison: 'AT_LEAST', met: false, basis: { key: 'NOT_MEASURABLE', params: { metric: 'x' } } }] },
      },
    );
    const res = await app.gql<{ periodReport: { data: { funding: Totals | null; targets: unknown[] } } }>(`query($id: ID!) { periodReport(id: $id) { ${REPORT_FIELDS} } }`, { id: wardReport }, 'thaonguyen');
    expect(res.errors).toBeUndefined();
    expect(res.data?.periodReport.data).toEqual({ funding: null, targets: [{ programmeCode: 'KDC', programmeName: 'Khu dân cư an toàn', modelName: null, title: 'Ra mắt' }] });
    const paragraphs = await docxParagraphs(wardReport, 'thaonguyen');
    expect(paragraphs[paragraphs.indexOf('- Kinh phí:') + 1]).toBe('+ Không có.');
  });
});
