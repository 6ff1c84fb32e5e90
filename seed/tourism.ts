/**
 * Seed 000's tourism-safety sample data for Phường Thảo Nguyên (all invented, marked isSample):
 * businesses around the night market at Tổ dân phố 3/2 with their "Người giữ khách", tourists'
 * and residents' reports in every triage state in both languages, one quarter of "Điểm kinh
 * doanh văn minh" ratings and, separately, the quarter's "Quán thân thiện" votes (the plan's
 * vote at festivals and weekends, its own programme, not a band of the quarterly rating). Goes through the services, like the rest of the content;
 * idempotent by business name and report text. Their map points are invented too: a few tens of
 * metres around the night market (seed/data/places.ts), so the hot-spot map has markers.
 */
import type { Viewer } from '../api/core/access';
import { assessments, transition, vietnamQuarter } from '../api/assessments/assessment.service';
import { Assessment } from '../api/assessments/assessment.model';
import { Neighbourhood } from '../api/hierarchy/neighbourhood.model';
import { Ward } from '../api/hierarchy/ward.model';
import { Programme } from '../api/programmes/programme.model';
import { criteriaSets } from '../api/programmes/criteria-set.service';
import { Establishment } from '../api/tourism/establishment.model';
import { establishments } from '../api/tourism/establishment.service';
import { Report } from '../api/tourism/report.model';
import { receiveReport, triageReport, validReport } from '../api/tourism/report.service';
import { viewerForUser } from '../api/users/auth';
import { User } from '../api/users/user.model';
import { markSample, SEED_VIEWER } from './content';
import { NIGHT_MARKET } from './data/places';

/** A sample point `north` and `east` metres from the night market (1° of latitude ≈ 111 km; longitude shrinks by cos(latitude)). */
const nearMarket = (north: number, east: number) => ({
  lat: Number((NIGHT_MARKET.lat + north / 111_320).toFixed(6)),
  lng: Number((NIGHT_MARKET.lng + east / (111_320 * Math.cos((NIGHT_MARKET.lat * Math.PI) / 180))).toFixed(6)),
});

const BUSINESSES = [
  { name: 'Homestay Đồi Chè Xanh', kind: 'LODGING', address: 'Ngõ 3, Tổ dân phố 3/2', ownerName: 'Lò Văn Thành', hostKeeper: { name: 'Lò Thị Hoa', phone: '0912 000 301' }, signed: '2025-09-05', at: nearMarket(-180, -120) },
  { name: 'Quán nướng Chợ đêm A Páo', kind: 'FOOD', address: 'Gian 12, Chợ đêm Mộc Châu', ownerName: 'Sồng A Páo', hostKeeper: { name: 'Sồng Thị Mai', phone: '0912 000 302' }, signed: '2025-09-05', at: nearMarket(15, -10) },
  { name: 'Cửa hàng đặc sản Hoa Ban', kind: 'SOUVENIR', address: 'Gian 27, Chợ đêm Mộc Châu', ownerName: 'Hà Thị Lan', hostKeeper: { name: 'Hà Văn Dũng', phone: '0912 000 303' }, signed: '2025-09-12', at: nearMarket(-10, 25) },
  { name: 'Xe điện tham quan Thảo Nguyên', kind: 'TRANSPORT', address: 'Cổng chợ đêm', ownerName: 'Đinh Văn Quý', hostKeeper: null, signed: null, at: nearMarket(40, 45) },
  { name: 'Cà phê Đồi Thông', kind: 'FOOD', address: 'Đầu Tổ dân phố 3/2', ownerName: 'Vì Thị Thu', hostKeeper: { name: 'Vì Văn Nam', phone: '0912 000 305' }, signed: '2025-10-01', at: nearMarket(120, 90) },
] as const;

type Triage = Array<{ status: 'VERIFYING' | 'RESOLVED' | 'REJECTED'; note: string; substantiated?: boolean }>;
const REPORTS: Array<{ business?: string; category: string; lang: 'vi' | 'en'; description: string; contactPhone?: string; contactEmail?: string; triage: Triage; overdue?: boolean; at?: { lat: number; lng: number } }> = [
  { business: 'Quán nướng Chợ đêm A Páo', category: 'PRICE_GOUGING', lang: 'en', description: 'We were charged 600,000 VND for grilled skewers listed at 150,000 VND. (sample data)', contactEmail: 'visitor@example.com', triage: [{ status: 'VERIFYING', note: 'Tổ trực đến kiểm tra hóa đơn (dữ liệu mẫu).' }, { status: 'RESOLVED', note: 'Đúng sự thật; chủ quán hoàn tiền, lập biên bản nhắc nhở (dữ liệu mẫu).', substantiated: true }], at: nearMarket(12, -14) },
  { business: 'Xe điện tham quan Thảo Nguyên', category: 'TOUTING', lang: 'vi', description: 'Nhân viên xe điện đeo bám, chèo kéo khách ở cổng chợ đêm (dữ liệu mẫu).', contactPhone: '0987 000 111', triage: [{ status: 'VERIFYING', note: 'Đang xác minh qua camera cổng chợ (dữ liệu mẫu).' }], at: nearMarket(38, 50) },
  { category: 'DISORDER', lang: 'vi', description: 'Nhóm thanh niên gây ồn ào, mất trật tự khu vực cuối chợ đêm sau 23 giờ (dữ liệu mẫu).', triage: [], overdue: true, at: nearMarket(-60, 20) },
  { category: 'CRIME', lang: 'en', description: 'My phone was taken from my bag near the night market entrance. (sample data)', contactPhone: '+44 7700 900123', triage: [], at: nearMarket(35, 40) },
  { business: 'Cửa hàng đặc sản Hoa Ban', category: 'POOR_QUALITY_GOODS', lang: 'vi', description: 'Mua chè đóng gói nhưng bên trong bị ẩm mốc (dữ liệu mẫu).', triage: [{ status: 'VERIFYING', note: 'Kiểm tra lô hàng (dữ liệu mẫu).' }, { status: 'RESOLVED', note: 'Lô hàng đạt chất lượng, gói chè bị ẩm do bảo quản của khách (dữ liệu mẫu).', substantiated: false }], at: nearMarket(-8, 28) },
  { category: 'TRAFFIC', lang: 'en', description: 'Motorbikes parked across the pavement block the way to the market. (sample data)', triage: [{ status: 'REJECTED', note: 'Trùng phản ánh đã xử lý trong ngày (dữ liệu mẫu).' }] },
];

export async function seedTourism(): Promise<{ establishments: number; reports: number; ratings: number }> {
  const ward = await Ward.findOne({ code: '03982' }).lean();
  const tdp = ward && (await Neighbourhood.findOne({ wardId: ward._id, code: 'TDP-3-2' }).lean());
  const accounts = await User.find({ username: { $in: ['thaonguyen', 'tdp32', 'sonla'] } }).lean();
  const as = new Map(accounts.map((u) => [u.username, viewerForUser(u)]));
  const report = { establishments: 0, reports: 0, ratings: 0 };
  if (!ward || !tdp) return report;

  const byName = new Map<string, string>();
  for (const b of BUSINESSES) {
    const existing = await Establishment.findOne({ wardId: ward._id, name: b.name }, { _id: 1 }).lean();
    if (existing) {
      byName.set(b.name, String(existing._id));
      continue;
    }
    const created = await establishments.create(SEED_VIEWER, {
      neighbourhoodId: String(tdp._id),
      name: b.name,
      kind: b.kind,
      address: b.address,
      ownerName: b.ownerName,
      ownerPhone: null,
      commitmentSignedOn: b.signed,
      hostKeeper: b.hostKeeper ? { ...b.hostKeeper } : null,
      note: 'Dữ liệu mẫu: cơ sở đặt tên làm ví dụ, văn bản gốc không liệt kê.',
      isSample: true,
      location: b.at,
    });
    byName.set(b.name, String(created._id));
    report.establishments++;
  }

  // Triage needs the ward police's account (demo accounts are not seeded in production).
  const officer = as.get('thaonguyen');
  if (!officer) return report;
  for (const r of REPORTS) {
    if (await Report.exists({ description: r.description })) continue;
    const input = validReport({
      unitId: String(tdp._id),
      establishmentId: r.business ? byName.get(r.business) : null,
      category: r.category,
      description: r.description,
      lang: r.lang,
      contactPhone: r.contactPhone ?? null,
      contactEmail: r.contactEmail ?? null,
      locationText: 'Chợ đêm Mộc Châu, Tổ dân phố 3/2',
      // The last sample has no point: the map counts it as “without a location”.
      lat: r.at?.lat ?? null,
      lng: r.at?.lng ?? null,
    });
    const created = await receiveReport(input, 'PUBLIC');
    for (const step of r.triage) await triageReport(officer, String(created._id), { status: step.status, note: step.note, substantiated: step.substantiated ?? null });
    // A sample left unanswered past its deadline, so the inbox shows what "overdue" looks like.
    if (r.overdue) await Report.updateOne({ _id: created._id }, { $set: { dueAt: new Date(Date.now() - 3_600_000) } });
    report.reports++;
  }

  // One quarter of ratings: the head rates and submits, the ward police appraise, the province
  // recognises the civilised ones (nobody reviews what they submitted or appraised).
  const programme = await Programme.findOne({ code: 'DKDVM' }).lean();
  const [head, sonla] = [as.get('tdp32'), as.get('sonla')];
  if (!programme?.criteriaSetId || !head || !sonla) return report;
  const set = await criteriaSets.get(SEED_VIEWER, String(programme.criteriaSetId));
  const { year, quarter } = vietnamQuarter();
  const plan: Array<{ business: string; points: [number, number]; outcome: 'RECOGNIZE' | 'APPRAISE' | 'DRAFT' }> = [
    { business: 'Homestay Đồi Chè Xanh', points: [28, 18], outcome: 'RECOGNIZE' },
    { business: 'Cà phê Đồi Thông', points: [27, 20], outcome: 'RECOGNIZE' },
    { business: 'Quán nướng Chợ đêm A Páo', points: [15, 15], outcome: 'APPRAISE' },
    { business: 'Cửa hàng đặc sản Hoa Ban', points: [25, 10], outcome: 'DRAFT' },
  ];
  for (const p of plan) {
    const subjectId = byName.get(p.business);
    if (!subjectId || (await Assessment.exists({ programmeId: programme._id, subjectId, year, quarter }))) continue;
    const results = set.criteria.map((c) => {
      if (c.kind === 'PASS_FAIL') return { criterionId: String(c._id), met: true, note: c.code === '1.1' ? 'Đã ký cam kết (dữ liệu mẫu).' : null };
      const score = c.code === '1.3' ? p.points[0] : c.code === '1.4' ? p.points[1] : null;
      return { criterionId: String(c._id), score };
    });
    const a = await assessments.create(head, { programmeId: String(programme._id), subjectId, year, quarter, results });
    await markSample(a._id);
    const go = (who: Viewer, action: Parameters<typeof transition>[2]['action']) => transition(who, String(a._id), { action });
    if (p.outcome !== 'DRAFT') {
      await go(head, 'SUBMIT');
      await go(officer, 'APPRAISE');
    }
    if (p.outcome === 'RECOGNIZE') await go(sonla, 'RECOGNIZE');
    report.ratings++;
  }
  report.ratings += await seedFriendlyVotes({ head, officer, sonla }, byName, year, quarter);
  return report;
}

/**
 * The quarter's "Quán thân thiện" votes (sample): two businesses voted at a weekend of the night
 * market, recorded by the head, appraised by the ward police and recognised by the province.
 */
async function seedFriendlyVotes(as: { head: Viewer; officer: Viewer; sonla: Viewer }, byName: Map<string, string>, year: number, quarter: number): Promise<number> {
  const programme = await Programme.findOne({ code: 'QUAN-THAN-THIEN' }).lean();
  if (!programme?.criteriaSetId) return 0;
  const set = await criteriaSets.get(SEED_VIEWER, String(programme.criteriaSetId));
  let created = 0;
  for (const business of ['Homestay Đồi Chè Xanh', 'Cà phê Đồi Thông']) {
    const subjectId = byName.get(business);
    if (!subjectId || (await Assessment.exists({ programmeId: programme._id, subjectId, year, quarter }))) continue;
    const results = set.criteria.map((c, k) => ({ criterionId: String(c._id), met: true, note: k === 0 ? 'Được bình chọn vào dịp cuối tuần tại chợ đêm (dữ liệu mẫu).' : null }));
    const a = await assessments.create(as.head, { programmeId: String(programme._id), subjectId, year, quarter, results });
    await markSample(a._id);
    await transition(as.head, String(a._id), { action: 'SUBMIT' });
    await transition(as.officer, String(a._id), { action: 'APPRAISE' });
    await transition(as.sonla, String(a._id), { action: 'RECOGNIZE' });
    created++;
  }
  return created;
}
