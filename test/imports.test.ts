/**
 * Importing neighbourhoods from a spreadsheet: the dry run gives every row's outcome and every
 * error with its row and column, writing nothing; the import writes exactly the good rows
 * through the repository (scope, validation, audit), and running it again changes nothing.
 */
import ExcelJS from 'exceljs';
import { fixtureIds, startTestApp, type FixtureIds, type TestApp } from './helpers/app';

let app: TestApp;
let id: FixtureIds;
const unit = { wardCode: '', otherWardCode: '', tdpCode: '', tdpHouseholds: 0, tdpName: '' };

interface Result {
  dryRun: boolean;
  rows: Array<{ row: number; status: string; code: string | null; errors: Array<{ column: string; message: string }> }>;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
}

const HEADER = ['Mã xã, phường', 'Mã khu dân cư', 'Tên khu dân cư', 'Loại', 'Số hộ', 'Số nhân khẩu', 'Người đứng đầu'];
/** The header as a CSV line (the ward column's name holds a comma). */
const CSV_HEADER = HEADER.map((h) => `"${h}"`).join(',');

async function xlsx(rows: unknown[][], formulaRow?: number): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Khu dân cư');
  sheet.addRow(HEADER);
  rows.forEach((r) => sheet.addRow(r));
  if (formulaRow) sheet.getCell(formulaRow, 3).value = { formula: 'HYPERLINK("http://x","bấm")', result: 'bấm' };
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function upload(body: Buffer | string, user: string | null, dryRun: boolean) {
  const headers: Record<string, string> = { 'content-type': 'application/octet-stream' };
  if (user) headers.authorization = `Bearer ${await app.token(user)}`;
  return fetch(`${app.url}/imports/neighbourhoods?dryRun=${dryRun}`, { method: 'POST', headers, body });
}

const neighbourhoodCount = async () =>
  (await app.gql<{ neighbourhoods: { total: number } }>('query($w: ID!) { neighbourhoods(filter: { wardId: $w }) { total } }', { w: id.thaonguyen }, 'admin')).data?.neighbourhoods.total ?? -1;

beforeAll(async () => {
  app = await startTestApp();
  id = await fixtureIds(app);
  const res = await app.gql<{ a: { code: string }; b: { code: string }; n: { code: string; households: number | null; name: string } }>(
    'query($a: ID!, $b: ID!, $n: ID!) { a: ward(id: $a) { code } b: ward(id: $b) { code } n: neighbourhood(id: $n) { code households name } }',
    { a: id.thaonguyen, b: id.yencuong, n: id.tdp32 },
    'admin',
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  Object.assign(unit, { wardCode: res.data.a.code, otherWardCode: res.data.b.code, tdpCode: res.data.n.code, tdpHouseholds: res.data.n.households ?? 0, tdpName: res.data.n.name });
});
afterAll(() => app.close());

test('the dry run tells every row’s outcome and writes nothing; the import writes exactly the good rows, once', async () => {
  const rows = [
    [unit.wardCode, 'TDP-NEW-1', 'Tổ dân phố Mới 1', 'Tổ dân phố', 120, 410, 'Lò Văn A'], // 2: created
    [unit.wardCode, unit.tdpCode, unit.tdpName, 'Tổ dân phố', unit.tdpHouseholds + 5, null, null], // 3: updated (households)
    [unit.wardCode, 'TDP-NEW-2', 'Tổ dân phố Mới 2', 'Làng', 10, 30, null], // 4: wrong type
    [unit.wardCode, 'TDP-NEW-1', 'Trùng mã', 'Thôn', 1, 1, null], // 5: duplicate code in the file
    [unit.otherWardCode, 'THON-X', 'Thôn ngoài phạm vi', 'Thôn', 1, 1, null], // 6: another province's ward
    [unit.wardCode, 'TDP-NEW-3', 'x'.repeat(1_000_000), 'Thôn', 1, 1, null], // 7: a 1 MB cell
    [unit.wardCode, 'TDP-NEW-4', '=HYPERLINK("http://x","bấm")', 'Thôn', 1, 1, null], // 8: formula-looking text
    [unit.wardCode, 'TDP-NEW-5', 'placeholder', 'Thôn', 1, 1, null], // 9: a formula cell (set below)
    [unit.wardCode, 'TDP-NEW-6', 'Tổ dân phố Mới 6', 'xom', 'bốn', 1, null], // 10: households not a number
  ];
  const file = await xlsx(rows, 9);
  const before = await neighbourhoodCount();
  const dry = await upload(file, 'thaonguyen', true);
  expect(dry.status).toBe(200);
  const plan = (await dry.json()) as Result;
  const outcome = plan.rows.map((r) => [r.row, r.status, r.errors.map((e) => e.column).join(',')]);
  expect(outcome).toEqual([
    [2, 'CREATE', ''],
    [3, 'UPDATE', ''],
    [4, 'ERROR', 'type'],
    [5, 'ERROR', 'code'],
    [6, 'ERROR', 'wardCode'],
    [7, 'ERROR', 'name'],
    [8, 'ERROR', 'name'],
    [9, 'ERROR', 'name'],
    [10, 'ERROR', 'households'],
  ]);
  expect(plan).toMatchObject({ dryRun: true, created: 1, updated: 1, unchanged: 0, failed: 7 });
  expect(await neighbourhoodCount()).toBe(before);

  const done = (await (await upload(file, 'thaonguyen', false)).json()) as Result;
  expect(done).toMatchObject({ dryRun: false, created: 1, updated: 1, failed: 7 });
  expect(await neighbourhoodCount()).toBe(before + 1);
  const tdp = await app.gql<{ neighbourhood: { households: number; version: number } }>('query($n: ID!) { neighbourhood(id: $n) { households version } }', { n: id.tdp32 }, 'admin');
  expect(tdp.data?.neighbourhood.households).toBe(unit.tdpHouseholds + 5);
  const created = await app.gql<{ neighbourhoods: { items: Array<{ id: string; type: string; households: number; headName: string }> } }>(
    'query($w: ID!) { neighbourhoods(filter: { wardId: $w, q: "TDP-NEW-1" }) { items { id type households headName } } }',
    { w: id.thaonguyen },
    'admin',
  );
  expect(created.data?.neighbourhoods.items).toEqual([{ id: expect.any(String), type: 'TO_DAN_PHO', households: 120, headName: 'Lò Văn A' }]);
  const audit = await app.gql<{ auditEntries: { items: Array<{ action: string; username: string }> } }>(
    'query($e: ID!) { auditEntries(filter: { entityId: $e }) { items { action username } } }',
    { e: created.data?.neighbourhoods.items[0]?.id },
    'admin',
  );
  expect(audit.data?.auditEntries.items).toEqual([{ action: 'CREATE', username: 'thaonguyen' }]);

  // Again: the good rows are now as the file says; nothing is written twice.
  const again = (await (await upload(file, 'thaonguyen', false)).json()) as Result;
  expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2, failed: 7 });
  expect(await neighbourhoodCount()).toBe(before + 1);
  expect((await app.gql<{ neighbourhood: { version: number } }>('query($n: ID!) { neighbourhood(id: $n) { version } }', { n: id.tdp32 }, 'admin')).data?.neighbourhood.version).toBe(tdp.data?.neighbourhood.version);
});

test('CSV works the same; a head updates their own neighbourhood’s counts but adds none and renames none', async () => {
  const csv = `\uFEFF${CSV_HEADER}\n${unit.wardCode},${unit.tdpCode},"${unit.tdpName}",Tổ dân phố,${unit.tdpHouseholds + 9},,\n${unit.wardCode},${unit.tdpCode}X,Khác,Thôn,1,1,\n`;
  const res = (await (await upload(csv, 'thaonguyen', true)).json()) as Result;
  expect(res.rows.map((r) => [r.status, r.errors.map((e) => e.column).join(',')])).toEqual([
    ['UPDATE', ''],
    ['CREATE', ''],
  ]);
  const head = (await (await upload(csv, 'tdp32', true)).json()) as Result;
  expect(head.rows.map((r) => [r.status, r.errors.map((e) => e.message).join(',')])).toEqual([
    ['UPDATE', ''],
    ['ERROR', 'you may not add neighbourhoods to this ward'],
  ]);
  const renamed = `${CSV_HEADER}\n${unit.wardCode},${unit.tdpCode},Tên mới,Tổ dân phố,,,\n`;
  const refused = (await (await upload(renamed, 'tdp32', true)).json()) as Result;
  expect(refused.rows[0]?.errors).toEqual([{ column: 'name', message: 'your role may not change this field' }]);
});

test('files that cannot be imported are refused whole, with the reason', async () => {
  expect((await upload(await xlsx([]), null, true)).status).toBe(401);
  const noColumn = await upload('Tên,Số hộ\nA,1\n', 'thaonguyen', true);
  expect(noColumn.status).toBe(400);
  expect(((await noColumn.json()) as { errors: Array<{ message: string }> }).errors[0]?.message).toMatch(/Missing column\(s\): Mã xã, phường, Mã khu dân cư/);
  const big = await upload(Buffer.alloc(3 * 1024 * 1024, 'a'), 'thaonguyen', true);
  expect(big.status).toBe(413);
  expect((await upload(Buffer.alloc(0), 'thaonguyen', true)).status).toBe(400);
  const viewer = (await (await upload(`${CSV_HEADER}\n${unit.wardCode},NEW-V,Mới,Thôn,1,1,\n`, 'viewer', true)).json()) as Result;
  expect(viewer.rows[0]).toMatchObject({ status: 'ERROR', errors: [{ column: 'wardCode', message: 'you may not add neighbourhoods to this ward' }] });
});

describe('figures of models', () => {
  const FIG_HEADER = ['Mã xã, phường', 'Tên mô hình', 'Chỉ số', 'Giá trị', 'Đơn vị tính', 'Kỳ', 'Nơi'].map((h) => `"${h}"`).join(',');
  const post = async (csv: string, user: string, dryRun: boolean) =>
    (await (await fetch(`${app.url}/imports/figures?dryRun=${dryRun}`, { method: 'POST', headers: { authorization: `Bearer ${await app.token(user)}` }, body: csv })).json()) as Result;

  test('figures are added or updated on their model, once; another ward’s model is out of reach', async () => {
    const made = await app.gql('mutation($u: ID!) { createModel(input: { name: "Camera an ninh phường", category: CAMERA, unitId: $u, leadBody: "Công an phường", status: OPERATING, figures: [{ indicator: "Camera", value: 10, unit: "camera", period: "2025" }] }) { id } }', { u: id.thaonguyen }, 'thaonguyen');
    expect(made.errors).toBeUndefined();
    const csv = [
      FIG_HEADER,
      `${unit.wardCode},Camera an ninh phuong,Camera,12,camera,2025,`, // updates the 2025 figure (name matched without diacritics)
      `${unit.wardCode},Camera an ninh phường,Camera,15,camera,2026,Chợ`, // adds one
      `${unit.wardCode},Mô hình không có,Camera,1,camera,2026,`, // unknown model
      `${unit.otherWardCode},Camera an ninh phường,Camera,1,camera,2026,`, // another province
      `${unit.wardCode},Camera an ninh phường,Camera,nhiều,camera,2027,`, // not a number
    ].join('\n');
    const dry = await post(csv, 'thaonguyen', true);
    expect(dry.rows.map((r) => [r.row, r.status, r.errors.map((e) => e.column).join(',')])).toEqual([
      [2, 'UPDATE', ''],
      [3, 'CREATE', ''],
      [4, 'ERROR', 'model'],
      [5, 'ERROR', 'wardCode'],
      [6, 'ERROR', 'value'],
    ]);
    expect(await post(csv, 'thaonguyen', false)).toMatchObject({ created: 1, updated: 1, failed: 3 });
    const figures = await app.gql<{ models: { items: Array<{ figures: Array<{ value: number; period: string; place: string | null }> }> } }>(
      '{ models(filter: { q: "Camera an ninh phuong" }) { items { figures { value period place } } } }',
      {},
      'thaonguyen',
    );
    expect(figures.data?.models.items[0]?.figures).toEqual([
      { value: 12, period: '2025', place: null },
      { value: 15, period: '2026', place: 'Chợ' },
    ]);
    expect(await post(csv, 'thaonguyen', false)).toMatchObject({ created: 0, updated: 0, unchanged: 2, failed: 3 });
    // A viewer reads the model but may not change it.
    const change = [FIG_HEADER, `${unit.wardCode},Camera an ninh phường,Camera,99,camera,2025,`].join('\n');
    expect((await post(change, 'viewer', true)).rows[0]).toMatchObject({ status: 'ERROR', errors: [{ column: 'model', message: 'you may not change this model' }] });
  });
});

describe('models', () => {
  const MODEL_HEADER = ['Mã xã, phường', 'Mã khu dân cư', 'Tên mô hình', 'Loại mô hình', 'Trạng thái', 'Đơn vị chủ trì', 'Kết quả nổi bật của mô hình'].map((h) => `"${h}"`).join(',');
  const post = async (csv: string, user: string, dryRun: boolean) =>
    (await (await fetch(`${app.url}/imports/models?dryRun=${dryRun}`, { method: 'POST', headers: { authorization: `Bearer ${await app.token(user)}` }, body: csv })).json()) as Result;

  test('models are created on their ward or neighbourhood by kind and status as units write them, then updated, once', async () => {
    const csv = [
      MODEL_HEADER,
      `${unit.wardCode},,Đường dây nóng phường,Đường dây nóng,Đang hoạt động,Công an phường,Nhiều tin báo có giá trị`,
      `${unit.wardCode},${unit.tdpCode},Zalo ANTT tổ dân phố,ZALO_GROUP,Chưa triển khai,Tổ dân phố,`,
      `${unit.wardCode},,Mô hình lạ,Không rõ,Đang hoạt động,Công an phường,`,
      `${unit.wardCode},NO-SUCH,Mô hình khác,Camera an ninh,Đang hoạt động,Công an phường,`,
    ].join('\n');
    const dry = await post(csv, 'thaonguyen', true);
    expect(dry.rows.map((r) => [r.row, r.status, r.errors.map((e) => e.column).join(',')])).toEqual([
      [2, 'CREATE', ''],
      [3, 'CREATE', ''],
      [4, 'ERROR', 'category'],
      [5, 'ERROR', 'neighbourhoodCode'],
    ]);
    expect(await post(csv, 'thaonguyen', false)).toMatchObject({ created: 2, failed: 2 });
    const made = await app.gql<{ models: { items: Array<{ name: string; category: string; status: string; unitLevel: string; results: string | null }> } }>(
      '{ models(filter: { q: "duong day nong phuong" }) { items { name category status unitLevel results } } }',
      {},
      'thaonguyen',
    );
    expect(made.data?.models.items).toEqual([{ name: 'Đường dây nóng phường', category: 'HOTLINE', status: 'OPERATING', unitLevel: 'WARD', results: 'Nhiều tin báo có giá trị' }]);
    expect(await post(csv, 'thaonguyen', false)).toMatchObject({ created: 0, updated: 0, unchanged: 2, failed: 2 });
    const changed = csv.replace('Nhiều tin báo có giá trị', 'Hơn 100 tin báo');
    expect(await post(changed, 'thaonguyen', false)).toMatchObject({ updated: 1, unchanged: 1 });
    // A head may not add models; the viewer may not either.
    for (const user of ['tdp32', 'viewer']) expect((await post(changed.replace('Đường dây nóng phường', 'Mô hình mới'), user, true)).rows[0]?.status).toBe('ERROR');
  });
});
