/**
 * Seed 000's tourism-safety system over HTTP: businesses kept by the ward and its heads, public
 * reports without an account (bilingual validation, throttling, status by code), triage by
 * officers in scope with contact details only for them, public unit names, and QR codes.
 */
import { Throttle } from '../api/core/throttle';
import { Report } from '../api/tourism/report.model';
import { codeOf, fixtureIds, startTestApp, type FixtureIds, type TestApp } from './helpers/app';

let app: TestApp;
let id: FixtureIds;
const anonymous = { token: '' };

beforeAll(async () => {
  app = await startTestApp();
  id = await fixtureIds(app);
});
afterAll(() => app.close());

const CREATE_EST = 'mutation($input: EstablishmentCreateInput!) { createEstablishment(input: $input) { id name neighbourhoodId wardId hostKeeper { name phone } access { update delete } } }';
type Est = { createEstablishment: { id: string; name: string; neighbourhoodId: string; wardId: string; access: { update: boolean; delete: boolean } } };
const SUBMIT = 'mutation($input: ReportInput!) { submitReport(input: $input) { code status } }';
type Receipt = { submitReport: { code: string; status: string } };
const report = (extra: Record<string, unknown> = {}) => ({ unitId: id.tdp32, category: 'PRICE_GOUGING', description: 'Quán bán nước giá gấp ba lần niêm yết', lang: 'vi', ...extra });

describe('establishments', () => {
  let est: string;

  test.each([
    ['tdp32', 'tdp32', null],
    ['thaonguyen', 'tdp1', null],
    ['tdp32', 'tdp1', 'BAD_USER_INPUT'], // another neighbourhood: not in the head's scope
    ['viewer', 'tdp32', 'FORBIDDEN'],
    ['yencuong', 'tdp32', 'BAD_USER_INPUT'],
  ])('%s adding a business in %s → %s', async (user, where, expected) => {
    const res = await app.gql<Est>(
      CREATE_EST,
      { input: { neighbourhoodId: id[where as keyof FixtureIds], name: `Quán ${user} ${where}`, kind: 'FOOD', commitmentSignedOn: '2025-10-01', hostKeeper: { name: 'Lò Văn A', phone: '0912 345 678' } } },
      user,
    );
    if (expected) expect(codeOf(res)).toBe(expected);
    else {
      expect(res.errors).toBeUndefined();
      expect(res.data?.createEstablishment.neighbourhoodId).toBe(id[where as keyof FixtureIds]);
      expect(res.data?.createEstablishment.wardId).toBe(id.thaonguyen);
      if (user === 'tdp32') est = res.data?.createEstablishment.id as string;
    }
  });

  test('the head updates their business but may not delete it; the ward police may; others do not see it', async () => {
    const upd = await app.gql<{ updateEstablishment: { ownerName: string } }>('mutation($id: ID!) { updateEstablishment(id: $id, input: { ownerName: "Bà Quàng Thị B" }) { ownerName } }', { id: est }, 'tdp32');
    expect(upd.data?.updateEstablishment.ownerName).toBe('Bà Quàng Thị B');
    const access = await app.gql<{ establishment: { access: { update: boolean; delete: boolean } } }>('query($id: ID!) { establishment(id: $id) { access { update delete } } }', { id: est }, 'tdp32');
    expect(access.data?.establishment.access).toEqual({ update: true, delete: false });
    expect(codeOf(await app.gql('mutation($id: ID!) { deleteEstablishment(id: $id) }', { id: est }, 'tdp32'))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql('query($id: ID!) { establishment(id: $id) { id } }', { id: est }, 'yencuong'))).toBe('NOT_FOUND');
    const search = await app.gql<{ establishments: { total: number } }>('{ establishments(filter: { q: "quang thi", committed: true }) { total } }', {}, 'thaonguyen');
    expect(search.data?.establishments.total).toBe(1);
  });
});

describe('public reports', () => {
  test('anyone submits without an account and gets a tracking code; the status lookup tells nothing more', async () => {
    const res = await app.gql<Receipt>(SUBMIT, { input: report({ contactPhone: '0987 654 321', locationText: 'Chợ đêm' }) }, anonymous);
    expect(res.errors).toBeUndefined();
    expect(res.data?.submitReport).toEqual({ code: expect.stringMatching(/^PA-[0-9A-Z]{6}$/), status: 'RECEIVED' });
    const code = res.data?.submitReport.code as string;
    const status = await app.gql<{ reportStatus: Record<string, unknown> }>('query($c: String!) { reportStatus(code: $c) { code status } }', { c: code.toLowerCase() }, anonymous);
    expect(status.data?.reportStatus).toEqual({ code, status: 'RECEIVED' });
    // As typed on a phone: lower case, without the dash.
    const typed = await app.gql<{ reportStatus: Record<string, unknown> }>('query($c: String!) { reportStatus(code: $c) { code } }', { c: ` ${code.toLowerCase().replace('-', '')} ` }, anonymous);
    expect(typed.data?.reportStatus).toEqual({ code });
    // The public type has no other fields: asking for the description is a validation error.
    expect(codeOf(await app.gql('query($c: String!) { reportStatus(code: $c) { description } }', { c: code }, anonymous))).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await app.gql<{ reportStatus: null }>('{ reportStatus(code: "PA-ZZZZZZ") { code } }', {}, anonymous)).data?.reportStatus).toBeNull();
    // …and without an account nothing else is readable.
    expect(codeOf(await app.gql('{ reports { total } }', {}, anonymous))).toBe('UNAUTHENTICATED');
  });

  test('bad input is refused field by field, in the language of the form', async () => {
    const en = await app.gql(SUBMIT, { input: report({ lang: 'en', description: 'short', contactPhone: 'abc' }) }, anonymous);
    expect(codeOf(en)).toBe('BAD_USER_INPUT');
    expect(en.errors?.[0]?.extensions?.fields).toEqual(
      expect.arrayContaining([
        { path: 'input.description', message: 'Describe what happened (10 to 2000 characters)' },
        { path: 'input.contactPhone', message: 'This phone number is not valid' },
      ]),
    );
    const vi = await app.gql(SUBMIT, { input: report({ unitId: '0123456789abcdef01234567' }) }, anonymous);
    expect(vi.errors?.[0]?.extensions?.fields).toEqual([{ path: 'input.unitId', message: 'Hãy chọn nơi xảy ra sự việc' }]);
    const long = await app.gql(SUBMIT, { input: report({ description: 'x'.repeat(2001) }) }, anonymous);
    expect(codeOf(long)).toBe('BAD_USER_INPUT');
  });

  test('text is stored as written: markup stays inert text', async () => {
    const html = '<img src=x onerror=alert(1)> <script>alert("x")</script> giá quá cao';
    const res = await app.gql<Receipt>(SUBMIT, { input: report({ description: html }) }, anonymous);
    const stored = await Report.findOne({ code: res.data?.submitReport.code }).lean();
    expect(stored?.description).toBe(html);
  });

  test('public unit names: ids and names only, diacritics-insensitive', async () => {
    const res = await app.gql<{ publicUnits: Array<{ id: string; name: string; level: string; parentName: string | null }> }>('{ publicUnits(q: "thao nguyen") { id name level parentName } }', {}, anonymous);
    expect(res.data?.publicUnits).toContainEqual({ id: id.thaonguyen, name: 'Phường Thảo Nguyên', level: 'WARD', parentName: 'Tỉnh Sơn La' });
    const one = await app.gql<{ publicUnit: unknown }>('query($id: ID!) { publicUnit(id: $id) { id name level parentName } }', { id: id.tdp32 }, anonymous);
    expect(one.data?.publicUnit).toEqual({ id: id.tdp32, name: 'Tổ dân phố 3/2', level: 'NEIGHBOURHOOD', parentName: 'Phường Thảo Nguyên, Tỉnh Sơn La' });
    const under = await app.gql<{ publicUnits: Array<{ id: string }> }>('query($p: ID!) { publicUnits(q: "3/2", parentId: $p) { id } }', { p: id.thaonguyen }, anonymous);
    expect(under.data?.publicUnits.map((u) => u.id)).toContain(id.tdp32);
  });

  test('submissions are throttled per client address, in the database', async () => {
    await Throttle.deleteMany({});
    for (let i = 0; i < 5; i++) expect((await app.gql(SUBMIT, { input: report() }, anonymous)).errors).toBeUndefined();
    const before = await Report.countDocuments();
    const refused = await app.gql(SUBMIT, { input: report({ lang: 'en' }) }, anonymous);
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    expect(refused.errors?.[0]?.message).toContain('too many reports');
    expect(await Report.countDocuments()).toBe(before);
    await Throttle.deleteMany({});
  });
});

describe('triage', () => {
  let reportId: string;
  let code: string;
  const TRIAGE = 'mutation($id: ID!, $input: ReportTriageInput!) { triageReport(id: $id, input: $input) { status respondedAt closedAt substantiated responseMinutes steps { status byName note } } }';
  const READ = 'query($id: ID!) { report(id: $id) { code description contact { phone } overdue access { update } } }';

  beforeAll(async () => {
    const res = await app.gql<Receipt>(SUBMIT, { input: report({ contactPhone: '0987 654 321', description: 'Có người chèo kéo khách ở cổng chợ' , category: 'TOUTING' }) }, anonymous);
    code = res.data?.submitReport.code as string;
    reportId = String((await Report.findOne({ code }).lean())?._id);
  });

  test.each([
    ['thaonguyen', { contact: { phone: '0987 654 321' }, access: { update: true } }],
    ['sonla', { contact: { phone: '0987 654 321' }, access: { update: true } }],
    ['tdp32', { contact: null, access: { update: false } }],
    ['viewer', { contact: null, access: { update: false } }],
  ])('%s reads it; contact details only for officers in scope', async (user, expected) => {
    const res = await app.gql<{ report: Record<string, unknown> }>(READ, { id: reportId }, user);
    expect(res.data?.report).toMatchObject(expected);
  });

  test('outside the scope it does not exist', async () => {
    expect(codeOf(await app.gql(READ, { id: reportId }, 'yencuong'))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(TRIAGE, { id: reportId, input: { status: 'VERIFYING' } }, 'yencuong'))).toBe('NOT_FOUND');
  });

  test('heads and viewers may not triage', async () => {
    expect(codeOf(await app.gql(TRIAGE, { id: reportId, input: { status: 'VERIFYING' } }, 'tdp32'))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(TRIAGE, { id: reportId, input: { status: 'VERIFYING' } }, 'viewer'))).toBe('FORBIDDEN');
  });

  test('the ward police verify, then resolve with a note; the public sees the status change', async () => {
    const verifying = await app.gql<{ triageReport: { status: string; respondedAt: string | null; responseMinutes: number | null } }>(TRIAGE, { id: reportId, input: { status: 'VERIFYING', note: 'Tổ tuần tra đến kiểm tra' } }, 'thaonguyen');
    expect(verifying.data?.triageReport).toMatchObject({ status: 'VERIFYING', responseMinutes: 0 });
    expect(verifying.data?.triageReport.respondedAt).not.toBeNull();
    expect(codeOf(await app.gql(TRIAGE, { id: reportId, input: { status: 'RESOLVED' } }, 'thaonguyen'))).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.gql(TRIAGE, { id: reportId, input: { status: 'RECEIVED' } }, 'thaonguyen'))).toBe('CONFLICT');
    const resolved = await app.gql<{ triageReport: { status: string; substantiated: boolean; steps: Array<{ status: string; byName: string; note: string }> } }>(
      TRIAGE,
      { id: reportId, input: { status: 'RESOLVED', note: 'Đã nhắc nhở, lập biên bản', substantiated: true } },
      'thaonguyen',
    );
    expect(resolved.data?.triageReport).toMatchObject({ status: 'RESOLVED', substantiated: true });
    expect(resolved.data?.triageReport.steps.map((s) => [s.status, s.byName])).toEqual([
      ['VERIFYING', 'thaonguyen'],
      ['RESOLVED', 'thaonguyen'],
    ]);
    const pub = await app.gql<{ reportStatus: { status: string } }>('query($c: String!) { reportStatus(code: $c) { status } }', { c: code }, anonymous);
    expect(pub.data?.reportStatus.status).toBe('RESOLVED');
  });

  test('a report waiting past its deadline is overdue and found by the overdue filter', async () => {
    const late = await app.gql<Receipt>(SUBMIT, { input: report({ description: 'Xe máy đỗ chắn lối thoát hiểm', category: 'TRAFFIC' }) }, anonymous);
    await Report.updateOne({ code: late.data?.submitReport.code }, { $set: { dueAt: new Date(Date.now() - 60_000) } });
    const overdue = await app.gql<{ reports: { items: Array<{ code: string; overdue: boolean }> } }>('{ reports(filter: { overdue: true }) { items { code overdue } } }', {}, 'thaonguyen');
    expect(overdue.data?.reports.items).toEqual([{ code: late.data?.submitReport.code, overdue: true }]);
    // A period filter (as the hot-spot view uses) takes DateTime instants.
    const period = await app.gql<{ reports: { total: number } }>('query($f: DateTime, $t: DateTime) { reports(filter: { from: $f, to: $t }) { total } }', { f: new Date(Date.now() - 3_600_000).toISOString(), t: new Date(Date.now() + 60_000).toISOString() }, 'thaonguyen');
    expect(period.errors).toBeUndefined();
    expect(period.data?.reports.total).toBeGreaterThan(1);
    const before = await app.gql<{ reports: { total: number } }>('query($t: DateTime) { reports(filter: { to: $t }) { total } }', { t: '2020-01-01T00:00:00Z' }, 'thaonguyen');
    expect(before.data?.reports.total).toBe(0);
  });
});

describe('the quarterly business rating', () => {
  test('an ESTABLISHMENT programme scores tourists’ substantiated reports itself; the ward appraises, the province recognises', async () => {
    const est = await app.gql<Est>(CREATE_EST, { input: { neighbourhoodId: id.tdp32, name: 'Homestay thử', kind: 'LODGING' } }, 'thaonguyen');
    const estId = est.data?.createEstablishment.id as string;
    const set = await app.gql<{ createCriteriaSet: { id: string; criteria: Array<{ id: string; code: string }> } }>(
      `mutation { createCriteriaSet(input: { name: "Điểm kinh doanh văn minh", groups: [{ code: "1", title: "Chung" }],
         criteria: [{ code: "1.1", title: "Niêm yết giá", group: "1", kind: PASS_FAIL },
                    { code: "1.2", title: "Không có phản ánh đúng sự thật của du khách", group: "1", kind: POINTS, maxScore: 30, deductPerReport: 10, required: false }],
         thresholds: [{ classification: "Quán thân thiện", minTotal: 25 }] }) { id criteria { id code } } }`,
      {},
      'admin',
    );
    expect(set.errors).toBeUndefined();
    const [listed, feedback] = set.data?.createCriteriaSet.criteria ?? [];
    const prog = await app.gql<{ createProgramme: { id: string } }>(
      'mutation($s: ID!) { createProgramme(input: { code: "DKDVM", name: "Điểm kinh doanh văn minh", ratedLevel: ESTABLISHMENT, recognizingLevel: WARD, period: QUARTER, criteriaSetId: $s }) { id } }',
      { s: set.data?.createCriteriaSet.id },
      'admin',
    );
    // One substantiated report about the business this quarter.
    const receipt = await app.gql<Receipt>(SUBMIT, { input: report({ establishmentId: estId, description: 'Phòng không đúng như quảng cáo, giá cao' }) }, anonymous);
    const reportId = String((await Report.findOne({ code: receipt.data?.submitReport.code }).lean())?._id);
    const TRIAGE = 'mutation($id: ID!, $input: ReportTriageInput!) { triageReport(id: $id, input: $input) { status } }';
    await app.gql(TRIAGE, { id: reportId, input: { status: 'VERIFYING' } }, 'thaonguyen');
    await app.gql(TRIAGE, { id: reportId, input: { status: 'RESOLVED', note: 'Đúng sự thật, đã nhắc nhở', substantiated: true } }, 'thaonguyen');

    const now = new Date(Date.now() + 7 * 3_600_000);
    const quarter = Math.floor(now.getUTCMonth() / 3) + 1;
    const created = await app.gql<{ createAssessment: { id: string; total: number; classification: string | null; substantiatedReports: number; subjectEstablishment: { name: string } } }>(
      'mutation($input: AssessmentCreateInput!) { createAssessment(input: $input) { id total classification substantiatedReports subjectEstablishment { name } } }',
      { input: { programmeId: prog.data?.createProgramme.id, subjectId: estId, year: now.getUTCFullYear(), quarter, results: [{ criterionId: listed?.id, met: true }, { criterionId: feedback?.id, score: 30 }] } },
      'tdp32',
    );
    expect(created.errors).toBeUndefined();
    // 30 − 10 for the one report, whatever was entered, + 1 for the met criterion.
    expect(created.data?.createAssessment).toMatchObject({ total: 21, classification: null, substantiatedReports: 1, subjectEstablishment: { name: 'Homestay thử' } });
    const a = created.data?.createAssessment.id as string;
    const STEP = 'mutation($id: ID!, $a: AssessmentAction!) { transitionAssessment(id: $id, action: $a) { status } }';
    expect((await app.gql<{ transitionAssessment: { status: string } }>(STEP, { id: a, a: 'SUBMIT' }, 'tdp32')).data?.transitionAssessment.status).toBe('SUBMITTED');
    expect((await app.gql<{ transitionAssessment: { status: string } }>(STEP, { id: a, a: 'APPRAISE' }, 'thaonguyen')).data?.transitionAssessment.status).toBe('APPRAISED');
    expect((await app.gql<{ transitionAssessment: { status: string } }>(STEP, { id: a, a: 'RECOGNIZE' }, 'sonla')).data?.transitionAssessment.status).toBe('RECOGNIZED');
    const ratings = await app.gql<{ establishment: { ratings: Array<{ status: string; quarter: number }> } }>('query($id: ID!) { establishment(id: $id) { ratings { status quarter } } }', { id: estId }, 'tdp32');
    expect(ratings.data?.establishment.ratings).toEqual([{ status: 'RECOGNIZED', quarter }]);
  });
});

describe('QR codes', () => {
  const qr = async (unitId: string, format: 'svg' | 'png', user?: string) => {
    const headers: Record<string, string> = user ? { authorization: `Bearer ${await app.token(user)}` } : {};
    return fetch(`${app.url}/qr/${unitId}.${format}`, { headers });
  };

  test('an officer in scope downloads the SVG and PNG that link to the unit’s report page', async () => {
    const svg = await qr(id.tdp32, 'svg', 'thaonguyen');
    expect(svg.status).toBe(200);
    expect(svg.headers.get('content-type')).toContain('image/svg+xml');
    expect(svg.headers.get('x-report-url')).toBe(`http://localhost:4000/report?unit=${id.tdp32}`);
    expect(await svg.text()).toContain('<svg');
    const png = await qr(id.tdp32, 'png', 'sonla');
    expect(png.status).toBe(200);
    expect(Buffer.from(await png.arrayBuffer()).subarray(1, 4).toString()).toBe('PNG');
  });

  test.each([
    [undefined, 401],
    ['tdp32', 403],
    ['viewer', 403],
    ['yencuong', 404],
  ])('%s → %s', async (user, status) => {
    expect((await qr(id.tdp32, 'svg', user)).status).toBe(status);
  });
});

describe('places: a business location, a unit’s aliases and point on the public page', () => {
  test('a business keeps its location; null clears it', async () => {
    const created = await app.gql<{ createEstablishment: { id: string; location: { lat: number; lng: number } | null } }>(
      'mutation($n: ID!) { createEstablishment(input: { neighbourhoodId: $n, name: "Quán có vị trí", kind: FOOD, location: { lat: 20.8479, lng: 104.6324 } }) { id location { lat lng } } }',
      { n: id.tdp32 },
      'thaonguyen',
    );
    expect(created.data?.createEstablishment.location).toEqual({ lat: 20.8479, lng: 104.6324 });
    const estId = created.data?.createEstablishment.id;
    const cleared = await app.gql<{ updateEstablishment: { location: null } }>('mutation($id: ID!) { updateEstablishment(id: $id, input: { location: null }) { location { lat } } }', { id: estId }, 'thaonguyen');
    expect(cleared.data?.updateEstablishment.location).toBeNull();
    const plain = await app.gql<{ createEstablishment: { location: null } }>('mutation($n: ID!) { createEstablishment(input: { neighbourhoodId: $n, name: "Quán chưa định vị", kind: FOOD }) { location { lat } } }', { n: id.tdp32 }, 'tdp32');
    expect(plain.data?.createEstablishment.location).toBeNull();
  });

  test('publicUnit gives the unit’s aliases and point; a unit without them has none (never null)', async () => {
    const ward = await app.gql<{ publicUnit: { aliases: string[]; location: { lat: number } | null; matchedAlias: null } }>('query($id: ID!) { publicUnit(id: $id) { aliases location { lat } matchedAlias } }', { id: id.thaonguyen }, anonymous);
    expect(ward.data?.publicUnit.aliases).toEqual(expect.arrayContaining(['Mộc Châu', 'Chợ đêm']));
    expect(ward.data?.publicUnit.location?.lat).toBeCloseTo(20.85, 1);
    const province = await app.gql<{ publicUnit: { aliases: string[]; location: null } }>('query($id: ID!) { publicUnit(id: $id) { aliases location { lat } } }', { id: id.sonla }, anonymous);
    expect(province.data?.publicUnit).toEqual({ aliases: [], location: null });
    const other = await app.gql<{ ward: { aliases: string[]; location: null } }>('query($id: ID!) { ward(id: $id) { aliases location { lat } } }', { id: id.otherSonlaWard }, 'sonla');
    expect(other.data?.ward).toEqual({ aliases: [], location: null });
  });
});
