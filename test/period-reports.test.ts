/**
 * Periodic reports: computed from the unit's data, edited and submitted by the unit's own
 * officers, accepted or returned by the level above, frozen once sent; the level above sees
 * which of its units have reported; Phụ lục 2 downloads as XLSX within the same scope.
 */
import ExcelJS from 'exceljs';
import { codeOf, fixtureIds, startTestApp, type FixtureIds, type TestApp } from './helpers/app';

let app: TestApp;
let id: FixtureIds;
let reportId = '';

const FIELDS = `id version status periodKind year periodIndex from to title results unit { name } allowedActions
  data { models { category status count } modelChanges { stage count } figures { indicator unit total parts { label value } } annex { name unitName results }
         assessments { programmeCode status count } publicReports { received answeredOnTime medianResponseMinutes byCategory { category count } } }`;
const CREATE = `mutation($input: PeriodReportCreateInput!) { createPeriodReport(input: $input) { ${FIELDS} } }`;
const STEP = `mutation($id: ID!, $a: PeriodReportAction!, $n: String) { transitionPeriodReport(id: $id, action: $a, note: $n) { status version history { action byName note } } }`;
type Report = { id: string; version: number; status: string; title: string; results: string | null; allowedActions: string[]; data: { models: Array<{ count: number }>; figures: Array<{ indicator: string; total: number; parts: Array<{ label: string; value: number }> }>; annex: Array<{ name: string; unitName: string; results: string | null }>; publicReports: { received: number } } };

const modelInput = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  category: 'CAMERA',
  unitId: id.thaonguyen,
  leadBody: 'Công an phường Thảo Nguyên',
  status: 'OPERATING',
  statusDates: { launched: '2026-03-02' },
  results: 'Phát hiện 2 vụ trộm cắp',
  figures: [
    { indicator: 'Camera an ninh', value: 12, unit: 'camera', period: '2026', place: 'Tổ dân phố 3/2' },
    { indicator: 'Camera an ninh', value: 5, unit: 'camera', period: '2026-Q3', place: 'Chợ Thảo Nguyên' },
    { indicator: 'Camera an ninh', value: 40, unit: 'camera', period: '2027', place: 'Kế hoạch năm sau' },
  ],
  ...extra,
});

beforeAll(async () => {
  app = await startTestApp();
  id = await fixtureIds(app);
  const made = await app.gql('mutation($input: ModelCreateInput!) { createModel(input: $input) { id } }', { input: modelInput('Camera an ninh Thảo Nguyên') }, 'thaonguyen');
  if (made.errors) throw new Error(JSON.stringify(made.errors));
  await app.gql('mutation($input: ModelCreateInput!) { createModel(input: $input) { id } }', { input: modelInput('=HYPERLINK("http://x","bấm")', { figures: [] }) }, 'thaonguyen');
  const created = await app.gql<{ createPeriodReport: Report }>(CREATE, { input: { unitId: id.thaonguyen, periodKind: 'YEAR', year: 2026, addressee: 'Công an tỉnh Sơn La', nextPlanPeriod: '2027' } }, 'thaonguyen');
  if (!created.data) throw new Error(JSON.stringify(created.errors));
  reportId = created.data.createPeriodReport.id;
});
afterAll(() => app.close());

describe('computing and editing', () => {
  test('a ward officer’s yearly report computes its sections from the ward’s data and pre-fills the narrative', async () => {
    const res = await app.gql<{ periodReport: Report & { from: string; to: string } }>(`query($id: ID!) { periodReport(id: $id) { ${FIELDS} } }`, { id: reportId }, 'thaonguyen');
    const r = res.data?.periodReport;
    expect(r).toMatchObject({ status: 'DRAFT', from: '2026-01-01', to: '2026-12-31', title: expect.stringContaining('năm 2026'), allowedActions: ['SUBMIT'] });
    // 12 + 5 counted for 2026; the 2027 figure is not.
    expect(r?.data.figures).toEqual([{ indicator: 'Camera an ninh', unit: 'camera', total: 17, parts: [{ label: 'Tổ dân phố 3/2', value: 12 }, { label: 'Chợ Thảo Nguyên', value: 5 }] }]);
    expect(r?.data.annex.map((a) => a.name)).toEqual(expect.arrayContaining(['Camera an ninh Thảo Nguyên', '=HYPERLINK("http://x","bấm")']));
    expect(r?.results).toContain('- Camera an ninh Thảo Nguyên: Phát hiện 2 vụ trộm cắp');
  });

  test('the programmes’ targets are measured over the ward’s neighbourhoods, as the dashboard measures them', async () => {
    const set = await app.gql<{ createCriteriaSet: { id: string } }>('mutation { createCriteriaSet(input: { name: "Bộ tiêu chí báo cáo", groups: [{ code: "A", title: "Chung" }], criteria: [{ code: "A1", title: "Có tổ chức", group: "A", kind: PASS_FAIL }] }) { id } }', {}, 'admin');
    const made = await app.gql(
      'mutation($s: ID!) { createProgramme(input: { code: "BC-KDC", name: "Khu dân cư an toàn", ratedLevel: NEIGHBOURHOOD, recognizingLevel: WARD, period: YEAR, criteriaSetId: $s, targets: [{ title: "Trên 90% khu dân cư được công nhận", metric: "recognisedShare", goal: 0.9, unit: "tỷ lệ", comparison: MORE_THAN }, { title: "100% hộ ký cam kết", metric: "householdsSignedShare", goal: 1, unit: "tỷ lệ" }] }) { id } }',
      { s: set.data?.createCriteriaSet.id },
      'admin',
    );
    expect(made.errors).toBeUndefined();
    const res = await app.gql<{ periodReport: { data: { targets: Array<{ programmeCode: string; title: string; value: number | null; met: boolean | null; basis: { key: string } }> } } }>(
      'query($id: ID!) { periodReport(id: $id) { data { targets { programmeCode title value met basis { key } } } } }',
      { id: reportId },
      'thaonguyen',
    );
    expect(res.data?.periodReport.data.targets).toEqual([
      { programmeCode: 'BC-KDC', title: 'Trên 90% khu dân cư được công nhận', value: 0, met: false, basis: { key: 'RECOGNIZED' } },
      { programmeCode: 'BC-KDC', title: '100% hộ ký cam kết', value: null, met: null, basis: { key: 'HOUSEHOLDS_SIGNED' } },
    ]);
  });

  test('periods are checked: an index where the kind takes one, own days only for CUSTOM', async () => {
    const paths = async (input: Record<string, unknown>) => {
      const res = await app.gql(CREATE, { input: { unitId: id.thaonguyen, year: 2026, ...input } }, 'thaonguyen');
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      return (res.errors?.[0]?.extensions?.fields as Array<{ path: string }>).map((f) => f.path);
    };
    expect(await paths({ periodKind: 'MONTH' })).toEqual(['input.periodIndex']);
    expect(await paths({ periodKind: 'QUARTER', periodIndex: 5 })).toEqual(['input.periodIndex']);
    expect(await paths({ periodKind: 'CUSTOM', from: '2026-05-01', to: '2026-04-01' })).toEqual(['input.to']);
    expect(await paths({ periodKind: 'YEAR', from: '2026-05-01' })).toEqual(['input.from']);
    const month = await app.gql<{ createPeriodReport: { from: string; to: string } }>(CREATE, { input: { unitId: id.thaonguyen, year: 2026, periodKind: 'MONTH', periodIndex: 2 } }, 'thaonguyen');
    expect(month.data?.createPeriodReport).toMatchObject({ from: '2026-02-01', to: '2026-02-28' });
  });

  test('one report per unit and period', async () => {
    const again = await app.gql(CREATE, { input: { unitId: id.thaonguyen, periodKind: 'YEAR', year: 2026 } }, 'thaonguyen');
    expect(codeOf(again)).toBe('CONFLICT');
  });
});

describe('scope', () => {
  test.each([
    ['sonla', true],
    ['viewer', true],
    ['thaonguyen', true],
    ['tdp32', false],
    ['yencuong', false],
    ['ninhbinh', false],
  ])('%s reads the ward’s report: %s', async (user, reads) => {
    const res = await app.gql<{ periodReport: { id: string } | null }>('query($id: ID!) { periodReport(id: $id) { id } }', { id: reportId }, user);
    if (reads) expect(res.data?.periodReport?.id).toBe(reportId);
    else expect(codeOf(res)).toBe('NOT_FOUND');
  });

  test.each([
    ['sonla', 'FORBIDDEN'],
    ['viewer', 'FORBIDDEN'],
    ['tdp32', 'FORBIDDEN'],
    ['yencuong', 'BAD_USER_INPUT'],
  ])('%s may not write the ward’s report (%s)', async (user, code) => {
    expect(codeOf(await app.gql(CREATE, { input: { unitId: id.thaonguyen, periodKind: 'QUARTER', periodIndex: 1, year: 2026 } }, user))).toBe(code);
  });

  test('a head reports for their own neighbourhood; the ward officer accepts it', async () => {
    const own = await app.gql<{ createPeriodReport: { id: string } }>(CREATE, { input: { unitId: id.tdp32, periodKind: 'MONTH', periodIndex: 11, year: 2026 } }, 'tdp32');
    expect(own.errors).toBeUndefined();
    const nid = own.data?.createPeriodReport.id as string;
    expect((await app.gql<{ transitionPeriodReport: { status: string } }>(STEP, { id: nid, a: 'SUBMIT' }, 'tdp32')).data?.transitionPeriodReport.status).toBe('SUBMITTED');
    expect(codeOf(await app.gql(STEP, { id: nid, a: 'ACCEPT' }, 'sonla'))).toBe('FORBIDDEN');
    expect((await app.gql<{ transitionPeriodReport: { status: string } }>(STEP, { id: nid, a: 'ACCEPT' }, 'thaonguyen')).data?.transitionPeriodReport.status).toBe('ACCEPTED');
  });
});

describe('sending up the tree', () => {
  test('submitted by the ward, frozen, returned with a note, resubmitted and accepted by the province', async () => {
    expect(codeOf(await app.gql(STEP, { id: reportId, a: 'SUBMIT' }, 'sonla'))).toBe('FORBIDDEN');
    const sent = await app.gql<{ transitionPeriodReport: { status: string } }>(STEP, { id: reportId, a: 'SUBMIT' }, 'thaonguyen');
    expect(sent.data?.transitionPeriodReport.status).toBe('SUBMITTED');
    // Frozen: no edit, and a new model does not change what was sent.
    expect(codeOf(await app.gql('mutation($id: ID!) { updatePeriodReport(id: $id, input: { problems: "x" }) { id } }', { id: reportId }, 'thaonguyen'))).toBe('CONFLICT');
    await app.gql('mutation($input: ModelCreateInput!) { createModel(input: $input) { id } }', { input: modelInput('Camera mới sau khi gửi') }, 'thaonguyen');
    const frozen = await app.gql<{ periodReport: Report }>(`query($id: ID!) { periodReport(id: $id) { ${FIELDS} } }`, { id: reportId }, 'sonla');
    expect(frozen.data?.periodReport.data.figures[0]?.total).toBe(17);
    expect(frozen.data?.periodReport.data.annex.map((a) => a.name)).not.toContain('Camera mới sau khi gửi');
    expect(frozen.data?.periodReport.allowedActions).toEqual(['ACCEPT', 'RETURN']);
    // The ward cannot accept its own report; another province cannot see it.
    expect(codeOf(await app.gql(STEP, { id: reportId, a: 'ACCEPT' }, 'thaonguyen'))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(STEP, { id: reportId, a: 'ACCEPT' }, 'ninhbinh'))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(STEP, { id: reportId, a: 'RETURN' }, 'sonla'))).toBe('BAD_USER_INPUT');
    const returned = await app.gql<{ transitionPeriodReport: { status: string } }>(STEP, { id: reportId, a: 'RETURN', n: 'Bổ sung số liệu camera' }, 'sonla');
    expect(returned.data?.transitionPeriodReport.status).toBe('RETURNED');
    // Returned: the numbers follow the data again.
    const live = await app.gql<{ periodReport: Report }>(`query($id: ID!) { periodReport(id: $id) { ${FIELDS} } }`, { id: reportId }, 'thaonguyen');
    expect(live.data?.periodReport.data.figures[0]?.total).toBe(34);
    await app.gql(STEP, { id: reportId, a: 'SUBMIT' }, 'thaonguyen');
    const accepted = await app.gql<{ transitionPeriodReport: { status: string; history: Array<{ action: string; byName: string; note: string | null }> } }>(STEP, { id: reportId, a: 'ACCEPT' }, 'sonla');
    expect(accepted.data?.transitionPeriodReport.status).toBe('ACCEPTED');
    expect(accepted.data?.transitionPeriodReport.history.map((h) => `${h.action}:${h.byName}`)).toEqual(['SUBMIT:thaonguyen', 'RETURN:sonla', 'SUBMIT:thaonguyen', 'ACCEPT:sonla']);
    expect(codeOf(await app.gql('mutation($id: ID!) { deletePeriodReport(id: $id) }', { id: reportId }, 'thaonguyen'))).toBe('CONFLICT');
  });

  test('the province’s own report consolidates what its wards sent up', async () => {
    const own = await app.gql<{ createPeriodReport: { consolidated: { reports: Array<{ id: string }>; data: { figures: Array<{ indicator: string; total: number }>; publicReports: { medianResponseMinutes: number | null } } } } }>(
      'mutation($u: ID!) { createPeriodReport(input: { unitId: $u, periodKind: YEAR, year: 2026 }) { consolidated { reports { id } data { figures { indicator total } publicReports { medianResponseMinutes } } } } }',
      { u: id.sonla },
      'sonla',
    );
    expect(own.errors).toBeUndefined();
    const consolidated = own.data?.createPeriodReport.consolidated;
    expect(consolidated?.reports).toEqual([{ id: reportId }]);
    // The frozen sections of what the ward sent (its second submission counted 34 camera).
    expect(consolidated?.data.figures).toEqual([{ indicator: 'Camera an ninh', total: 34 }]);
    expect(consolidated?.data.publicReports.medianResponseMinutes).toBeNull();
  });

  test('the province sees which wards have reported, and which are late', async () => {
    type Completeness = { reportCompleteness: { accepted: number; missing: number; late: number; rows: Array<{ unit: { id: string }; status: string; late: boolean }> } };
    const Q = 'query($u: ID!, $y: Int!) { reportCompleteness(unitId: $u, year: $y, periodKind: YEAR) { accepted missing late rows { unit { id } status late } } }';
    const now = await app.gql<Completeness>(Q, { u: id.sonla, y: 2026 }, 'sonla');
    expect(now.errors).toBeUndefined();
    const c = now.data?.reportCompleteness;
    expect(c?.rows.find((r) => r.unit.id === id.thaonguyen)).toEqual({ unit: { id: id.thaonguyen }, status: 'ACCEPTED', late: false });
    expect(c?.accepted).toBe(1);
    expect(c?.missing).toBe((c?.rows.length ?? 0) - 1);
    // 2025 has ended long ago: every ward without a report is late.
    const past = await app.gql<Completeness>(Q, { u: id.sonla, y: 2025 }, 'sonla');
    expect(past.data?.reportCompleteness.late).toBe(past.data?.reportCompleteness.rows.length);
    expect(codeOf(await app.gql(Q, { u: id.sonla, y: 2026 }, 'yencuong'))).toBe('NOT_FOUND');
  });
});

describe('Phụ lục 2 as XLSX', () => {
  const download = (user?: string) => (user ? app.token(user) : Promise.resolve(null)).then((t) => fetch(`${app.url}/exports/period-reports/${reportId}/annex.xlsx`, { headers: t ? { authorization: `Bearer ${t}` } : {} }));

  test('the ward and those above download it; its rows are the models, formulas stay text', async () => {
    const res = await download('thaonguyen');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename=phu-luc-2-Phuong-Thao-Nguyen-2026\.xlsx; filename\*=UTF-8''/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Phụ lục 2');
    expect(sheet?.getRow(1).getCell(1).value).toBe('PHỤ LỤC 2');
    expect((sheet?.getRow(4).values as unknown[]).slice(1)).toEqual([
      'STT',
      'Tên mô hình',
      'Đơn vị/địa bàn thực hiện',
      'Bối cảnh xây dựng mô hình',
      'Kết quả nổi bật của mô hình',
      'Những vấn đề đặt ra qua thực tiễn triển khai',
      'Phương án thực hiện trong giai đoạn 2027',
      'Kiến nghị đối với Công an tỉnh Sơn La',
    ]);
    const names: unknown[] = [];
    sheet?.eachRow((row, n) => n > 4 && names.push(row.getCell(2).value));
    expect(names).toContain('=HYPERLINK("http://x","bấm")');
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(sheet?.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9 });
    for (const user of ['sonla', 'viewer']) expect((await download(user)).status).toBe(200);
  });

  test('outside the scope it does not exist; without a token it is refused', async () => {
    expect((await download('yencuong')).status).toBe(404);
    expect((await download('tdp32')).status).toBe(404);
    expect((await download()).status).toBe(401);
  });
});
