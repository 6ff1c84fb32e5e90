/**
 * Assessments and the rating workflow (issue 3):
 *   DRAFT → SUBMITTED → APPRAISED → RECOGNIZED | NOT_RECOGNIZED, RETURN → RETURNED (→ SUBMIT again).
 * Who may do what is decided here from the caller's role, their scope (as everywhere, a sift
 * check of the scope filter against the record) and the programme's recognising level.
 */
import sift from 'sift';
import { z } from 'zod';
import { LEVELS, isAdmin, levelDepth, scopeFilter, type ObjectId, type Rule, type UnitLevel, type Viewer } from '../core/access';
import { appEvent } from '../core/events';
import { Repository } from '../core/repository';
import { calendarYear, idsFilter, objectId, oid, optionalText, points, quarterOfYear } from '../core/validation';
import { badInput, conflict, forbidden, fromZodError } from '../errors';
import { neighbourhoods, wards } from '../hierarchy/hierarchy.service';
import { models } from '../models/model.service';
import { organisations } from '../organisations/organisation.service';
import { assertProgrammeApplies } from '../programmes/applicability';
import type { CriteriaSetDoc, CriterionDoc } from '../programmes/criteria-set.model';
import { RATED_LEVELS, type ProgrammeDoc } from '../programmes/programme.model';
import { ratedSet } from '../programmes/criteria-set-revisions';
import { programmes } from '../programmes/programme.service';
import { establishments } from '../tourism/establishment.service';
import { Report } from '../tourism/report.model';
import { classificationOf, scoreFromReports, scoredFromReports, totalOf, unmetRequired as unmetOf } from '../../rules/scoring';
import { ASSESSMENT_ACTIONS, ASSESSMENT_STATUSES, ASSESSMENT_STEP_FROM, ASSESSMENT_STEP_TO, noteRequired } from '../../rules/workflow';
import { Assessment, type AssessmentAction, type AssessmentDoc, type CriterionResultDoc } from './assessment.model';
import type { AssessmentSortField } from '../generated/graphql';

const EDITABLE: readonly AssessmentDoc['status'][] = ['DRAFT', 'RETURNED'];

const ResultInput = z.object({
  criterionId: objectId,
  met: z.boolean().nullish(),
  score: points.nullish(),
  note: optionalText(2000),
  evidence: z.array(z.string().trim().min(1).max(500)).max(50).nullish(),
});
const Results = z.array(ResultInput).max(500);
const CreateInput = z.object({
  programmeId: objectId,
  subjectId: objectId,
  /** Which of the programme's rated levels the subject is at (programmes that rate several; inferred when left out). */
  subjectLevel: z.enum(RATED_LEVELS).nullish(),
  year: calendarYear,
  quarter: quarterOfYear.nullish(),
  results: Results.nullish(),
});
const UpdateInput = z.object({ results: Results.nullish() });

// ---------------------------------------------------------------- who may act

/**
 * The subject's own people and everyone above them in scope draft, edit and submit (an
 * organisation's representative: its own organisation's, the only assessments its scope holds).
 */
const drafters = (viewer: Viewer): Rule =>
  isAdmin(viewer) ? {} : ['PROVINCE_OFFICER', 'WARD_OFFICER', 'NEIGHBOURHOOD_HEAD', 'ORGANISATION_REP'].includes(viewer.role) ? scopeFilter(viewer) : false;

const inScope = (viewer: Viewer, doc: AssessmentDoc) => isAdmin(viewer) || sift(scopeFilter(viewer))(doc);
const officerLevel = (viewer: Viewer): UnitLevel | null =>
  viewer.role === 'PROVINCE_OFFICER' || viewer.role === 'WARD_OFFICER' ? (viewer.scope?.level ?? null) : null;

/** Appraise or return: an officer of the level directly above the subject's, in scope. */
function canAppraise(viewer: Viewer, doc: AssessmentDoc): boolean {
  if (isAdmin(viewer)) return true;
  const above = LEVELS[levelDepth(doc.subjectUnitLevel) - 1];
  return !!above && officerLevel(viewer) === above && inScope(viewer, doc);
}

/** Recognise or not: an officer at the programme's recognising level or above, in scope. */
function canRecognize(viewer: Viewer, doc: AssessmentDoc, programme: ProgrammeDoc): boolean {
  if (isAdmin(viewer)) return true;
  const level = officerLevel(viewer);
  return !!level && levelDepth(level) <= levelDepth(programme.recognizingLevel) && inScope(viewer, doc);
}

// ---------------------------------------------------------------- scoring

/** Validates results against the criteria set and computes total and classification. */
export function score(set: CriteriaSetDoc, input: z.infer<typeof Results>): Pick<AssessmentDoc, 'results' | 'total' | 'classification'> {
  const byId = new Map(set.criteria.map((c) => [String(c._id), c]));
  const seen = new Set<string>();
  const problems: Array<{ path: string; message: string }> = [];
  const results: CriterionResultDoc[] = input.map((r, i) => {
    const criterion = byId.get(r.criterionId);
    if (!criterion) problems.push({ path: `input.results.${i}.criterionId`, message: 'is not a criterion of this programme' });
    if (seen.has(r.criterionId)) problems.push({ path: `input.results.${i}.criterionId`, message: 'appears twice' });
    seen.add(r.criterionId);
    if (criterion?.kind === 'PASS_FAIL' && r.score != null) problems.push({ path: `input.results.${i}.score`, message: `${criterion.code} is pass/fail: give met, not a score` });
    if (criterion?.kind === 'POINTS' && r.met != null) problems.push({ path: `input.results.${i}.met`, message: `${criterion.code} is scored in points: give a score (above 0 meets it), not met` });
    if (criterion?.kind === 'POINTS' && r.score != null && criterion.maxScore != null && r.score > criterion.maxScore) {
      problems.push({ path: `input.results.${i}.score`, message: `must be at most ${criterion.maxScore} for ${criterion.code}` });
    }
    return { criterionId: oid(r.criterionId), met: r.met ?? null, score: r.score ?? null, note: r.note ?? null, evidence: r.evidence ?? [] };
  });
  if (problems.length) throw badInput(problems);
  const total = totalOf(byId, results, (r) => String(r.criterionId));
  return { results, total, classification: classificationOf(set.thresholds, total) };
}

/** Required criteria not met (rules/scoring's isMet): recognition is refused while any remain. */
export function unmetRequired(set: CriteriaSetDoc, results: CriterionResultDoc[]): CriterionDoc[] {
  const byCriterion = new Map(results.map((r) => [String(r.criterionId), r]));
  return unmetOf(set.criteria, (c) => byCriterion.get(String(c._id)));
}

/** Stored results as input again (a business's rating is re-scored on every save); a stale `met` on a POINTS criterion is dropped. */
function asInput(set: CriteriaSetDoc, results: CriterionResultDoc[]): z.infer<typeof Results> {
  const scored = new Set(set.criteria.filter((c) => c.kind === 'POINTS').map((c) => String(c._id)));
  return results.map((r) => ({ ...r, criterionId: String(r.criterionId), met: scored.has(String(r.criterionId)) ? null : r.met }));
}

/**
 * The programme and the criteria set to score by: for a new assessment the programme's set as it
 * stands (its current edition, which the assessment stores); for one already rated, the set and
 * edition it was rated on (criteriaSetId, criteriaSetVersion), whatever the set became since.
 */
async function programmeAndSet(
  viewer: Viewer,
  programmeId: string,
  rated?: Pick<AssessmentDoc, 'criteriaSetId' | 'criteriaSetVersion'>,
): Promise<{ programme: ProgrammeDoc; set: CriteriaSetDoc; revision: number }> {
  const programme = await programmes.get(viewer, programmeId);
  const setId = rated?.criteriaSetId ?? programme.criteriaSetId;
  if (!setId) throw badInput([{ path: 'input.programmeId', message: 'this programme has no criteria set yet' }]);
  const { set, revision } = await ratedSet(viewer, String(setId), rated ? rated.criteriaSetVersion : undefined);
  return { programme, set, revision };
}

type RatedLevel = (typeof RATED_LEVELS)[number];

/** The levels of subject a programme rates: its ratedLevel, then `alsoRates` (Decision 3554: wards and organisations). */
export const ratedLevelsOf = (programme: Pick<ProgrammeDoc, 'ratedLevel' | 'alsoRates'>): RatedLevel[] => [
  ...new Set([programme.ratedLevel, ...(programme.alsoRates ?? [])]),
];

interface Subject {
  subjectId: ObjectId;
  subjectLevel: RatedLevel;
  subjectUnitLevel: UnitLevel;
  provinceId: ObjectId;
  wardId: ObjectId | null;
  neighbourhoodId: ObjectId | null;
  organisationId: ObjectId | null;
}

/**
 * The subject, found within the caller's scope at one of the programme's rated levels, with the
 * ancestors the assessment stores. `subjectLevel` picks the level; without it a programme that
 * rates one level looks there, and one that rates several takes the level where the id is found.
 */
async function subjectOf(viewer: Viewer, programme: ProgrammeDoc, subjectId: string, subjectLevel: RatedLevel | null | undefined): Promise<Subject> {
  const levels = ratedLevelsOf(programme);
  if (subjectLevel && !levels.includes(subjectLevel)) {
    throw badInput([{ path: 'input.subjectLevel', message: `this programme rates ${levels.join(', ')}, not ${subjectLevel}` }]);
  }
  if (subjectLevel || levels.length === 1) return subjectAt(viewer, subjectLevel ?? programme.ratedLevel, subjectId);
  for (const level of levels) {
    const found = await subjectAt(viewer, level, subjectId).catch((error: unknown) => {
      if ((error as { extensions?: { code?: string } }).extensions?.code === 'NOT_FOUND') return null;
      throw error;
    });
    if (found) return found;
  }
  throw badInput([{ path: 'input.subjectId', message: `no ${levels.join(' or ')} with this id in your scope` }]);
}

async function subjectAt(viewer: Viewer, level: RatedLevel, subjectId: string): Promise<Subject> {
  const at = { subjectLevel: level, organisationId: null };
  switch (level) {
    case 'ORGANISATION': {
      // An organisation of a ward is appraised like a neighbourhood, by the ward police; one of a province like a ward, by the provincial police.
      const o = await organisations.get(viewer, subjectId);
      const subjectUnitLevel: UnitLevel = o.wardId ? 'NEIGHBOURHOOD' : 'WARD';
      return { ...at, subjectId: o._id, subjectUnitLevel, provinceId: o.provinceId, wardId: o.wardId, neighbourhoodId: null, organisationId: o._id };
    }
    case 'NEIGHBOURHOOD': {
      const n = await neighbourhoods.get(viewer, subjectId);
      return { ...at, subjectId: n._id, subjectUnitLevel: 'NEIGHBOURHOOD' as const, provinceId: n.provinceId, wardId: n.wardId, neighbourhoodId: n._id };
    }
    case 'WARD': {
      const w = await wards.get(viewer, subjectId);
      return { ...at, subjectId: w._id, subjectUnitLevel: 'WARD' as const, provinceId: w.provinceId, wardId: w._id, neighbourhoodId: null };
    }
    case 'MODEL': {
      const m = await models.get(viewer, subjectId);
      return { ...at, subjectId: m._id, subjectUnitLevel: m.unitLevel, provinceId: m.provinceId, wardId: m.wardId, neighbourhoodId: m.neighbourhoodId };
    }
    case 'ESTABLISHMENT': {
      // A business is appraised like its neighbourhood: by the ward police.
      const e = await establishments.get(viewer, subjectId);
      return { ...at, subjectId: e._id, subjectUnitLevel: 'NEIGHBOURHOOD' as const, provinceId: e.provinceId, wardId: e.wardId, neighbourhoodId: e.neighbourhoodId };
    }
  }
}

/** Vietnam's time zone (UTC+7, no daylight saving): periods are counted in it. */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** The year and quarter an instant falls in, in Vietnam's time. */
export function vietnamQuarter(at = new Date()): { year: number; quarter: number } {
  const local = new Date(at.getTime() + VIETNAM_OFFSET_MS);
  return { year: local.getUTCFullYear(), quarter: Math.floor(local.getUTCMonth() / 3) + 1 };
}

/** The period an assessment covers, in Vietnam's time (UTC+7): a quarter, or the whole year. */
export function periodBounds(year: number, quarter: number): { from: Date; to: Date } {
  const VN = VIETNAM_OFFSET_MS;
  const [first, months] = quarter ? [(quarter - 1) * 3, 3] : [0, 12];
  return { from: new Date(Date.UTC(year, first, 1) - VN), to: new Date(Date.UTC(year, first + months, 1) - VN) };
}

/**
 * A business's rating takes tourists' feedback into account (seed 000: "căn cứ vào phản hồi…
 * của du khách"): criteria with `deductPerReport` are scored here, from the resolved,
 * substantiated reports about it in the period, whatever the rater entered.
 */
async function withReportScores(set: CriteriaSetDoc, subjectId: AssessmentDoc['subjectId'], year: number, quarter: number, input: z.infer<typeof Results>) {
  const { from, to } = periodBounds(year, quarter);
  const count = await Report.countDocuments({ establishmentId: subjectId, status: 'RESOLVED', substantiated: true, createdAt: { $gte: from, $lt: to } });
  const scored = set.criteria.filter(scoredFromReports);
  const rest = input.filter((r) => !scored.some((c) => String(c._id) === r.criterionId));
  const auto = scored.map((c) => ({
    criterionId: String(c._id),
    score: scoreFromReports(c, count),
    // Stored with the result and read by officers in the console: in Vietnamese, as the rest of the record.
    note: count === 0 ? 'Không có phản ánh đúng sự thật trong kỳ' : `${count} phản ánh đúng sự thật trong kỳ`,
  }));
  return { results: [...rest, ...auto], substantiatedReports: count };
}

// ---------------------------------------------------------------- the resource

/** Emitted once a draft is deleted (under its write lock), so what hung off it (its evidence files) goes with it. */
export const assessmentDeleting = appEvent<[Viewer, AssessmentDoc]>();

export const assessments = new Repository<AssessmentDoc, z.infer<typeof CreateInput>, z.infer<typeof UpdateInput>>({
  entityType: 'Assessment',
  model: Assessment,
  afterDelete: (viewer, doc) => assessmentDeleting.emit(viewer, doc),
  access: {
    read: scopeFilter,
    create: drafters,
    update: drafters,
    delete: drafters,
    // Results change, and drafts are deleted, only in DRAFT or RETURNED (ADMIN: always).
    stateRefusal(viewer, doc, action) {
      const { status } = doc as AssessmentDoc;
      if (isAdmin(viewer) || EDITABLE.includes(status)) return null;
      return action === 'update' ? `Results can change only in DRAFT or RETURNED; this assessment is ${status}` : `Only drafts can be deleted; this assessment is ${status}`;
    },
  },
  createInput: CreateInput,
  updateInput: UpdateInput,
  filterInput: z
    .object({
      ids: idsFilter,
      programmeId: objectId.nullish(),
      subjectId: objectId.nullish(),
      provinceId: objectId.nullish(),
      wardId: objectId.nullish(),
      neighbourhoodId: objectId.nullish(),
      year: calendarYear.nullish(),
      status: z.enum(ASSESSMENT_STATUSES).nullish(),
    })
    .transform((f) => {
      const q: Record<string, unknown> = {};
      if (f.ids) q._id = { $in: f.ids.map(oid) };
      for (const key of ['programmeId', 'subjectId', 'provinceId', 'wardId', 'neighbourhoodId'] as const) if (f[key]) q[key] = oid(f[key]);
      if (f.year != null) q.year = f.year;
      if (f.status) q.status = f.status;
      return q;
    }),
  sortFields: { year: 'year', status: 'status', total: 'total', createdAt: 'createdAt', updatedAt: 'updatedAt' } satisfies Record<AssessmentSortField, string>,
  defaultSort: { field: 'updatedAt', order: 'DESC' },
  async toDocument(viewer, input) {
    const { programme, set, revision } = await programmeAndSet(viewer, input.programmeId);
    if (programme.period === 'QUARTER' && input.quarter == null) throw badInput([{ path: 'input.quarter', message: 'this programme is assessed quarterly: give 1–4' }]);
    if (programme.period === 'YEAR' && input.quarter != null) throw badInput([{ path: 'input.quarter', message: 'this programme is assessed yearly: leave quarter out' }]);
    const subject = await subjectOf(viewer, programme, input.subjectId, input.subjectLevel);
    // A programme applies to the subtree of its issuing unit (a national one everywhere).
    assertProgrammeApplies(programme, subject);
    const rated =
      subject.subjectLevel === 'ESTABLISHMENT'
        ? await withReportScores(set, subject.subjectId, input.year, input.quarter ?? 0, input.results ?? [])
        : { results: input.results ?? [], substantiatedReports: null };
    return {
      programmeId: programme._id,
      ...subject,
      // The edition of the criteria set rated on: the results keep being scored against it.
      criteriaSetId: set._id,
      criteriaSetVersion: revision,
      isSample: false,
      year: input.year,
      quarter: input.quarter ?? 0,
      ...score(set, rated.results),
      substantiatedReports: rated.substantiatedReports,
      status: 'DRAFT',
      history: [],
      submittedBy: null,
      appraisedBy: null,
    };
  },
  async toUpdate(viewer, current, input) {
    if (input.results == null && current.subjectLevel !== 'ESTABLISHMENT') return {};
    const { set } = await programmeAndSet(viewer, String(current.programmeId), current);
    const given = input.results ?? asInput(set, current.results);
    if (current.subjectLevel !== 'ESTABLISHMENT') return score(set, given);
    const rated = await withReportScores(set, current.subjectId, current.year, current.quarter, given);
    return { ...score(set, rated.results), substantiatedReports: rated.substantiatedReports };
  },
});

const TransitionInput = z.object({ action: z.enum(ASSESSMENT_ACTIONS), note: optionalText(2000) });

/**
 * Why the caller may not take this step now (null when they may). Input checks (a note for
 * RETURN, required criteria for RECOGNIZE) come after this, in `transition`. The same rules
 * answer `Assessment.allowedActions`, so the console shows exactly the buttons that work.
 */
export function refusal(viewer: Viewer, current: AssessmentDoc, programme: ProgrammeDoc, action: AssessmentAction): { code: 'CONFLICT' | 'FORBIDDEN'; message: string } | null {
  const states: readonly AssessmentDoc['status'][] = ASSESSMENT_STEP_FROM[action];
  if (!states.includes(current.status)) return { code: 'CONFLICT', message: `Cannot ${action} an assessment that is ${current.status} (needs ${states.join(' or ')})` };
  const me = String(viewer.userId);
  const submitter = String(current.submittedBy) === me;
  const forbid = (message: string) => ({ code: 'FORBIDDEN' as const, message });
  switch (action) {
    case 'SUBMIT':
      return !inScope(viewer, current) || drafters(viewer) === false ? forbid('Only the subject’s own people or officers above them may submit') : null;
    case 'APPRAISE':
      if (!canAppraise(viewer, current)) return forbid('Only an officer of the level directly above the subject may appraise');
      return submitter ? forbid('Nobody reviews an assessment they submitted') : null;
    case 'RETURN':
      if (!canAppraise(viewer, current) && !(current.status === 'APPRAISED' && canRecognize(viewer, current, programme))) {
        return forbid('Only the appraising or recognising officers may return an assessment');
      }
      return submitter ? forbid('Nobody reviews an assessment they submitted') : null;
    case 'RECOGNIZE':
    case 'NOT_RECOGNIZE':
      if (!canRecognize(viewer, current, programme)) return forbid(`Only officers at ${programme.recognizingLevel.toLowerCase()} level or above may decide recognition`);
      if (submitter) return forbid('Nobody reviews an assessment they submitted');
      return String(current.appraisedBy) === me ? forbid('The appraiser does not also decide recognition') : null;
  }
}

/** The steps the caller may take on this assessment now. */
export function allowedActions(viewer: Viewer, doc: AssessmentDoc, programme: ProgrammeDoc): AssessmentAction[] {
  return ASSESSMENT_ACTIONS.filter((action) => refusal(viewer, doc, programme, action) === null);
}


/** Moves an assessment one step through the workflow, recording who, when and why. */
export function transition(viewer: Viewer, id: string, raw: { action: AssessmentAction; note?: string | null }, expectedVersion?: number | null): Promise<AssessmentDoc> {
  const parsed = TransitionInput.safeParse(raw);
  if (!parsed.success) throw fromZodError(parsed.error, '');
  const { action, note } = parsed.data;
  return assessments.apply(
    viewer,
    id,
    action,
    async (current) => {
      const { programme, set } = await programmeAndSet(viewer, String(current.programmeId), current);
      const refused = refusal(viewer, current, programme, action);
      if (refused) throw refused.code === 'CONFLICT' ? conflict(refused.message, 'WRONG_STATE') : forbidden(refused.message);
      const step = { action, by: viewer.userId, byName: viewer.username, at: new Date(), note: note ?? null };
      const history = [...current.history, step];
      if (noteRequired(action) && !note) throw badInput([{ path: 'note', message: 'say why it is returned' }]);
      if (action === 'RECOGNIZE') {
        const unmet = unmetRequired(set, current.results);
        if (unmet.length) {
          throw badInput(
            unmet.map((c) => ({ path: `results.${c.code}`, message: `required criterion ${c.code} "${c.title}" is not met` })),
            'Cannot recognise: required criteria are not met (NOT_RECOGNIZE remains possible)',
          );
        }
      }
      // Who took the step is kept where the next steps look for it (nobody reviews their own work).
      const taker = action === 'SUBMIT' ? { submittedBy: viewer.userId } : action === 'APPRAISE' ? { appraisedBy: viewer.userId } : {};
      return { status: ASSESSMENT_STEP_TO[action], ...taker, history };
    },
    expectedVersion,
  );
}
