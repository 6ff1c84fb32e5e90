/**
 * "Việc cần làm": what is the caller's to do, soonest first (undated last). Everything is read
 * through the resources' own repositories as the caller (their scope and roles), each kind with
 * a bounded number of queries (none per row) and at most TODO_CAP items; who may act on a
 * record is decided by the same rules as the action itself (allowedActions, report triage,
 * model updates, period-report submission).
 */
import { LEVEL_FIELD, isAdmin, levelDepth, officersInScope, type UnitLevel, type Viewer } from '../core/access';
import type { Page } from '../core/repository';
import type { AssessmentDoc } from '../assessments/assessment.model';
import { allowedActions, assessments } from '../assessments/assessment.service';
import type { Todo, TodoKind } from '../generated/graphql';
import type { Loaders } from '../graphql/loaders';
import { models } from '../models/model.service';
import { organisations } from '../organisations/organisation.service';
import type { ProgrammeDoc } from '../programmes/programme.model';
import { programmes } from '../programmes/programme.service';
import type { PeriodReportDoc } from '../reporting/period-report.model';
import { periodReports } from '../reporting/period-report.service';
import { establishments } from '../tourism/establishment.service';
import { reports } from '../tourism/report.service';
import { assessmentDue, dueInstant, isOverdue, soonestFirst, stepDueDay } from '../../rules/deadlines';
import { formatQuarter, vietnamQuarter } from '../../rules/dates';
import { periodBounds, reportDueDay } from '../../rules/periods';
import { missingMeetingTodos, reviewTodos } from './meeting-todos';
import { rewardTodos } from '../rewards/reward-todos';

/** At most this many items of each kind (the page size the repositories allow); `todos` says no more. */
export const TODO_CAP = 200;

/** A to-do item as the API serves it (Todo in schema/deadlines.graphql). */
export type TodoView = Omit<Todo, '__typename'> & { dueAt: Date | null };

/** A name in quotation marks, unless it holds quotation marks of its own (“An toàn về an ninh, trật tự”). */
const quoted = (name: string) => (/[“”"]/.test(name) ? name : `“${name}”`);
const periodText = (year: number, quarter: number) => (quarter ? formatQuarter(year, quarter) : `năm ${year}`);
const short = (text: string, max = 120) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function item(kind: TodoKind, key: string, fields: Omit<TodoView, 'id' | 'kind' | 'overdue'>, now: Date): TodoView {
  return { id: `${kind}:${key}`, kind, overdue: isOverdue(fields.dueAt, now), ...fields };
}

const statuses = ['DRAFT', 'RETURNED', 'SUBMITTED', 'APPRAISED'] as const;

/** The name of an assessment's subject (a unit, model, business or organisation), batched through the loaders. */
async function subjectName(loaders: Loaders, a: AssessmentDoc): Promise<string | null> {
  const id = String(a.subjectId);
  switch (a.subjectLevel) {
    case 'NEIGHBOURHOOD':
    case 'WARD':
      return (await loaders.unit(a.subjectLevel).load(id))?.name ?? null;
    case 'MODEL':
      return (await loaders.byId(models).load(id))?.name ?? null;
    case 'ESTABLISHMENT':
      return (await loaders.byId(establishments).load(id))?.name ?? null;
    case 'ORGANISATION':
      return (await loaders.byId(organisations).load(id))?.name ?? null;
    default:
      return null;
  }
}

/** The unit a scoped record hangs off, by its deepest ancestor. */
function unitOf(doc: { provinceId: unknown; wardId?: unknown; neighbourhoodId?: unknown }): { level: UnitLevel; id: string } {
  if (doc.neighbourhoodId) return { level: 'NEIGHBOURHOOD', id: String(doc.neighbourhoodId) };
  if (doc.wardId) return { level: 'WARD', id: String(doc.wardId) };
  return { level: 'PROVINCE', id: String(doc.provinceId) };
}

const unitName = async (loaders: Loaders, doc: Parameters<typeof unitOf>[0]) => {
  const { level, id } = unitOf(doc);
  return (await loaders.unit(level).load(id))?.name ?? null;
};

/**
 * Drafts to submit, submissions to appraise, appraisals to decide. A draft is the caller's to
 * submit when allowedActions says so and its subject is the caller's own unit or directly below
 * it (a province officer chases wards' drafts, not every neighbourhood's); an appraisal is to
 * decide for officers at the programme's recognising level.
 */
async function assessmentTodos(viewer: Viewer, loaders: Loaders, now: Date): Promise<TodoView[]> {
  const pages: Page<AssessmentDoc>[] = await Promise.all(
    statuses.map((status) => assessments.list(viewer, { status }, { limit: TODO_CAP }, { field: 'updatedAt', order: 'DESC' })),
  );
  const docs = pages.flatMap((p) => p.items);
  const programmeList = await Promise.all(docs.map((a) => loaders.byId(programmes).load(String(a.programmeId))));
  // An organisation's own contact person submits its self-assessment (allowedActions keeps them to it).
  const close = (a: AssessmentDoc) =>
    isAdmin(viewer) || viewer.role === 'ORGANISATION_REP' || (!!viewer.scope && levelDepth(a.subjectUnitLevel) - levelDepth(viewer.scope.level) <= 1);
  // Recognition is decided at the programme's recognising level; officers above it may, but it is not on their list.
  const decides = (p: ProgrammeDoc) => isAdmin(viewer) || viewer.scope?.level === p.recognizingLevel;
  const out: TodoView[] = [];
  const counts = new Map<TodoKind, number>();
  await Promise.all(
    docs.map(async (a, i) => {
      const programme = programmeList[i];
      if (!programme) return;
      const actions = allowedActions(viewer, a, programme);
      const kind: TodoKind | null =
        actions.includes('SUBMIT') && close(a)
          ? 'SUBMIT_ASSESSMENT'
          : actions.includes('APPRAISE')
            ? 'APPRAISE_ASSESSMENT'
            : (actions.includes('RECOGNIZE') || actions.includes('NOT_RECOGNIZE')) && decides(programme)
              ? 'DECIDE_ASSESSMENT'
              : null;
      if (!kind || (counts.get(kind) ?? 0) >= TODO_CAP) return;
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
      const what = `${quoted(programme.name)} ${periodText(a.year, a.quarter)}`;
      const title =
        kind === 'SUBMIT_ASSESSMENT'
          ? a.status === 'RETURNED'
            ? `Hoàn thiện và gửi lại tự đánh giá ${what}`
            : `Gửi kết quả tự đánh giá ${what}`
          : kind === 'APPRAISE_ASSESSMENT'
            ? `Thẩm định kết quả ${what}`
            : `Quyết định công nhận ${what}`;
      const { dueAt } = assessmentDue(programme.deadlines, a, now);
      out.push(item(kind, String(a._id), { title, dueAt, recordType: 'Assessment', recordId: String(a._id), subjectName: await subjectName(loaders, a) }, now));
    }),
  );
  return out;
}

/** Reports waiting for a first response (due by their response deadline) or being verified (undated). */
async function reportTodos(viewer: Viewer, loaders: Loaders, now: Date): Promise<TodoView[]> {
  if (officersInScope(viewer) === false) return [];
  const pages = await Promise.all(
    (['RECEIVED', 'VERIFYING'] as const).map((status) => reports.list(viewer, { status }, { limit: TODO_CAP }, { field: 'dueAt', order: 'ASC' })),
  );
  const mine = pages.flatMap((p) => p.items).filter((r) => reports.permissions(viewer, r).update).slice(0, TODO_CAP);
  return Promise.all(
    mine.map(async (r) =>
      item(
        'TRIAGE_REPORT',
        String(r._id),
        {
          title: r.status === 'RECEIVED' ? `Tiếp nhận, xử lý phản ánh ${r.code}` : `Xác minh, kết luận phản ánh ${r.code}`,
          dueAt: r.status === 'RECEIVED' ? r.dueAt : null,
          recordType: 'Report',
          recordId: String(r._id),
          subjectName: await unitName(loaders, r),
        },
        now,
      ),
    ),
  );
}

/** Dated rollout steps not done yet, of the models the caller may change (not a head, who keeps only figures). */
async function rolloutTodos(viewer: Viewer, loaders: Loaders, now: Date): Promise<TodoView[]> {
  if (officersInScope(viewer) === false) return [];
  const page = await models.list(viewer, { openSteps: true }, { limit: TODO_CAP }, { field: 'name' });
  const out: TodoView[] = [];
  for (const m of page.items) {
    const permissions = models.permissions(viewer, m);
    if (!permissions.update || permissions.updatableFields) continue;
    for (const step of m.steps) {
      if (step.doneOn || !step.dueOn || out.length >= TODO_CAP) continue;
      out.push(
        item(
          'ROLLOUT_STEP',
          `${String(m._id)}:${step.order}`,
          {
            title: `Mô hình ${quoted(short(m.name, 80))}, bước ${step.order}: ${short(step.title)}`,
            dueAt: dueInstant(step.dueOn),
            recordType: 'Model',
            recordId: String(m._id),
            subjectName: null,
          },
          now,
        ),
      );
    }
  }
  // Unit names in one batch.
  const names = await Promise.all(page.items.map((m) => loaders.unit(m.unitLevel).load(String(m.unitId))));
  const byModel = new Map(page.items.map((m, i) => [String(m._id), names[i]?.name ?? null]));
  return out.map((t) => ({ ...t, subjectName: byModel.get(t.recordId) ?? null }));
}

/** The quarter that ended last before `now` (in Vietnam), whose report is due REPORT_GRACE_DAYS later. */
export function lastEndedQuarter(now: Date): { year: number; quarter: number } {
  const { year, quarter } = vietnamQuarter(now);
  return quarter === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: quarter - 1 };
}

/** The caller's own unit's (a ward's or neighbourhood's) quarterly report for the last ended quarter, until it is sent up. */
async function periodReportTodos(viewer: Viewer, loaders: Loaders, now: Date): Promise<TodoView[]> {
  const scope = viewer.scope;
  // A province has no level above it in the product to send its report to.
  if (!scope || scope.level === 'PROVINCE' || !['WARD_OFFICER', 'NEIGHBOURHOOD_HEAD'].includes(viewer.role)) return [];
  const { year, quarter } = lastEndedQuarter(now);
  const { from, to } = periodBounds('QUARTER', year, quarter);
  const page = await periodReports.list(viewer, { unitId: String(scope.unitId), year, periodKind: 'QUARTER' }, { limit: 10 });
  const report: PeriodReportDoc | undefined = page.items.find((r) => r.from === from && r.to === to);
  if (report && (report.status === 'SUBMITTED' || report.status === 'ACCEPTED')) return [];
  const unit = await loaders.unit(scope.level).load(String(scope.unitId));
  const period = formatQuarter(year, quarter);
  const dueAt = dueInstant(reportDueDay(to));
  const fields = report
    ? { title: report.status === 'RETURNED' ? `Hoàn thiện và gửi lại báo cáo ${period}` : `Gửi báo cáo ${period} lên cấp trên`, recordType: 'PeriodReport', recordId: String(report._id) }
    : { title: `Lập và gửi báo cáo ${period} lên cấp trên`, recordType: UNIT_TYPE[scope.level], recordId: String(scope.unitId) };
  return [item('PERIOD_REPORT', `${String(scope.unitId)}:${from}`, { ...fields, dueAt, subjectName: unit?.name ?? null }, now)];
}

const UNIT_TYPE: Record<UnitLevel, string> = { PROVINCE: 'Province', WARD: 'Ward', NEIGHBOURHOOD: 'Neighbourhood' };

/** Whether a programme applies to a unit: national, or issued by the unit or one of its ancestors, and rating its level. */
export function appliesTo(programme: ProgrammeDoc, level: UnitLevel, unit: Record<string, unknown>): boolean {
  if (programme.ratedLevel !== level && !((programme.alsoRates ?? []) as string[]).includes(level)) return false;
  if (!programme.issuerUnitId || !programme.issuerLevel) return true;
  return String(unit[LEVEL_FIELD[programme.issuerLevel]]) === String(programme.issuerUnitId);
}

/**
 * The caller's own unit as a subject not yet started: for each yearly programme that applies to
 * it, no assessment this year while a SUBMIT deadline falls in the year (due then); or, for a
 * programme with a LAUNCH deadline, no assessment and no model of it in the unit at all (due by
 * the LAUNCH day).
 */
async function startTodos(viewer: Viewer, loaders: Loaders, now: Date): Promise<TodoView[]> {
  const scope = viewer.scope;
  const level = viewer.role === 'WARD_OFFICER' ? 'WARD' : viewer.role === 'NEIGHBOURHOOD_HEAD' ? 'NEIGHBOURHOOD' : null;
  if (!scope || !level || scope.level !== level) return [];
  const unitId = String(scope.unitId);
  // Programmes are few (reference data): all of them, to see `alsoRates` too.
  const [unit, rated, own, programmeList] = await Promise.all([
    loaders.unit(level).load(unitId),
    assessments.list(viewer, { subjectId: unitId }, { limit: TODO_CAP }),
    models.list(viewer, { unitId }, { limit: TODO_CAP }),
    programmes.list(viewer, {}, { limit: TODO_CAP }),
  ]);
  if (!unit) return [];
  const { year } = vietnamQuarter(now);
  const out: TodoView[] = [];
  for (const p of programmeList.items) {
    if (p.period !== 'YEAR' || !appliesTo(p, level, { ...unit, [LEVEL_FIELD[level]]: unit._id })) continue;
    const ofProgramme = rated.items.filter((a) => String(a.programmeId) === String(p._id));
    const submitDay = stepDueDay(p.deadlines, 'SUBMIT', year);
    const launchDay = stepDueDay(p.deadlines, 'LAUNCH', year);
    let todo: { day: string; title: string } | null = null;
    if (submitDay?.startsWith(`${year}-`) && !ofProgramme.some((a) => a.year === year)) {
      todo = { day: submitDay, title: `Tự đánh giá, chấm điểm ${quoted(p.name)} năm ${year}` };
    } else if (launchDay && !ofProgramme.length && !own.items.some((m) => String(m.programmeId) === String(p._id))) {
      todo = { day: launchDay, title: `Triển khai ${quoted(p.name)}` };
    }
    if (todo && out.length < TODO_CAP) {
      out.push(item('START_ASSESSMENT', `${String(p._id)}:${unitId}:${year}`, { title: todo.title, dueAt: dueInstant(todo.day), recordType: 'Programme', recordId: String(p._id), subjectName: unit.name }, now));
    }
  }
  return out;
}

/** The caller's to-do list, soonest first (undated last); at most TODO_CAP items of each kind. */
export async function todosFor(viewer: Viewer, loaders: Loaders, now = new Date()): Promise<TodoView[]> {
  if (viewer.role === 'VIEWER') return [];
  const parts = await Promise.all([
    assessmentTodos(viewer, loaders, now),
    startTodos(viewer, loaders, now),
    reportTodos(viewer, loaders, now),
    rolloutTodos(viewer, loaders, now),
    periodReportTodos(viewer, loaders, now),
    missingMeetingTodos(viewer, loaders, now, TODO_CAP),
    reviewTodos(viewer, loaders, now, TODO_CAP),
    rewardTodos(viewer, now),
  ]);
  return soonestFirst(parts.flat());
}
