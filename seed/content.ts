/**
 * The seed documents' content (issue 3): programmes with their criteria sets, the models of
 * seeds 000, 001 and 004, Lai Vung's own 2020 report on its models (seed 004, issue 11), and —
 * with the demo accounts only — sample assessments of Phường Thảo Nguyên's tổ dân phố in every
 * workflow state and a sample monthly draft of Xã Yên Cường. Everything goes through the API's
 * own services, so it is validated by the same rules and audited (as user "seed").
 *
 * Idempotent by natural key: programmes by code, models by name within their unit,
 * assessments by subject, programme and period, reports by unit and period.
 */
import { Types } from 'mongoose';
import { transition, assessments } from '../api/assessments/assessment.service';
import { Assessment } from '../api/assessments/assessment.model';
import type { ObjectId, Viewer } from '../api/core/access';
import { Neighbourhood } from '../api/hierarchy/neighbourhood.model';
import { Province } from '../api/hierarchy/province.model';
import { Ward } from '../api/hierarchy/ward.model';
import { SecurityModel } from '../api/models/model.model';
import { models } from '../api/models/model.service';
import { Programme } from '../api/programmes/programme.model';
import { PeriodReport } from '../api/reporting/period-report.model';
import { periodReports, transitionPeriodReport } from '../api/reporting/period-report.service';
import { criteriaSets } from '../api/programmes/criteria-set.service';
import { programmes } from '../api/programmes/programme.service';
import { viewerForUser } from '../api/users/auth';
import { User } from '../api/users/user.model';
import { periodBounds } from '../rules/periods';
import { LAI_VUNG_MODELS } from './data/lai-vung-models';
import { LAI_VUNG_2020_REPORT, yenCuongMonthlyDraft, type SeedPeriodReport } from './data/period-reports';
import { SEED_PROGRAMMES } from './data/programmes';
import { SEED_DOCUMENT_MODELS } from './data/seed-models';
import type { SeedModel, UnitRef } from './data/types';

/** The identity seed changes are recorded under. */
export const SEED_VIEWER: Viewer = { userId: new Types.ObjectId('000000000000000000000000'), username: 'seed', role: 'ADMIN', scope: null };

/** Resolves a seed unit reference to the stored unit's id (undefined when not seeded). */
async function unitId(ref: UnitRef): Promise<ObjectId | undefined> {
  if ('provinceCode' in ref) return (await Province.findOne({ code: ref.provinceCode }, { _id: 1 }).lean())?._id;
  const ward = await Ward.findOne({ code: ref.wardCode }, { _id: 1 }).lean();
  if (!ward || !('neighbourhoodCode' in ref)) return ward?._id;
  return (await Neighbourhood.findOne({ wardId: ward._id, code: ref.neighbourhoodCode }, { _id: 1 }).lean())?._id;
}

export async function seedProgrammes(): Promise<number> {
  let created = 0;
  for (const p of SEED_PROGRAMMES) {
    if (await Programme.exists({ code: p.code })) continue;
    const set = await criteriaSets.create(SEED_VIEWER, {
      name: p.criteriaSet.name,
      note: p.criteriaSet.note ?? null,
      groups: p.criteriaSet.groups,
      criteria: p.criteriaSet.criteria.map((c) => ({ ...c, maxScore: c.maxScore ?? null, placeholder: c.placeholder ?? false })),
      thresholds: p.criteriaSet.thresholds,
    });
    await programmes.create(SEED_VIEWER, {
      code: p.code,
      name: p.name,
      description: p.description ?? null,
      legalBasis: p.legalBasis,
      ratedLevel: p.ratedLevel,
      recognizingLevel: p.recognizingLevel,
      period: p.period,
      criteriaSetId: String(set._id),
      targets: p.targets,
      deadlines: p.deadlines,
      issuerUnitId: null,
    });
    created++;
  }
  return created;
}

async function seedModel(m: SeedModel): Promise<boolean> {
  const unit = await unitId(m.unit);
  if (!unit || (await SecurityModel.exists({ unitId: unit, name: m.name }))) return false;
  const programme = m.programmeCode ? await Programme.findOne({ code: m.programmeCode }, { _id: 1 }).lean() : null;
  const { key: _key, unit: _unit, programmeCode: _programme, source, ...fields } = m;
  await models.create(SEED_VIEWER, {
    ...fields,
    unitId: String(unit),
    programmeId: programme ? String(programme._id) : null,
    // Where each fact came from stays with the record.
    documents: [...(fields.documents ?? []), { title: `Nguồn: văn bản mẫu ${source.seed}${source.section ? `, ${source.section}` : ''}` }],
  });
  return true;
}

export async function seedModels(): Promise<number> {
  let created = 0;
  for (const m of [...SEED_DOCUMENT_MODELS, ...LAI_VUNG_MODELS]) if (await seedModel(m)) created++;
  return created;
}

/**
 * Seed 004's report, for the unit its models are mapped to and sent up as it was (SUBMIT freezes
 * its Phụ lục 2 as computed from those models); with the demo accounts, a sample draft of Xã Yên
 * Cường for the current month in Vietnam.
 */
export async function seedPeriodReports(withSamples: boolean, now = new Date()): Promise<number> {
  const vietnam = new Date(now.getTime() + 7 * 3_600_000);
  const reports: SeedPeriodReport[] = [LAI_VUNG_2020_REPORT];
  if (withSamples) reports.push(yenCuongMonthlyDraft(vietnam.getUTCFullYear(), vietnam.getUTCMonth() + 1));
  let created = 0;
  for (const { unit: ref, submit, ...input } of reports) {
    const unit = await unitId(ref);
    if (!unit) continue;
    const period = periodBounds(input.periodKind, input.year, input.periodIndex ?? null);
    const existing = await PeriodReport.findOne({ unitId: unit, periodKind: input.periodKind, ...period }, { status: 1 }).lean();
    const report = existing ?? (await periodReports.create(SEED_VIEWER, { ...input, unitId: String(unit) }));
    if (!existing) created++;
    // Also finishes a run that stopped between creating and sending.
    if (submit && report.status === 'DRAFT') await transitionPeriodReport(SEED_VIEWER, String(report._id), { action: 'SUBMIT' });
  }
  return created;
}

/**
 * Sample ratings (demo data, marked in their notes) of Thảo Nguyên's tổ dân phố under the
 * "Khu dân cư kiểu mẫu" programme, walked through the real workflow by the demo accounts, so
 * that the dashboard has real numbers in every state.
 */
const SAMPLE_PLAN: Array<{ status: 'DRAFT' | 'SUBMITTED' | 'APPRAISED' | 'RETURNED' | 'RECOGNIZED' | 'NOT_RECOGNIZED'; count: number }> = [
  { status: 'RECOGNIZED', count: 9 },
  { status: 'NOT_RECOGNIZED', count: 2 },
  { status: 'APPRAISED', count: 3 },
  { status: 'SUBMITTED', count: 2 },
  { status: 'RETURNED', count: 2 },
  { status: 'DRAFT', count: 2 },
];

export async function seedSampleAssessments(year: number): Promise<number> {
  const programme = await Programme.findOne({ code: 'KDC-KIEU-MAU' }).lean();
  const ward = await Ward.findOne({ code: '03982' }).lean();
  const accounts = await User.find({ username: { $in: ['admin', 'sonla', 'thaonguyen', 'tdp32'] } }).lean();
  const as = new Map(accounts.map((u) => [u.username, viewerForUser(u)]));
  if (!programme?.criteriaSetId || !ward || as.size < 4) return 0;
  const set = await criteriaSets.get(SEED_VIEWER, String(programme.criteriaSetId));
  const tdps = await Neighbourhood.find({ wardId: ward._id }).sort({ nameSort: 1 }).lean();
  const statuses = SAMPLE_PLAN.flatMap((p) => Array<typeof p.status>(p.count).fill(p.status));
  let created = 0;
  for (const [i, tdp] of tdps.entries()) {
    const status = statuses[i];
    if (!status || (await Assessment.exists({ programmeId: programme._id, subjectId: tdp._id, year }))) continue;
    // Heads draft their own; other tổ dân phố have no head account, so the province officer drafts.
    const drafter = tdp.headUserId ? (as.get('tdp32') as Viewer) : (as.get('sonla') as Viewer);
    const missOne = status === 'NOT_RECOGNIZED';
    const results = set.criteria.map((c, k) => ({
      criterionId: String(c._id),
      met: !(missOne && k === set.criteria.length - 1),
      note: k === 0 ? 'Dữ liệu mẫu (demo): kết quả chấm điểm minh hoạ.' : null,
    }));
    const a = await assessments.create(drafter, { programmeId: String(programme._id), subjectId: String(tdp._id), year, results });
    const go = (who: string, action: Parameters<typeof transition>[2]['action'], note?: string) => transition(as.get(who) as Viewer, String(a._id), { action, note });
    if (status !== 'DRAFT') await go(drafter.username, 'SUBMIT');
    if (status === 'RETURNED') await go('thaonguyen', 'RETURN', 'Bổ sung biên bản họp tổ dân phố (dữ liệu mẫu).');
    if (['APPRAISED', 'RECOGNIZED', 'NOT_RECOGNIZED'].includes(status)) await go('thaonguyen', 'APPRAISE');
    if (status === 'RECOGNIZED') await go('admin', 'RECOGNIZE');
    if (status === 'NOT_RECOGNIZED') await go('admin', 'NOT_RECOGNIZE', 'Chưa đạt tiêu chí bắt buộc (dữ liệu mẫu).');
    created++;
  }
  return created;
}
