/**
 * The seed documents' duties, funding rows, legal-basis chains and recipients (issue 14), on a
 * fresh database and on one seeded before they existed (filled in only where still empty).
 */
import { AuditEntry } from '../api/core/audit-log';
import { SecurityModel } from '../api/models/model.model';
import { Programme } from '../api/programmes/programme.model';
import { seedAll } from '../seed/seed';
import { startTestApp, type TestApp } from './helpers/app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ seed: 'demo' });
}, 180_000);
afterAll(() => app.close());

type Chain = Array<{ number: string | null; title: string | null; date: string | null }>;
type Structured = {
  id: string;
  nextPlan: string | null;
  nextPlanPeriod: string | null;
  groupNamingRule: string | null;
  recipients: string[];
  responsibilities: Array<{ body: string; duties: string[]; note: string | null }>;
  funding: Array<{ source: string; legalBasis: string | null; year: number | null; plannedAmount: number | null; spentAmount: number | null }>;
  legalBasisChain: Chain;
};
const MODEL_FIELDS = 'id nextPlan nextPlanPeriod groupNamingRule recipients responsibilities { body duties note } funding { source legalBasis year plannedAmount spentAmount } legalBasisChain { number title date }';

async function model(q: string, user: string): Promise<Structured> {
  const res = await app.gql<{ models: { items: Structured[] } }>(`query($q: String) { models(filter: { q: $q }) { items { ${MODEL_FIELDS} } } }`, { q }, user);
  expect(res.errors).toBeUndefined();
  return res.data?.models.items[0] as Structured;
}
async function programme(q: string): Promise<Omit<Structured, 'funding' | 'nextPlan' | 'nextPlanPeriod'>> {
  const res = await app.gql<{ programmes: { items: Structured[] } }>(
    'query($q: String) { programmes(filter: { q: $q }) { items { id groupNamingRule recipients responsibilities { body duties note } legalBasisChain { number title date } } } }',
    { q },
    'viewer',
  );
  expect(res.errors).toBeUndefined();
  return res.data?.programmes.items[0] as Structured;
}

const YEN_CUONG_BODIES = ['Công an xã', 'Văn phòng HĐND - UBND xã', 'Phòng Văn Hóa - Xã hội', 'Ủy ban MTTQ xã', 'Thôn, xóm'];

test('seed 001: Yên Cường’s model has the duties of mục IV (5 bodies), its funding rows, the chain 59/KH-CAT-PC06 → 1111/KH-UBND, recipients and naming rule', async () => {
  const m = await model('zalo an ninh trat tu cua canh sat khu vuc', 'yencuong');
  expect(m.responsibilities.map((r) => r.body)).toEqual(YEN_CUONG_BODIES);
  expect(m.responsibilities.map((r) => r.note?.slice(0, 9))).toEqual(['Mục IV.1.', 'Mục IV.2', 'Mục IV.3', 'Mục IV.4', 'Mục IV.5']);
  expect(m.responsibilities[4]?.duties).toContain('Vận động 100% hộ dân có điều kiện trong tổ dân phố tham gia nhóm.');
  // The duties are no longer told as "Phương hướng kỳ tới".
  expect(m.nextPlan).toBeNull();
  expect(m.nextPlanPeriod).toBeNull();
  expect(m.funding).toEqual([
    expect.objectContaining({ legalBasis: 'Thông tư số 40/2023/TT-BTC ngày 09/6/2023 của Bộ Tài chính', year: null, plannedAmount: null, spentAmount: null }),
    expect.objectContaining({ source: 'Nguồn kinh phí trích từ nguồn ngân sách xã phân bổ chi hoạt động đảm bảo ANTT năm 2026', year: 2026, plannedAmount: null }),
    expect.objectContaining({ source: 'Các nguồn vận động hợp pháp khác', legalBasis: null, year: null }),
  ]);
  expect(m.funding[0]?.source).toMatch(/Thông tư số 40\/2023\/TT-BTC/);
  expect(m.legalBasisChain.map((d) => [d.number, d.date])).toEqual([
    ['59/KH-CAT-PC06', '2026-03-11'],
    ['1111/KH-UBND', '2026-05-11'],
  ]);
  expect(m.recipients).toEqual(['Phòng PC06', 'TT Đảng ủy, HĐND xã', 'Lãnh đạo UBND xã', 'Các ban, ngành có liên quan', 'Các đơn vị có liên quan', 'Các Thôn, xóm', 'Lưu: VT, CAX']);
  expect(m.groupNamingRule).toBe('Zalo ANTT {unit} xã Yên Cường');
});

test('seed 000: Thảo Nguyên’s model has the duties of each body of mục V, its recipients and its chain (Nghị quyết → Kế hoạch)', async () => {
  const m = await model('diem den men khach', 'thaonguyen');
  expect(m.responsibilities.map((r) => r.body)).toEqual([
    'Công an phường',
    'Phòng Văn hóa – Xã hội',
    'Phòng Kinh tế, Hạ tầng và Đô thị',
    'Ủy ban MTTQ Việt Nam và các tổ chức thành viên, Hiệp hội Du lịch, các cơ sở kinh doanh dịch vụ lưu trú, ăn uống, du lịch trên địa bàn phường',
    'Ban quản lý 20 tổ dân phố',
  ]);
  expect(m.responsibilities[0]?.duties).toHaveLength(5);
  expect(m.nextPlan).toBeNull();
  expect(m.recipients).toContain('BQL 20 tổ dân phố');
  expect(m.recipients).toHaveLength(10);
  expect(m.legalBasisChain.map((d) => d.title?.slice(0, 20))).toEqual(['Nghị quyết về lãnh đ', 'Kế hoạch Triển khai ']);
  expect(m.funding[0]?.legalBasis).toBe('Luật Ngân sách nhà nước');
  expect(m.groupNamingRule).toBeNull();
});

test('seed 002: the KDC-KIEU-MAU programme has the duties of its six bodies, its recipients and the chain 131/KH-UBND → the ward’s plan', async () => {
  const p = await programme('khu dan cu kieu mau');
  expect(p.responsibilities.map((r) => r.body)).toEqual([
    'Công an phường',
    'Phòng Văn hóa - Xã hội',
    'Phòng Kinh tế, Hạ tầng và Đô thị',
    'Trung tâm cung ứng dịch vụ sự nghiệp công; Trang thông tin điện tử phường',
    'Ủy ban Mặt trận Tổ quốc Việt Nam phường',
    'Ban tự quản các tổ dân phố, buôn',
  ]);
  expect(p.responsibilities[0]?.duties).toHaveLength(4);
  expect(p.recipients).toContain('Các tổ dân phố, buôn (t/h)');
  expect(p.legalBasisChain.map((d) => d.number ?? d.title?.slice(0, 8))).toEqual(['131/KH-UBND', 'Kế hoạch']);
});

test('seed 003: the Decision 3554 programme has the Văn phòng’s four duties, recipients and the chain 10/KH-UBND → its plan', async () => {
  const p = await programme('dien hinh ve phong trao toan dan');
  expect(p.responsibilities).toHaveLength(4);
  expect(p.recipients).toEqual(['Công an tỉnh', 'LĐVP UBND tỉnh', 'Trung tâm Thông tin', 'Các phòng, đơn vị thuộc VP', 'Lưu: VT, TCHCQT, VH']);
  expect(p.legalBasisChain.map((d) => d.number ?? 'own plan')).toEqual(['10/KH-UBND', 'own plan']);
});

test('seed 004: Lai Vung’s models carry the report’s recipients and its basis, Công văn 567/UBND-THVX', async () => {
  const m = await model('camera an ninh', 'admin');
  expect(m.recipients).toContain('Chủ tịch, các PCT/UBND huyện');
  expect(m.legalBasisChain.map((d) => d.number)).toEqual(['567/UBND-THVX', '530/BC-UBND']);
  expect(m.responsibilities).toEqual([]);
});

test('a database seeded before issue 14 gains the new fields where still empty; officers’ edits are kept; a second run changes nothing', async () => {
  const yc = await SecurityModel.findOne({ name: 'Zalo an ninh trật tự của Cảnh sát khu vực' }).lean();
  const tn = await SecurityModel.findOne({ name: 'Thảo Nguyên An toàn – Điểm đến mến khách' }).lean();
  if (!yc || !tn) throw new Error('seeded models missing');
  // Yên Cường as an older seed stored it: no duties, recipients, rule, funding columns or basedOn.
  const oldFunding = yc.funding.map((f) => ({ source: f.source, note: f.note }));
  const oldDocuments = yc.documents.map((d) => ({ number: d.number, date: d.date, issuer: d.issuer, title: d.title }));
  await SecurityModel.collection.updateOne({ _id: yc._id }, { $unset: { responsibilities: '', recipients: '', groupNamingRule: '' }, $set: { funding: oldFunding, documents: oldDocuments } });
  // Thảo Nguyên: an officer wrote their own duties and next plan.
  const own = [{ body: 'Công an phường', duties: ['Việc do cán bộ tự ghi.'], note: null }];
  await SecurityModel.collection.updateOne({ _id: tn._id }, { $set: { responsibilities: own, nextPlan: 'Nhân rộng ra 20 tổ dân phố năm 2027.' } });
  const kdc = await Programme.findOne({ code: 'KDC-KIEU-MAU' }).lean();
  await Programme.collection.updateOne({ code: 'KDC-KIEU-MAU' }, { $unset: { responsibilities: '', recipients: '' } });

  const report = await seedAll(app.config, { provinceCodes: ['14', '37', '66', '82'] });
  expect(report.models).toBe(0);
  expect(report.programmes).toBe(0);

  const filled = await model('zalo an ninh trat tu cua canh sat khu vuc', 'yencuong');
  expect(filled.responsibilities.map((r) => r.body)).toEqual(YEN_CUONG_BODIES);
  expect(filled.groupNamingRule).toBe('Zalo ANTT {unit} xã Yên Cường');
  expect(filled.recipients).toHaveLength(7);
  expect(filled.funding.map((f) => f.year)).toEqual([null, 2026, null]);
  expect(filled.funding[0]?.legalBasis).toMatch(/^Thông tư số 40\/2023\/TT-BTC/);
  expect(filled.legalBasisChain.map((d) => d.number)).toEqual(['59/KH-CAT-PC06', '1111/KH-UBND']);
  const after = await SecurityModel.findById(yc._id).lean();
  expect(after?.version).toBe(yc.version + 1);
  expect(await AuditEntry.countDocuments({ entityId: yc._id, action: 'UPDATE', username: 'seed' })).toBe(1);

  const kept = await SecurityModel.findById(tn._id).lean();
  expect(kept?.responsibilities).toEqual(own);
  expect(kept?.nextPlan).toBe('Nhân rộng ra 20 tổ dân phố năm 2027.');
  const programmeAfter = await programme('khu dan cu kieu mau');
  expect(programmeAfter.responsibilities).toHaveLength(6);
  expect((await Programme.findById(kdc?._id).lean())?.version).toBe((kdc?.version ?? 0) + 1);

  // Nothing left to fill: no further change, no further audit entry.
  await seedAll(app.config, { provinceCodes: ['14', '37', '66', '82'] });
  expect((await SecurityModel.findById(yc._id).lean())?.version).toBe(yc.version + 1);
  expect(await AuditEntry.countDocuments({ entityId: yc._id, action: 'UPDATE', username: 'seed' })).toBe(1);
});
