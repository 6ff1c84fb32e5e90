/** The national seed: every province and ward in force since 2025-07-01, the seed documents' units, the demo accounts. */
import { Province } from '../api/hierarchy/province.model';
import { Ward } from '../api/hierarchy/ward.model';
import { Neighbourhood } from '../api/hierarchy/neighbourhood.model';
import { User } from '../api/users/user.model';
import { Assessment } from '../api/assessments/assessment.model';
import { SecurityModel } from '../api/models/model.model';
import { Programme } from '../api/programmes/programme.model';
import { PeriodReport } from '../api/reporting/period-report.model';
import { AuditEntry } from '../api/core/audit-log';
import { loadConfig } from '../api/config';
import { seedAll } from '../seed/seed';
import { migrateData } from '../api/db/migrations';
import { startTestApp, type TestApp } from './helpers/app';

let app: TestApp;
// Seeding all 34 provinces and 3,321 wards into the embedded database is the slowest set-up of the suite.
beforeAll(async () => {
  app = await startTestApp({ seed: 'national' });
}, 180_000);
afterAll(() => app.close());

test('34 provinces and 3,321 wards, each ward under its province', async () => {
  const res = await app.gql<{ provinces: { total: number }; wards: { total: number }; xa: { total: number }; dk: { total: number } }>(
    '{ provinces { total } wards { total } xa: wards(filter: { type: XA }) { total } dk: wards(filter: { type: DAC_KHU }) { total } }',
    {},
    'admin',
  );
  expect(res.data?.provinces.total).toBe(34);
  expect(res.data?.wards.total).toBe(3321);
  expect(res.data?.dk.total).toBe(13);
  const provinceIds = new Set((await Province.find({}, { _id: 1 }).lean()).map((p) => String(p._id)));
  const orphans = (await Ward.find({}, { provinceId: 1 }).lean()).filter((w) => !provinceIds.has(String(w.provinceId)));
  expect(orphans).toEqual([]);
});

test.each([
  ['Phường Thảo Nguyên', 'Tỉnh Sơn La', 20],
  ['Xã Yên Cường', 'Tỉnh Ninh Bình', 8],
  ['Phường Buôn Ma Thuột', 'Tỉnh Đắk Lắk', 11],
])('%s (%s) has its neighbourhoods from the seed documents', async (ward, province, count) => {
  const res = await app.gql<{ wards: { items: Array<{ province: { name: string }; neighbourhoods: { total: number } }> } }>(
    'query($q: String) { wards(filter: { q: $q }) { items { province { name } neighbourhoods { total } } } }',
    { q: ward },
    'admin',
  );
  const match = res.data?.wards.items.find((w) => w.province.name === province);
  expect(match?.neighbourhoods.total).toBe(count);
});

test('Tổ dân phố 3/2 is real data headed by tdp32; invented names are flagged as samples', async () => {
  const res = await app.gql<{ neighbourhoods: { items: Array<{ name: string; isSample: boolean; head: { username: string } | null }> } }>(
    '{ neighbourhoods(page: { limit: 100 }) { items { name isSample head { username } } } }',
    {},
    'admin',
  );
  const items = res.data?.neighbourhoods.items ?? [];
  expect(items.find((n) => n.name === 'Tổ dân phố 3/2')).toEqual({ name: 'Tổ dân phố 3/2', isSample: false, head: { username: 'tdp32' } });
  expect(items.filter((n) => !n.isSample).map((n) => n.name)).toEqual(['Tổ dân phố 3/2']);
});

describe('the seed documents’ content', () => {
  test('seed 002: "Khu dân cư kiểu mẫu" with criteria 3.1, 3.2 and the twelve items of 3.3, and its three targets', async () => {
    const res = await app.gql<{ programmes: { items: Array<{ ratedLevel: string; recognizingLevel: string; targets: Array<{ metric: string; goal: number; comparison: string }>; criteriaSet: { groups: Array<{ code: string }>; criteria: Array<{ group: string; kind: string }> } }> } }>(
      '{ programmes(filter: { q: "khu dan cu kieu mau" }) { items { ratedLevel recognizingLevel targets { metric goal comparison } criteriaSet { groups { code } criteria { group kind } } } } }',
      {},
      'viewer',
    );
    const p = res.data?.programmes.items[0];
    expect(p).toMatchObject({ ratedLevel: 'NEIGHBOURHOOD', recognizingLevel: 'WARD' });
    expect(p?.criteriaSet.groups.map((g) => g.code)).toEqual(['3.1', '3.2', '3.3']);
    expect(p?.criteriaSet.criteria.filter((c) => c.group === '3.3')).toHaveLength(12);
    expect(p?.targets).toEqual(
      expect.arrayContaining([
        { metric: 'launchedWithin3MonthsShare', goal: 1, comparison: 'AT_LEAST' },
        { metric: 'householdsSignedShare', goal: 1, comparison: 'AT_LEAST' },
        { metric: 'recognisedShare', goal: 0.9, comparison: 'MORE_THAN' },
      ]),
    );
  });

  test('local programmes belong to their issuing ward; national ones to none', async () => {
    const wards = new Map((await Ward.find({ code: { $in: ['24133', '03982'] } }, { code: 1, provinceId: 1 }).lean()).map((w) => [w.code, w]));
    const byCode = new Map((await Programme.find({}).lean()).map((p) => [p.code, p]));
    for (const [code, ward] of [['KDC-KIEU-MAU', '24133'], ['DKDVM', '03982'], ['QUAN-THAN-THIEN', '03982']] as const) {
      const w = wards.get(ward);
      expect(byCode.get(code)).toMatchObject({ issuerUnitId: w?._id, issuerLevel: 'WARD', wardId: w?._id, provinceId: w?.provinceId, neighbourhoodId: null });
    }
    for (const code of ['DIEN-HINH-3554', 'KDC-AN-TOAN-ANTT']) expect(byCode.get(code)).toMatchObject({ issuerUnitId: null, issuerLevel: null, provinceId: null, wardId: null });
    // As the API shows it.
    const res = await app.gql<{ programmes: { items: Array<{ code: string; issuerUnitId: string | null }> } }>('{ programmes(page: { limit: 50 }) { items { code issuerUnitId } } }', {}, 'admin');
    expect(res.data?.programmes.items.find((p) => p.code === 'KDC-KIEU-MAU')?.issuerUnitId).toBe(String(wards.get('24133')?._id));
  });

  test('seed 002: its launch deadline, and "Phấn đấu" spelt right in the titles people read (the typo kept in notes)', async () => {
    const p = await Programme.findOne({ code: 'KDC-KIEU-MAU' }).lean();
    expect(p?.deadlines).toEqual([expect.objectContaining({ due: '2026-09-30', step: 'LAUNCH' })]);
    expect(p?.deadlines[0]?.note).toMatch(/03 tháng/);
    const titles = [...(p?.targets.map((t) => t.title) ?? [])];
    const set = await app.gql<{ programmes: { items: Array<{ criteriaSet: { criteria: Array<{ code: string; title: string }> } }> } }>(
      '{ programmes(filter: { q: "KDC-KIEU-MAU" }) { items { criteriaSet { criteria { code title } } } } }',
      {},
      'admin',
    );
    titles.push(...(set.data?.programmes.items[0]?.criteriaSet.criteria.map((c) => c.title) ?? []));
    expect(titles.filter((t) => /phấn đấu/i.test(t))).toHaveLength(3);
    expect(titles.filter((t) => /phần đầu/i.test(t))).toEqual([]);
    expect(p?.targets.some((t) => t.note?.includes('“phần đầu”') || t.note?.includes('“Phần đầu”'))).toBe(true);
  });

  test('seed 003: Decision 3554 programme with 12 placeholder criteria in 4 groups, due 25/11, recognised by the province', async () => {
    const res = await app.gql<{ programmes: { items: Array<{ recognizingLevel: string; ratedLevel: string; alsoRates: string[]; deadlines: Array<{ due: string; step: string }>; legalBasis: Array<{ number: string | null }>; criteriaSet: { groups: unknown[]; criteria: Array<{ placeholder: boolean }> } }> } }>(
      '{ programmes(filter: { q: "3554" }) { items { recognizingLevel ratedLevel alsoRates deadlines { due step } legalBasis { number } criteriaSet { groups { code } criteria { placeholder } } } } }',
      {},
      'admin',
    );
    const p = res.data?.programmes.items[0];
    expect(p?.recognizingLevel).toBe('PROVINCE');
    // It rates wards and organisations (cơ quan, doanh nghiệp, cơ sở giáo dục); the self-assessment is due before 25/11.
    expect(p).toMatchObject({ ratedLevel: 'WARD', alsoRates: ['ORGANISATION'] });
    expect(p?.deadlines).toEqual([{ due: '--11-25', step: 'SUBMIT' }]);
    expect(p?.legalBasis.map((d) => d.number)).toContain('3554/QĐ-BCA-V05');
    expect(p?.criteriaSet.groups).toHaveLength(4);
    expect(p?.criteriaSet.criteria).toHaveLength(12);
    expect(p?.criteriaSet.criteria.every((c) => c.placeholder)).toBe(true);
  });

  test('seed 004: Lai Vung’s 17 models on the Đồng Tháp communes that run them, none on the province, with their figures; the last three planned', async () => {
    const res = await app.gql<{ models: { total: number; items: Array<{ name: string; status: string; unitMappingNote: string | null; unit: { name: string }; province: unknown; figures: Array<{ indicator: string; value: number; place: string | null }> }> } }>(
      '{ models(filter: { q: "" }, page: { limit: 200 }, sort: { field: "createdAt" }) { total items { name status unitMappingNote unit { name ... on Ward { province { name } } } figures { indicator value place } } } }',
      {},
      'admin',
    );
    const laiVung = res.data?.models.items.filter((m) => m.unitMappingNote?.includes('Lai Vung')) ?? [];
    expect(laiVung).toHaveLength(17);
    // Each on the commune of today holding most of the old communes its row names (row 6, old Xã Tân Thành, on Xã Lai Vung;
    // rows 7 and 10 on Xã Phong Hòa); district-wide ones, unnamed ones and the three not yet done on Xã Hòa Long, the old seat's.
    const [HL, LV, PH] = ['Xã Hòa Long', 'Xã Lai Vung', 'Xã Phong Hòa'];
    expect(laiVung.map((m) => m.unit.name)).toEqual([HL, LV, HL, HL, HL, LV, PH, HL, HL, PH, HL, HL, HL, HL, HL, HL, HL]);
    expect(laiVung.every((m) => (m as { unit: { province?: { name: string } } }).unit.province?.name === 'Tỉnh Đồng Tháp')).toBe(true);
    expect(await SecurityModel.countDocuments({ statusAsOf: '2020-12', unitLevel: 'PROVINCE' })).toBe(0);
    // The cameras go to the commune with most cameras named (Tân Thành 14 + Tân Phước 15, now Xã Lai Vung); Tân Dương's are in the note.
    expect(laiVung[1]?.unit.name).toBe(LV);
    expect(laiVung[1]?.unitMappingNote).toMatch(/Xã Tân Dương \(mã 30214\): Tân Dương 15, Hòa Thành 08/);
    // District-wide models say they run in every commune of the old district.
    expect(laiVung[0]?.unitMappingNote).toMatch(/mọi xã của huyện cũ/);
    // Per-commune camera figures name today's communes.
    const cameras = laiVung[1]?.figures.filter((f) => f.indicator === 'Camera an ninh') ?? [];
    expect(cameras.map((f) => f.value)).toEqual([63, 15, 8, 14, 15, 13]);
    expect(laiVung.slice(14).map((m) => m.status)).toEqual(['PLANNED', 'PLANNED', 'PLANNED']);
    const values = laiVung.flatMap((m) => m.figures.map((f) => f.value));
    for (const v of [762, 128, 63, 15, 8, 14, 13, 196, 40, 26, 197, 948, 12, 36, 106, 32, 25, 50, 9, 410, 71, 586, 189, 69, 1173, 3519]) expect(values).toContain(v);
  });

  test('seed 004: status as of 12/2020 and start years as partial dates; names spelt right, the report as sent', async () => {
    const stored = await SecurityModel.find({ statusAsOf: '2020-12' }).sort({ createdAt: 1, _id: 1 }).lean();
    expect(stored).toHaveLength(17);
    expect(Object.fromEntries(stored.filter((m) => m.startedIn).map((m) => [m.name, m.startedIn]))).toEqual({
      'Gắn, treo biển số điện thoại Công an xã, thị trấn': '2013',
      'Quản lý, giáo dục, giúp đỡ người nghiện ma túy tại cộng đồng': '2020',
      'Quán cà phê chiếu phóng sự tuyên truyền phong trào toàn dân bảo vệ an ninh Tổ quốc': '2020',
      'Zalo nhóm Công an viên khóm, ấp kết nối Tổ nhân dân tự quản': '2020',
      'Thông tin chuyển hóa địa bàn': '2020-08',
      'Câu lạc bộ người hoàn lương': '2016',
      'CLB nông dân với pháp luật': '2015',
    });
    const names = stored.map((m) => m.name);
    expect(names).toEqual(expect.arrayContaining(['Tuyên truyền PTTDBVANTQ trên mạng Zalo Official Account', 'Tổ cảm hoá, giáo dục Thanh, thiếu niên vi phạm pháp luật và có biểu hiện vi phạm pháp luật']));
    expect(names.filter((n) => /Oficial|Accuont|niện|:$/.test(n))).toEqual([]);
    // The report sent in 2020 keeps the document's spelling in its frozen Phụ lục 2; quoted cells keep their typos.
    const report = await PeriodReport.findOne({ number: '530/BC-UBND' }).lean();
    const annexNames = (report?.snapshot?.annex ?? []).map((r) => r.name);
    expect(annexNames).toEqual(expect.arrayContaining(['Tuyên truyền PTTDBVANTQ trên mạng Zalo Oficial Accuont', 'Zalo nhóm Công an viên khóm, ấp kết nối Tổ nhân dân tự quản:']));
    expect(stored[0]?.results).toContain('vấn đền');
  });

  test('seed 001: Yên Cường’s Zalo model with its committee, five steps, meetings on the 20th, deadlines and one group per thôn/xóm', async () => {
    const res = await app.gql<{ models: { items: Array<{ committee: Array<{ group: string }>; steps: Array<{ order: number; dueOn: string | null; doneOn: string | null }>; meetingSchedule: string; deadlines: Array<{ due: string; step: string }>; channels: Array<{ name: string }>; targets: Array<{ metric: string; goal: number }>; funding: unknown[] }> } }>(
      '{ models(filter: { q: "zalo an ninh trat tu cua canh sat khu vuc" }) { items { committee { group } steps { order dueOn doneOn } meetingSchedule deadlines { due step } channels { name } targets { metric goal } funding { source } } } }',
      {},
      'yencuong',
    );
    const m = res.data?.models.items[0];
    expect(new Set(m?.committee.map((c) => c.group))).toEqual(new Set(['Ban chỉ đạo', 'Tổ giúp việc']));
    // Steps 1–4 are the build, due before 20/05/2026; step 5's review before 15/12/2026. No document says any was done.
    expect(m?.steps).toEqual([1, 2, 3, 4, 5].map((order) => ({ order, dueOn: order < 5 ? '2026-05-20' : '2026-12-15', doneOn: null })));
    expect(m?.meetingSchedule).toMatch(/20/);
    expect(m?.deadlines).toEqual([
      { due: '2026-05-20', step: 'LAUNCH' },
      { due: '2026-12-15', step: 'REVIEW' },
    ]);
    expect(m?.channels.map((c) => c.name)).toContain('Zalo ANTT Thôn 1 xã Yên Cường');
    expect(m?.targets).toContainEqual({ metric: 'householdsInZaloGroupShare', goal: 1 });
    expect(m?.funding.length).toBeGreaterThan(0);
    // The groups named after sample thôn/xóm are flagged as samples (the model itself is the document's).
    const stored = await SecurityModel.collection.findOne({ name: 'Zalo an ninh trật tự của Cảnh sát khu vực' });
    const channels = (stored?.channels ?? []) as Array<{ name: string; isSample?: boolean }>;
    expect(channels).toHaveLength(8);
    expect(channels.every((c) => c.isSample === true)).toBe(true);
    expect(stored?.isSample).toBe(false);
  });

  test('seed 000: Thảo Nguyên’s tourism-safety model with its components and bilingual intake', async () => {
    const res = await app.gql<{ models: { items: Array<{ components: unknown[]; channels: Array<{ kind: string; languages: string[] }>; committee: Array<{ group: string }> }> } }>(
      '{ models(filter: { q: "diem den men khach" }) { items { components { title } channels { kind languages } committee { group } } } }',
      {},
      'thaonguyen',
    );
    const m = res.data?.models.items[0];
    expect(m?.components).toHaveLength(5);
    expect(m?.channels).toContainEqual({ kind: 'WEB_FORM', languages: ['vi', 'en'] });
    expect(m?.committee.every((c) => c.group === 'Tổ Ứng phó nhanh Du lịch An toàn')).toBe(true);
  });

  test('sample ratings of Thảo Nguyên’s 20 tổ dân phố in every workflow state, under a programme that applies to them, flagged as samples', async () => {
    const res = await app.gql<{ assessments: { items: Array<{ status: string; subjectLevel: string; programme: { code: string }; history: Array<{ byName: string }> }> } }>(
      '{ assessments(page: { limit: 100 }) { items { status subjectLevel programme { code } history { byName } } } }',
      {},
      'thaonguyen',
    );
    const byStatus = new Map<string, number>();
    const items = (res.data?.assessments.items ?? []).filter((a) => a.subjectLevel === 'NEIGHBOURHOOD');
    for (const a of items) byStatus.set(a.status, (byStatus.get(a.status) ?? 0) + 1);
    expect(Object.fromEntries(byStatus)).toEqual({ RECOGNIZED: 9, NOT_RECOGNIZED: 2, APPRAISED: 3, SUBMITTED: 2, RETURNED: 2, DRAFT: 2 });
    // The national standard, not Phường Buôn Ma Thuột's (Đắk Lắk) "Khu dân cư kiểu mẫu".
    expect(new Set(items.map((a) => a.programme.code))).toEqual(new Set(['KDC-AN-TOAN-ANTT']));
    const kdc = await Programme.findOne({ code: 'KDC-KIEU-MAU' }).lean();
    expect(await Assessment.countDocuments({ programmeId: kdc?._id })).toBe(0);
    // Every invented rating is a sample; the only real one is the Văn phòng UBND tỉnh Sơn La's own draft (seed 003), if seeded.
    const all = await Assessment.find({}, { isSample: 1, organisationId: 1 }).lean();
    expect(all.filter((a) => !a.isSample).every((a) => a.organisationId != null)).toBe(true);
    expect(all.filter((a) => a.isSample)).toHaveLength(26);
  });

  test('seed 000: the night market’s businesses, reports in every state in both languages, one quarter of ratings', async () => {
    type Res = {
      establishments: { items: Array<{ name: string; isSample: boolean; hostKeeper: { name: string } | null; ratings: Array<{ status: string; classification: string | null; substantiatedReports: number; programme: { code: string } }> }> };
      reports: { items: Array<{ status: string; lang: string; overdue: boolean; substantiated: boolean | null }> };
    };
    const res = await app.gql<Res>(
      '{ establishments { items { name isSample hostKeeper { name } ratings { status classification substantiatedReports programme { code } } } } reports(page: { limit: 50 }) { items { status lang overdue substantiated } } }',
      {},
      'thaonguyen',
    );
    const businesses = res.data?.establishments.items ?? [];
    expect(businesses).toHaveLength(5);
    expect(businesses.every((b) => b.isSample)).toBe(true);
    const reports = res.data?.reports.items ?? [];
    expect(new Set(reports.map((r) => r.status))).toEqual(new Set(['RECEIVED', 'VERIFYING', 'RESOLVED', 'REJECTED']));
    expect(new Set(reports.map((r) => r.lang))).toEqual(new Set(['vi', 'en']));
    expect(reports.filter((r) => r.overdue)).toHaveLength(1);
    const ratingOf = (name: string, code: string) => businesses.find((b) => b.name === name)?.ratings.find((r) => r.programme.code === code);
    expect(ratingOf('Homestay Đồi Chè Xanh', 'DKDVM')).toMatchObject({ status: 'RECOGNIZED', classification: 'Điểm kinh doanh văn minh', substantiatedReports: 0 });
    // The grill had a substantiated overcharging report this quarter: 20 points off, below the pass mark.
    expect(ratingOf('Quán nướng Chợ đêm A Páo', 'DKDVM')).toMatchObject({ status: 'APPRAISED', classification: null, substantiatedReports: 1 });
    // "Quán thân thiện" is the separate vote at festivals and weekends, not a band of the quarterly rating.
    expect(ratingOf('Homestay Đồi Chè Xanh', 'QUAN-THAN-THIEN')).toMatchObject({ status: 'RECOGNIZED', classification: 'Quán thân thiện' });
    expect(ratingOf('Cà phê Đồi Thông', 'QUAN-THAN-THIEN')).toMatchObject({ status: 'RECOGNIZED', classification: 'Quán thân thiện' });
    expect(businesses.flatMap((b) => b.ratings).filter((r) => r.programme.code === 'DKDVM').some((r) => r.classification === 'Quán thân thiện')).toBe(false);
    const dkdvm = await app.gql<{ programmes: { items: Array<{ criteriaSet: { thresholds: Array<{ classification: string }> } }> } }>(
      '{ programmes(filter: { q: "DKDVM" }) { items { criteriaSet { thresholds { classification } } } } }',
      {},
      'admin',
    );
    expect(dkdvm.data?.programmes.items[0]?.criteriaSet.thresholds).toEqual([{ classification: 'Điểm kinh doanh văn minh' }]);
  });
});

describe('dashboard', () => {
  const year = new Date().getFullYear();
  const Q = `query($u: ID!, $y: Int!) { dashboard(unitId: $u, year: $y) { unit { name } neighbourhoods modelsOperating recognizedShare
    assessmentsByStatus { status count } targets { programme { code } target { metric } value goal met basis { key params { count total year metric } } } } }`;
  type Dash = { dashboard: { unit: { name: string }; neighbourhoods: number; modelsOperating: number; recognizedShare: number; assessmentsByStatus: Array<{ status: string; count: number }>; targets: Array<{ programme: { code: string } | null; target: { metric: string }; value: number | null; goal: number; met: boolean | null; basis: { key: string; params: Record<string, unknown> } }> } };
  const wardId = async () => (await app.gql<{ wards: { items: Array<{ id: string }> } }>('{ wards(filter: { q: "thao nguyen" }) { items { id } } }', {}, 'admin')).data?.wards.items[0]?.id;

  test('Thảo Nguyên’s ward police see real numbers for the year, computed from the stored ratings', async () => {
    const res = await app.gql<Dash>(Q, { u: await wardId(), y: year }, 'thaonguyen');
    expect(res.errors).toBeUndefined();
    const d = res.data?.dashboard;
    expect(d?.unit.name).toBe('Phường Thảo Nguyên');
    expect(d?.neighbourhoods).toBe(20);
    // The neighbourhoods' 20 ratings plus seed 000's four business ratings (2 recognised, 1 appraised, 1 draft) and two "Quán thân thiện" votes.
    expect(Object.fromEntries(d?.assessmentsByStatus.map((s) => [s.status, s.count]) ?? [])).toEqual({ DRAFT: 3, SUBMITTED: 2, APPRAISED: 4, RETURNED: 2, RECOGNIZED: 13, NOT_RECOGNIZED: 2 });
    expect(d?.recognizedShare).toBeCloseTo(9 / 20);
    // Phường Buôn Ma Thuột's targets (Đắk Lắk) are not Thảo Nguyên's to meet.
    expect(d?.targets.filter((t) => t.programme?.code === 'KDC-KIEU-MAU')).toEqual([]);
  });

  test('Buôn Ma Thuột’s own dashboard measures its programme’s targets (none of its neighbourhoods rated yet)', async () => {
    const ward = await Ward.findOne({ code: '24133' }).lean();
    const res = await app.gql<Dash>(Q, { u: String(ward?._id), y: year }, 'buonmathuot');
    expect(res.errors).toBeUndefined();
    const recognised = res.data?.dashboard.targets.find((t) => t.programme?.code === 'KDC-KIEU-MAU' && t.target.metric === 'recognisedShare');
    expect(recognised).toMatchObject({ value: 0, goal: 0.9, met: false, basis: { key: 'RECOGNIZED', params: { count: 0, total: 11 } } });
    // Seed 002's "100% hộ gia đình … được phổ biến … và ký bản cam kết", from the sample commitments of its 11 neighbourhoods.
    const signed = res.data?.dashboard.targets.find((t) => t.target.metric === 'householdsSignedShare');
    expect(signed).toMatchObject({ goal: 1, met: false, basis: { key: 'HOUSEHOLDS_SIGNED', params: { count: 3028, total: 3075 } } });
    expect(signed?.value).toBeCloseTo(3028 / 3075);
  });

  test('counts never go beyond the caller’s scope: a head sees their ward’s dashboard as their own neighbourhood', async () => {
    const res = await app.gql<Dash>(Q, { u: await wardId(), y: year }, 'tdp32');
    expect(res.data?.dashboard.neighbourhoods).toBe(1);
    // Their own neighbourhood's rating, the four of its businesses and the two votes.
    expect(res.data?.dashboard.assessmentsByStatus.reduce((n, s) => n + s.count, 0)).toBe(7);
  });

  test('another province’s officer cannot see it; a previous year is empty', async () => {
    const other = await app.gql(Q, { u: await wardId(), y: year }, 'ninhbinh');
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const before = await app.gql<Dash>(Q, { u: await wardId(), y: year - 5 }, 'viewer');
    expect(before.data?.dashboard.recognizedShare).toBe(0);
  });

  test('a fixed number of database commands, whatever the unit’s size', async () => {
    const token = await app.token('admin');
    const provinceId = (await app.gql<{ provinces: { items: Array<{ id: string }> } }>('{ provinces(filter: { q: "son la" }) { items { id } } }', {}, 'admin')).data?.provinces.items[0]?.id;
    const ward = await app.countCommands(async () => app.gql(Q, { u: await wardId(), y: year }, { token }));
    const province = await app.countCommands(() => app.gql(Q, { u: provinceId, y: year }, { token }));
    expect(province.total).toBeLessThanOrEqual(ward.total + 1);
    expect(province.total).toBeLessThanOrEqual(16);
  });
});

test('the seed documents’ places have their aliases and approximate points; other wards have none', async () => {
  const wards = await Ward.find({ code: { $in: ['03982', '13870', '24133', '03980'] } }, { code: 1, aliases: 1, location: 1 }).lean();
  const byCode = new Map(wards.map((w) => [w.code, w]));
  expect(byCode.get('03982')?.aliases).toEqual(expect.arrayContaining(['Mộc Châu', 'Chợ đêm']));
  expect(byCode.get('24133')?.aliases).toContain('Ban Mê Thuột');
  expect(byCode.get('13870')?.aliases).toContain('Yên Nhân');
  // Roughly where they are: Mộc Châu in the north-west, Ý Yên in the Red River delta, Buôn Ma Thuột in the Central Highlands.
  expect(byCode.get('03982')?.location).toEqual({ lat: expect.closeTo(20.85, 1), lng: expect.closeTo(104.63, 1) });
  expect(byCode.get('13870')?.location).toEqual({ lat: expect.closeTo(20.27, 1), lng: expect.closeTo(106.04, 1) });
  expect(byCode.get('24133')?.location).toEqual({ lat: expect.closeTo(12.68, 1), lng: expect.closeTo(108.04, 1) });
  expect(byCode.get('03980')).toMatchObject({ aliases: [], location: null });
  const market = await Neighbourhood.findOne({ code: 'TDP-3-2' }, { aliases: 1, location: 1 }).lean();
  expect(market?.aliases).toContain('Chợ đêm Mộc Châu');
  expect(market?.location).not.toBeNull();
});

test('the aliases migration gives older units an empty list, once', async () => {
  await Ward.collection.updateMany({ code: { $in: ['03980', '03979'] } }, { $unset: { aliases: '' } });
  await migrateData();
  const wards = await Ward.find({ code: { $in: ['03980', '03979'] } }, { aliases: 1 }).lean();
  expect(wards.map((w) => w.aliases)).toEqual([[], []]);
  expect(await Ward.countDocuments({ aliases: { $exists: false } })).toBe(0);
  expect(await Neighbourhood.countDocuments({ aliases: { $exists: false } })).toBe(0);
});

test('seeding again inserts nothing and keeps edits', async () => {
  // An officer's own aliases are kept too.
  await Ward.updateOne({ code: '24133' }, { $set: { aliases: ['Trung tâm Buôn Ma Thuột'] } });
  await Neighbourhood.updateOne({ code: 'TDP-3-2' }, { $set: { households: 321 } });
  // A database seeded by an earlier version (Lai Vung's models on Xã Hòa Long, or on the province) has its copies moved to
  // today's commune, not duplicated; a model an officer moved elsewhere stays there.
  const [hoaLong, tanDuong] = await Promise.all(['30208', '30214'].map((code) => Ward.findOne({ code }).lean()));
  const province = await Province.findOne({ code: '82' }).lean();
  const asWard = (w: typeof hoaLong) => ({ unitId: w?._id, unitLevel: 'WARD', wardId: w?._id, unitMappingNote: 'cũ' });
  await SecurityModel.updateOne({ name: 'Camera an ninh', statusAsOf: '2020-12' }, { $set: asWard(hoaLong) });
  await SecurityModel.updateOne({ name: 'Tin nhắn an ninh' }, { $set: { unitId: province?._id, unitLevel: 'PROVINCE', wardId: null, unitMappingNote: 'cũ' } });
  await SecurityModel.updateOne({ name: 'CLB phụ nữ với pháp luật' }, { $set: asWard(tanDuong) });
  const again = await seedAll(app.config);
  const { life, ...rest } = again;
  expect(rest).toEqual({ provinces: 0, wards: 0, neighbourhoods: 0, users: 0, programmes: 0, models: 0, periodReports: 0, assessments: 0, establishments: 0, reports: 0, organisations: 0 });
  // A model's life after launch (meetings, groups, commitments, rewards) is not inserted twice either.
  expect(Object.values(life ?? {}).filter((n) => n !== 0)).toEqual([]);
  // Nothing renamed, re-flagged or duplicated either.
  expect(await Programme.countDocuments({})).toBe(5);
  expect(await SecurityModel.countDocuments({ statusAsOf: '2020-12' })).toBe(17);
  expect(await SecurityModel.countDocuments({ name: 'Tuyên truyền PTTDBVANTQ trên mạng Zalo Official Account' })).toBe(1);
  const laiVung = new Map((await SecurityModel.find({ statusAsOf: '2020-12' }).lean()).map((m) => [m.name, m]));
  const laiVungWard = await Ward.findOne({ code: '30226' }).lean();
  expect(laiVung.get('Camera an ninh')).toMatchObject({ unitId: laiVungWard?._id, unitLevel: 'WARD', wardId: laiVungWard?._id, provinceId: province?._id, version: 2 });
  expect(laiVung.get('Camera an ninh')?.unitMappingNote).toMatch(/^Huyện Lai Vung .*29 camera/);
  expect(laiVung.get('Tin nhắn an ninh')).toMatchObject({ unitId: hoaLong?._id, unitLevel: 'WARD', wardId: hoaLong?._id });
  expect(laiVung.get('Tin nhắn an ninh')?.unitMappingNote).toMatch(/thị trấn Lai Vung cũ \(huyện lỵ\)/);
  expect(laiVung.get('CLB phụ nữ với pháp luật')).toMatchObject({ unitId: tanDuong?._id, unitMappingNote: 'cũ' });
  expect(await SecurityModel.countDocuments({ statusAsOf: '2020-12', unitLevel: 'PROVINCE' })).toBe(0);
  // Each move is audited under "seed", as any change.
  const moves = await AuditEntry.find({ entityType: 'Model', action: 'UPDATE', username: 'seed', entityId: { $in: ['Camera an ninh', 'Tin nhắn an ninh'].map((n) => laiVung.get(n)?._id).filter((id) => id != null) } }).lean();
  expect(moves).toHaveLength(2);
  expect((await Neighbourhood.findOne({ code: 'TDP-3-2' }).lean())?.households).toBe(321);
  expect((await Ward.findOne({ code: '24133' }).lean())?.aliases).toEqual(['Trung tâm Buôn Ma Thuột']);
});

test('production configuration never seeds demo accounts', async () => {
  await User.deleteMany({});
  const prod = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'Zq3-rT8!pL0@vN5#kW2$xY7%mB4^hD9&' });
  const report = await seedAll(prod);
  expect(report.users).toBe(0);
  expect(await User.countDocuments({})).toBe(0);
});
