/**
 * Seed 004's Phụ lục 2 generated from the seeded data (issue 11): Lai Vung's own 2020 report is
 * seeded as submitted for Tỉnh Đồng Tháp, whose communes hold its 17 models, its annex is
 * downloaded as XLSX over HTTP and parsed back, and its header and 17 rows × 8 columns must be
 * the document's text, ignoring only line breaks and repeated spaces inside cells.
 *
 * The expected table, test/fixtures/lai-vung-annex.json, is transcribed from the seed document
 * (Báo cáo số 530/BC-UBND ngày 30/12/2020 of UBND huyện Lai Vung, its "PHỤ LỤC 2 — Thống kê các
 * mô hình đảm bảo an ninh, trật tự trên địa bàn Huyện"; ../shared/seeds/004_4709a02a07d569b2.txt
 * in the project's shared files, outside this repository), with its wording and typos.
 *
 * The demo seed loads the same content through the same seedAll as the national one, for the
 * four provinces of the seed documents, Đồng Tháp among them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { startTestApp, type TestApp } from './helpers/app';

const EXPECTED = JSON.parse(readFileSync(path.join(__dirname, 'fixtures', 'lai-vung-annex.json'), 'utf8')) as { header: string[]; rows: string[][] };
/** A cell's text with its line breaks and runs of spaces made single spaces; an empty cell is ''. */
const text = (value: unknown) => (value == null ? '' : String(value)).replace(/\r?\n/g, ' ').replace(/ {2,}/g, ' ');
const table = (rows: unknown[][]) => rows.map((row) => row.map(text));

type Report = {
  id: string;
  number: string | null;
  status: string;
  periodKind: string;
  from: string;
  to: string;
  isSample: boolean;
  unit: { name: string; level: string } | null;
  addressee: string | null;
  requestsTo: string | null;
  basis: string[];
  signerTitle: string | null;
  signerName: string | null;
  nextPlanPeriod: string | null;
  history: Array<{ action: string; byName: string }>;
};
const FIELDS = 'id number status periodKind from to isSample unit { name level } addressee requestsTo basis signerTitle signerName nextPlanPeriod history { action byName }';

let app: TestApp;
let report: Report;

beforeAll(async () => {
  app = await startTestApp({ seed: 'demo' });
  const res = await app.gql<{ periodReports: { items: Report[] } }>(`{ periodReports(filter: { year: 2020, periodKind: YEAR }) { items { ${FIELDS} } } }`, {}, 'admin');
  const found = res.data?.periodReports.items ?? [];
  if (found.length !== 1) throw new Error(`expected one seeded 2020 report, got ${JSON.stringify(res.data ?? res.errors)}`);
  report = found[0] as Report;
}, 120_000);
afterAll(() => app.close());

test('Lai Vung’s 2020 report is seeded as sent: the province of Đồng Tháp’s, submitted, with the document’s heading', () => {
  expect(report).toMatchObject({
    number: '530/BC-UBND',
    status: 'SUBMITTED',
    periodKind: 'YEAR',
    from: '2020-01-01',
    to: '2020-12-31',
    isSample: false,
    unit: { name: 'Tỉnh Đồng Tháp', level: 'PROVINCE' },
    addressee: 'Văn phòng Uỷ ban nhân dân Tỉnh',
    requestsTo: 'UBND Tỉnh',
    signerTitle: 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH',
    signerName: 'Nguyễn Hữu Nghĩa',
    nextPlanPeriod: '2021-2025',
    history: [{ action: 'SUBMIT', byName: 'seed' }],
  });
  expect(report.basis).toEqual([
    expect.stringMatching(/^Thực hiện Công văn số 567\/UBND-THVX ngày 21 tháng 12 năm 2020 của Ủy ban nhân dân tỉnh Đồng Tháp /),
    expect.stringMatching(/^Uỷ ban nhân dân huyện Lai Vung báo cáo .* như sau:$/),
  ]);
});

test('its Phụ lục 2, downloaded as XLSX, is seed 004’s: the header and all 17 rows × 8 columns', async () => {
  const res = await fetch(`${app.url}/exports/period-reports/${report.id}/annex.xlsx`, { headers: { authorization: `Bearer ${await app.token('admin')}` } });
  expect(res.status).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
  const sheet = book.getWorksheet('Phụ lục 2');
  if (!sheet) throw new Error('no sheet "Phụ lục 2"');
  const cells = (row: number) => Array.from({ length: 8 }, (_, c) => sheet.getRow(row).getCell(c + 1).value);
  expect(table([cells(4)])).toEqual(table([EXPECTED.header]));
  // Row 5 on: one row per model, nothing after the 17th.
  expect(sheet.rowCount).toBe(4 + EXPECTED.rows.length);
  expect(table(EXPECTED.rows.map((_, i) => cells(5 + i)))).toEqual(table(EXPECTED.rows));
});

test('Xã Yên Cường has a sample draft for the current month, which its officer may submit', async () => {
  const vietnam = new Date(Date.now() + 7 * 3_600_000);
  const res = await app.gql<{ periodReports: { items: Array<{ status: string; isSample: boolean; year: number; periodIndex: number; unit: { name: string }; allowedActions: string[] }> } }>(
    '{ periodReports(filter: { periodKind: MONTH }) { items { status isSample year periodIndex unit { name } allowedActions } } }',
    {},
    'yencuong',
  );
  expect(res.data?.periodReports.items).toEqual([
    { status: 'DRAFT', isSample: true, year: vietnam.getUTCFullYear(), periodIndex: vietnam.getUTCMonth() + 1, unit: { name: 'Xã Yên Cường' }, allowedActions: ['SUBMIT'] },
  ]);
});
