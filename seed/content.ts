/**
 * The seed documents' content (issue 3): programmes with their criteria sets (each of its issuing
 * unit, or national), the models of seeds 000, 001 and 004, Lai Vung's own 2020 report on its
 * models (seed 004, issue 11), and — with the demo accounts only — sample assessments (isSample)
 * of Phường Thảo Nguyên's tổ dân phố in every workflow state and a sample monthly draft of Xã Yên
 * Cường. Everything goes through the API's
 * own services, so it is validated by the same rules and audited (as user "seed").
 *
 * Idempotent by natural key: programmes by code, models by name within their unit,
 * assessments by subject, programme and period, reports by unit and period.
 */
import { createHash } from 'node:crypto';
import { Types } from 'mongoose';
import { transition, assessments } from '../api/assessments/assessment.service';
import { Assessment } from '../api/assessments/assessment.model';
import type { ObjectId, Viewer } from '../api/core/access';
import { recordAudit } from '../api/core/audit-log';
import { Neighbourhood } from '../api/hierarchy/neighbourhood.model';
import { Province } from '../api/hierarchy/province.model';
import { findUnit } from '../api/hierarchy/units';
import { Ward } from '../api/hierarchy/ward.model';
import { SecurityModel, type ModelDoc } from '../api/models/model.model';
import { models } from '../api/models/model.service';
import { Programme } from '../api/programmes/programme.model';
import { PeriodReport } from '../api/reporting/period-report.model';
import { periodReports, transitionPeriodReport } from '../api/reporting/period-report.service';
import { criteriaSets } from '../api/programmes/criteria-set.service';
import { programmes } from '../api/programmes/programme.service';
import { viewerForUser } from '../api/users/auth';
import { User } from '../api/users/user.model';
import { periodBounds } from '../rules/periods';
import { LAI_VUNG_FORMER_UNITS, LAI_VUNG_MODELS } from './data/lai-vung-models';
import { LAI_VUNG_2020_REPORT, yenCuongMonthlyDraft, type SeedPeriodReport } from './data/period-reports';
import { SEED_PROGRAMMES } from './data/programmes';
import { RETIRED_NEXT_PLANS, SEED_DOCUMENT_MODELS } from './data/seed-models';
import type { DocumentRef as SeedDocumentRef, SeedFunding, SeedModel, SeedProgramme, SeedResponsibility, UnitRef } from './data/types';
import type { DocumentRef } from '../api/programmes/programme.model';
import type { FundingRow } from '../api/models/model.model';

/** The identity seed changes are recorded under. */
export const SEED_VIEWER: Viewer = { userId: new Types.ObjectId('000000000000000000000000'), username: 'seed', role: 'ADMIN', scope: null };

/** Resolves a seed unit reference to the stored unit's id (undefined when not seeded). */
async function unitId(ref: UnitRef): Promise<ObjectId | undefined> {
  if ('provinceCode' in ref) return (await Province.findOne({ code: ref.provinceCode }, { _id: 1 }).lean())?._id;
  const ward = await Ward.findOne({ code: ref.wardCode }, { _id: 1 }).lean();
  if (!ward || !('neighbourhoodCode' in ref)) return ward?._id;
  return (await Neighbourhood.findOne({ wardId: ward._id, code: ref.neighbourhoodCode }, { _id: 1 }).lean())?._id;
}

const responsibilitiesOf = (rows: SeedResponsibility[] | undefined) => (rows ?? []).map((r) => ({ body: r.body, duties: r.duties, note: r.note ?? null }));

/** Stored documents gain the seed's basedOn where they never had one (matched by number, else title). */
function withBasedOn(stored: DocumentRef[], seed: SeedDocumentRef[] | undefined): DocumentRef[] | null {
  const byKey = new Map((seed ?? []).filter((d) => d.basedOn).map((d) => [d.number ?? d.title, d.basedOn as string]));
  let changed = false;
  const out = stored.map((d) => {
    const basedOn = d.basedOn === undefined ? byKey.get(d.number ?? d.title ?? '') : undefined;
    if (!basedOn) return d;
    changed = true;
    return { ...d, basedOn };
  });
  return changed ? out : null;
}

/** Stored funding rows (of a seed before issue 14: source and note only) gain the seed's new columns, matched by source. */
function withFundingColumns(stored: Array<Partial<FundingRow>>, seed: SeedFunding[] | undefined): FundingRow[] | null {
  const bySource = new Map((seed ?? []).map((f) => [f.source, f]));
  const keys = ['legalBasis', 'year', 'plannedAmount', 'spentAmount'] as const;
  let changed = false;
  const out = stored.map((row) => {
    const from = bySource.get(row.source ?? '');
    const filled = { ...row } as Record<string, unknown>;
    for (const k of keys) {
      if (row[k] !== undefined) continue;
      filled[k] = from?.[k] ?? null;
      if (from?.[k] != null) changed = true;
    }
    return filled as unknown as FundingRow;
  });
  return changed ? out : null;
}

/** Sets what a re-run fills in on a seeded record, with the version bumped and the change audited under "seed". */
async function fillIn(collection: typeof SecurityModel.collection, entityType: 'Model' | 'Programme', id: ObjectId, before: Record<string, unknown>, after: Record<string, unknown>): Promise<boolean> {
  if (!Object.keys(after).length) return false;
  await collection.updateOne({ _id: id }, { $set: { ...after, updatedAt: new Date() }, $inc: { version: 1 } });
  await recordAudit(SEED_VIEWER, { action: 'UPDATE', entityType, entityId: id, before, after });
  return true;
}

/**
 * A programme seeded before issue 14 gains its duties, recipients, naming rule and legal-basis
 * links: each only where the stored field is still empty, so an officer's edit is never overwritten.
 */
async function fillProgrammeGaps(p: SeedProgramme): Promise<boolean> {
  const doc = await Programme.findOne({ code: p.code }, { responsibilities: 1, recipients: 1, groupNamingRule: 1, legalBasis: 1 }).lean();
  if (!doc) return false;
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  if (!doc.responsibilities?.length && p.responsibilities?.length) [before.responsibilities, after.responsibilities] = [doc.responsibilities ?? [], responsibilitiesOf(p.responsibilities)];
  if (!doc.recipients?.length && p.recipients?.length) [before.recipients, after.recipients] = [doc.recipients ?? [], p.recipients];
  if (doc.groupNamingRule == null && p.groupNamingRule) [before.groupNamingRule, after.groupNamingRule] = [null, p.groupNamingRule];
  const legalBasis = withBasedOn(doc.legalBasis ?? [], p.legalBasis);
  if (legalBasis) [before.legalBasis, after.legalBasis] = [doc.legalBasis, legalBasis];
  return fillIn(Programme.collection, 'Programme', doc._id, before, after);
}

export async function seedProgrammes(): Promise<number> {
  let created = 0;
  for (const p of SEED_PROGRAMMES) {
    if (await Programme.exists({ code: p.code })) {
      await fillProgrammeGaps(p);
      continue;
    }
    // A local programme belongs to its issuing unit; it is left out when that unit is not seeded (never made national).
    const issuer = p.issuer ? await unitId(p.issuer) : null;
    if (issuer === undefined) continue;
    const set = await criteriaSets.create(SEED_VIEWER, {
      name: p.criteriaSet.name,
      note: p.criteriaSet.note ?? null,
      groups: p.criteriaSet.groups,
      criteria: p.criteriaSet.criteria.map((c) => ({ ...c, maxScore: c.maxScore ?? null, placeholder: c.placeholder ?? false })),
      thresholds: p.criteriaSet.thresholds,
    });
    const alsoRates = p.alsoRates ?? [];
    const programme = await programmes.create(SEED_VIEWER, {
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
      alsoRates,
      issuerUnitId: issuer ? String(issuer) : null,
      responsibilities: responsibilitiesOf(p.responsibilities),
      recipients: p.recipients ?? [],
      groupNamingRule: p.groupNamingRule ?? null,
    });
    // What the service's input does not (yet) take is stored as given: the levels it also rates and each deadline's step.
    const deadlines = p.deadlines.map((d) => ({ title: d.title, due: d.due, step: d.step, note: d.note ?? null }));
    const stored = programme.deadlines.map((d) => ({ title: d.title, due: d.due, step: d.step, note: d.note }));
    if (JSON.stringify(stored) !== JSON.stringify(deadlines) || JSON.stringify(programme.alsoRates ?? []) !== JSON.stringify(alsoRates)) {
      await Programme.updateOne({ _id: programme._id }, { $set: { deadlines, alsoRates } });
    }
    created++;
  }
  return created;
}

/** The province a seed unit reference lies in (undefined when not seeded). */
async function provinceOf(ref: UnitRef): Promise<ObjectId | undefined> {
  if ('provinceCode' in ref) return unitId(ref);
  return (await Ward.findOne({ code: ref.wardCode }, { provinceId: 1 }).lean())?.provinceId;
}

/**
 * A stored copy of a seed model that an earlier version of the seed attached to another unit
 * (one of `formerUnits`) is moved to the model's unit of today, with its unit note, and the move
 * audited. A copy on any other unit was moved by someone and stays where it is.
 */
async function moveFromFormerUnit(m: SeedModel, stored: Pick<ModelDoc, '_id' | 'unitId' | 'unitLevel' | 'provinceId' | 'wardId' | 'neighbourhoodId' | 'unitMappingNote'>, unit: ObjectId, formerUnits: Set<string>): Promise<void> {
  if (String(stored.unitId) === String(unit) || !formerUnits.has(String(stored.unitId))) return;
  const found = await findUnit(SEED_VIEWER, String(unit));
  if (!found) return;
  const before = { unitId: stored.unitId, unitLevel: stored.unitLevel, provinceId: stored.provinceId, wardId: stored.wardId, neighbourhoodId: stored.neighbourhoodId, unitMappingNote: stored.unitMappingNote };
  const after = { unitId: found.doc._id, unitLevel: found.level, ...found.ancestors, unitMappingNote: m.unitMappingNote ?? null };
  await SecurityModel.collection.updateOne({ _id: stored._id }, { $set: { ...after, updatedAt: new Date() }, $inc: { version: 1 } });
  await recordAudit(SEED_VIEWER, { action: 'UPDATE', entityType: 'Model', entityId: stored._id, before, after });
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * A model seeded before issue 14 gains its duties, recipients, naming rule, funding columns and
 * legal-basis links, each only where the stored field is still empty; the duties narrative an
 * earlier seed put in nextPlan is cleared only while it is still the seed's own text.
 */
async function fillModelGaps(m: SeedModel, id: ObjectId): Promise<boolean> {
  const doc = await SecurityModel.findById(id, { responsibilities: 1, recipients: 1, groupNamingRule: 1, funding: 1, documents: 1, nextPlan: 1, nextPlanPeriod: 1 }).lean();
  if (!doc) return false;
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  if (!doc.responsibilities?.length && m.responsibilities?.length) [before.responsibilities, after.responsibilities] = [doc.responsibilities ?? [], responsibilitiesOf(m.responsibilities)];
  if (!doc.recipients?.length && m.recipients?.length) [before.recipients, after.recipients] = [doc.recipients ?? [], m.recipients];
  if (doc.groupNamingRule == null && m.groupNamingRule) [before.groupNamingRule, after.groupNamingRule] = [null, m.groupNamingRule];
  const funding = withFundingColumns(doc.funding ?? [], m.funding);
  if (funding) [before.funding, after.funding] = [doc.funding, funding];
  const documents = withBasedOn(doc.documents ?? [], m.documents);
  if (documents) [before.documents, after.documents] = [doc.documents, documents];
  const retired = RETIRED_NEXT_PLANS[m.key];
  if (retired && doc.nextPlan && sha256(doc.nextPlan) === retired.sha256) {
    [before.nextPlan, after.nextPlan] = [doc.nextPlan, m.nextPlan ?? null];
    if ((doc.nextPlanPeriod ?? null) === retired.nextPlanPeriod) [before.nextPlanPeriod, after.nextPlanPeriod] = [doc.nextPlanPeriod ?? null, m.nextPlanPeriod ?? null];
  }
  return fillIn(SecurityModel.collection, 'Model', doc._id, before, after);
}

async function seedModel(m: SeedModel, formerUnits: Set<string>): Promise<boolean> {
  const unit = await unitId(m.unit);
  if (!unit) return false;
  // Found by either spelling (a model seeded with the report's is renamed once the report is sent,
  // correctModelNames) anywhere in its province: a database seeded before a model moved unit
  // (Lai Vung's, once on Xã Hòa Long or the province) keeps its copy, moved to today's unit, rather than gaining a second one.
  const province = await provinceOf(m.unit);
  const stored = await SecurityModel.findOne(
    { provinceId: province, name: { $in: [m.name, m.reportedName ?? m.name] } },
    { unitId: 1, unitLevel: 1, provinceId: 1, wardId: 1, neighbourhoodId: 1, unitMappingNote: 1 },
  ).lean();
  if (stored) {
    await moveFromFormerUnit(m, stored, unit, formerUnits);
    await fillModelGaps(m, stored._id);
    return false;
  }
  const programme = m.programmeCode ? await Programme.findOne({ code: m.programmeCode }, { _id: 1 }).lean() : null;
  const { key: _key, unit: _unit, programmeCode: _programme, source, reportedName, ...fields } = m;
  const created = await models.create(SEED_VIEWER, {
    ...fields,
    // The report is computed (and frozen) from the models as it spelt them.
    name: reportedName ?? fields.name,
    unitId: String(unit),
    programmeId: programme ? String(programme._id) : null,
    steps: fields.steps?.map((s) => ({ ...s, doneOn: s.doneOn ?? null })),
    // Where each fact came from stays with the record.
    documents: [...(fields.documents ?? []), { title: `Nguồn: văn bản mẫu ${source.seed}${source.section ? `, ${source.section}` : ''}` }],
  });
  // What the service's input does not (yet) take is stored as given: partial dates, deadline steps, done days of steps.
  const set: Record<string, unknown> = {
    startedIn: m.startedIn ?? null,
    statusAsOf: m.statusAsOf ?? null,
    deadlines: (m.deadlines ?? []).map((d) => ({ title: d.title, due: d.due, step: d.step, note: d.note ?? null })),
  };
  (m.steps ?? []).forEach((s) => {
    const i = created.steps.findIndex((t) => t.order === s.order);
    if (i >= 0) set[`steps.${i}.doneOn`] = s.doneOn ?? null;
  });
  // Invented channels (a Zalo group named after a sample thôn) carry isSample like other invented data.
  (m.channels ?? []).forEach((c, i) => {
    if (c.isSample) set[`channels.${i}.isSample`] = true;
  });
  await SecurityModel.collection.updateOne({ _id: created._id }, { $set: set });
  return true;
}

export async function seedModels(): Promise<number> {
  let created = 0;
  const none = new Set<string>();
  const laiVungFormer = new Set((await Promise.all(LAI_VUNG_FORMER_UNITS.map(unitId))).filter((id) => id).map(String));
  for (const m of SEED_DOCUMENT_MODELS) if (await seedModel(m, none)) created++;
  for (const m of LAI_VUNG_MODELS) if (await seedModel(m, laiVungFormer)) created++;
  return created;
}

/**
 * Models seeded with a report's misspelt name (seed 004's Phụ lục 2) take their corrected name
 * once that report is sent, so the report stays the document and the registry is searchable.
 * Only a model still bearing the seed's own spelling is renamed (an officer's rename is kept).
 */
export async function correctModelNames(): Promise<number> {
  let renamed = 0;
  for (const m of [...SEED_DOCUMENT_MODELS, ...LAI_VUNG_MODELS]) {
    if (!m.reportedName) continue;
    const province = await provinceOf(m.unit);
    const stored = province && (await SecurityModel.findOne({ provinceId: province, name: m.reportedName }, { _id: 1, version: 1 }).lean());
    if (!stored) continue;
    await models.update(SEED_VIEWER, String(stored._id), { name: m.name }, stored.version);
    renamed++;
  }
  return renamed;
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

/** The national programme the sample ratings of Thảo Nguyên's tổ dân phố use (seed 002's KDC-KIEU-MAU is Buôn Ma Thuột's). */
export const SAMPLE_NEIGHBOURHOOD_PROGRAMME = 'KDC-AN-TOAN-ANTT';

/**
 * Sample ratings (demo data: isSample, and said in their first note) of Thảo Nguyên's tổ dân phố
 * under the national "Khu dân cư đạt tiêu chuẩn An toàn về ANTT" programme, walked through the
 * real workflow by the demo accounts, so that the dashboard has real numbers in every state.
 */
const SAMPLE_PLAN: Array<{ status: 'DRAFT' | 'SUBMITTED' | 'APPRAISED' | 'RETURNED' | 'RECOGNIZED' | 'NOT_RECOGNIZED'; count: number }> = [
  { status: 'RECOGNIZED', count: 9 },
  { status: 'NOT_RECOGNIZED', count: 2 },
  { status: 'APPRAISED', count: 3 },
  { status: 'SUBMITTED', count: 2 },
  { status: 'RETURNED', count: 2 },
  { status: 'DRAFT', count: 2 },
];

/** Flags an invented assessment as a sample (the create input does not take isSample). */
export async function markSample(id: ObjectId): Promise<void> {
  await Assessment.updateOne({ _id: id }, { $set: { isSample: true } });
}

export async function seedSampleAssessments(year: number): Promise<number> {
  const programme = await Programme.findOne({ code: SAMPLE_NEIGHBOURHOOD_PROGRAMME }).lean();
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
    await markSample(a._id);
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
