/**
 * Deadlines that act: the pure rules (rules/deadlines.ts) around a fixed `now`, then the API's
 * due states of assessments (from a programme's recurring deadlines) and of a model's rollout
 * steps, and the to-do items they make as records move through the workflow.
 */
import { assessmentDue, dueDayIn, dueState, modelDue, soonestFirst, stepDueDay, stepDueState, withinMonths, DUE_SOON_DAYS, REARRANGEMENT_DAY } from '../rules/deadlines';
import { vietnamQuarter } from '../rules/dates';
import { lastEndedQuarter } from '../api/deadlines/todos.service';
import { codeOf, fixtureIds, startTestApp, type FixtureIds, type TestApp } from './helpers/app';

const at = (iso: string) => new Date(iso);
const DEADLINES = [
  { due: '--11-25', step: 'SUBMIT' as const, title: 'Gửi kết quả tự đánh giá' },
  { due: '--12-15', step: 'REVIEW' as const, title: 'Thẩm định, công nhận' },
  { due: '2025-10-01', step: 'LAUNCH' as const, title: 'Triển khai trong 3 tháng' },
  { due: '--01-10', step: 'OTHER' as const, title: 'Chỉ để biết' },
];

describe('rules', () => {
  test('a yearly --MM-DD falls in the given year; a dated day is itself', () => {
    expect(dueDayIn('--11-25', 2026)).toBe('2026-11-25');
    expect(dueDayIn('2026-05-20', 2030)).toBe('2026-05-20');
    expect(dueDayIn('25/11', 2026)).toBeNull();
    expect(stepDueDay(DEADLINES, 'SUBMIT', 2027)).toBe('2027-11-25');
    expect(stepDueDay(DEADLINES, 'LAUNCH', 2026)).toBe('2025-10-01');
    expect(stepDueDay(DEADLINES.filter((d) => d.step === 'OTHER'), 'SUBMIT', 2026)).toBeNull();
  });

  test('a due day is met until the end of that day in Vietnam (UTC+7)', () => {
    expect(dueState('2026-11-25', false, at('2026-11-01T00:00:00+07:00'))).toBe('ON_TRACK');
    expect(dueState('2026-11-25', false, at('2026-11-18T23:59:59+07:00'))).toBe('ON_TRACK');
    expect(dueState('2026-11-25', false, at('2026-11-19T00:00:00+07:00'))).toBe('DUE_SOON');
    expect(dueState('2026-11-25', false, at('2026-11-25T23:59:00+07:00'))).toBe('DUE_SOON');
    expect(dueState('2026-11-25', false, at('2026-11-26T00:00:00+07:00'))).toBe('OVERDUE');
    // 17:00 UTC on the 25th is already the 26th in Vietnam.
    expect(dueState('2026-11-25', false, at('2026-11-25T17:00:00Z'))).toBe('OVERDUE');
    expect(dueState('2026-11-25', true, at('2027-01-01T00:00:00+07:00'))).toBe('DONE');
    expect(dueState(null, false, at('2027-01-01T00:00:00Z'))).toBe('ON_TRACK');
    expect(DUE_SOON_DAYS).toBe(7);
  });

  test('"within 3 months of re-arrangement" is a day', () => {
    expect(withinMonths(REARRANGEMENT_DAY, 3)).toBe('2025-10-01');
    expect(withinMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(withinMonths('2025-10-31', 14)).toBe('2026-12-31');
  });

  test('an assessment waits for its current step: SUBMIT while a draft or returned, REVIEW while submitted or appraised, then DONE', () => {
    const now = at('2026-11-20T09:00:00+07:00');
    const draft = assessmentDue(DEADLINES, { status: 'DRAFT', year: 2026 }, now);
    expect(draft.dueAt?.toISOString()).toBe('2026-11-25T16:59:59.999Z');
    expect(draft.dueState).toBe('DUE_SOON');
    expect(assessmentDue(DEADLINES, { status: 'RETURNED', year: 2026 }, now).dueState).toBe('DUE_SOON');
    const submitted = assessmentDue(DEADLINES, { status: 'SUBMITTED', year: 2026 }, now);
    expect(submitted.dueAt?.toISOString()).toBe('2026-12-15T16:59:59.999Z');
    expect(submitted.dueState).toBe('ON_TRACK');
    expect(assessmentDue(DEADLINES, { status: 'APPRAISED', year: 2026 }, at('2026-12-16T00:00:01+07:00')).dueState).toBe('OVERDUE');
    expect(assessmentDue(DEADLINES, { status: 'DRAFT', year: 2025 }, now).dueState).toBe('OVERDUE');
    expect(assessmentDue(DEADLINES, { status: 'RECOGNIZED', year: 2026 }, now)).toEqual({ dueAt: null, dueState: 'DONE' });
    expect(assessmentDue(DEADLINES, { status: 'NOT_RECOGNIZED', year: 2026 }, now).dueState).toBe('DONE');
    expect(assessmentDue([], { status: 'DRAFT', year: 2026 }, now)).toEqual({ dueAt: null, dueState: 'ON_TRACK' });
  });

  test('rollout steps: DONE once done, else by their due day; a model takes the worst and its next due day', () => {
    const now = at('2026-05-21T08:00:00+07:00');
    const steps = [
      { dueOn: '2026-05-20', doneOn: '2026-05-18' },
      { dueOn: '2026-05-20', doneOn: null },
      { dueOn: '2026-05-25', doneOn: null },
      { dueOn: null, doneOn: null },
    ];
    expect(steps.map((s) => stepDueState(s, now))).toEqual(['DONE', 'OVERDUE', 'DUE_SOON', 'ON_TRACK']);
    expect(modelDue(steps, now)).toEqual({ dueState: 'OVERDUE', nextDueOn: '2026-05-20' });
    expect(modelDue(steps.slice(2), now)).toEqual({ dueState: 'DUE_SOON', nextDueOn: '2026-05-25' });
    expect(modelDue([{ dueOn: '2026-05-20', doneOn: '2026-05-19' }], now)).toEqual({ dueState: 'DONE', nextDueOn: null });
    expect(modelDue([], now)).toEqual({ dueState: 'ON_TRACK', nextDueOn: null });
  });

  test('soonest first, undated last in their order; the last ended quarter', () => {
    const items = [{ dueAt: null, n: 1 }, { dueAt: at('2026-02-01T00:00:00Z'), n: 2 }, { dueAt: null, n: 3 }, { dueAt: at('2026-01-01T00:00:00Z'), n: 4 }];
    expect(soonestFirst(items).map((i) => i.n)).toEqual([4, 2, 1, 3]);
    expect(lastEndedQuarter(at('2026-01-05T00:00:00+07:00'))).toEqual({ year: 2025, quarter: 4 });
    expect(lastEndedQuarter(at('2026-12-02T00:00:00+07:00'))).toEqual({ year: 2026, quarter: 3 });
  });
});

describe('API', () => {
  let app: TestApp;
  let id: FixtureIds;
  let programmeId: string;
  const year = vietnamQuarter(new Date()).year;
  const ASSESSMENT = 'query($id: ID!) { assessment(id: $id) { status dueAt dueState } }';
  type Todo = { id: string; kind: string; dueAt: string | null; overdue: boolean; recordType: string; recordId: string };
  const todos = async (user: string) => (await app.gql<{ todos: Todo[] }>('{ todos { id kind dueAt overdue recordType recordId } }', {}, user)).data?.todos ?? [];

  beforeAll(async () => {
    app = await startTestApp();
    id = await fixtureIds(app);
    const set = await app.gql<{ createCriteriaSet: { id: string } }>(
      'mutation($input: CriteriaSetCreateInput!) { createCriteriaSet(input: $input) { id } }',
      { input: { name: 'Hạn (thử)', groups: [{ code: '1', title: 'Nhóm 1' }], criteria: [{ code: '1.1', title: 'Tiêu chí', group: '1', kind: 'PASS_FAIL', required: false }], thresholds: [] } },
      'admin',
    );
    const created = await app.gql<{ createProgramme: { id: string; deadlines: Array<{ step: string }> } }>(
      'mutation($input: ProgrammeCreateInput!) { createProgramme(input: $input) { id deadlines { step } } }',
      { input: { code: 'HAN', name: 'Phong trào có hạn', ratedLevel: 'NEIGHBOURHOOD', recognizingLevel: 'WARD', period: 'YEAR', criteriaSetId: set.data?.createCriteriaSet.id, deadlines: DEADLINES } },
      'admin',
    );
    expect(created.errors).toBeUndefined();
    programmeId = created.data?.createProgramme.id as string;
  }, 120_000);
  afterAll(() => app?.close());

  test('an assessment’s due date follows its step; the to-do item moves from the drafter to the appraiser', async () => {
    const res = await app.gql<{ createAssessment: { id: string } }>(
      'mutation($input: AssessmentCreateInput!) { createAssessment(input: $input) { id } }',
      { input: { programmeId, subjectId: id.tdp32, year } },
      'tdp32',
    );
    const assessmentId = res.data?.createAssessment.id as string;
    expect(assessmentId).toBeTruthy();
    const draft = await app.gql<{ assessment: { dueAt: string; dueState: string } }>(ASSESSMENT, { id: assessmentId }, 'tdp32');
    expect(draft.data?.assessment.dueAt).toBe(`${year}-11-25T16:59:59.999Z`);
    expect(draft.data?.assessment.dueState).toBe(dueState(`${year}-11-25`, false, new Date()));

    const mine = (await todos('tdp32')).find((t) => t.recordId === assessmentId);
    expect(mine).toMatchObject({ kind: 'SUBMIT_ASSESSMENT', recordType: 'Assessment', dueAt: `${year}-11-25T16:59:59.999Z` });
    expect((await todos('thaonguyen')).find((t) => t.recordId === assessmentId)).toMatchObject({ kind: 'SUBMIT_ASSESSMENT' });
    expect((await todos('yencuong')).some((t) => t.recordId === assessmentId)).toBe(false);

    const submitted = await app.gql('mutation($id: ID!) { transitionAssessment(id: $id, action: SUBMIT) { status } }', { id: assessmentId }, 'tdp32');
    expect(submitted.errors).toBeUndefined();
    const review = await app.gql<{ assessment: { dueAt: string; dueState: string } }>(ASSESSMENT, { id: assessmentId }, 'thaonguyen');
    expect(review.data?.assessment.dueAt).toBe(`${year}-12-15T16:59:59.999Z`);
    expect((await todos('tdp32')).some((t) => t.recordId === assessmentId)).toBe(false);
    expect((await todos('thaonguyen')).find((t) => t.recordId === assessmentId)).toMatchObject({ kind: 'APPRAISE_ASSESSMENT', dueAt: `${year}-12-15T16:59:59.999Z` });
    expect((await todos('viewer')).length).toBe(0);

    const old = await app.gql<{ createAssessment: { id: string } }>(
      'mutation($input: AssessmentCreateInput!) { createAssessment(input: $input) { id } }',
      { input: { programmeId, subjectId: id.tdp32, year: 2020 } },
      'tdp32',
    );
    const late = await app.gql<{ assessment: { dueState: string } }>(ASSESSMENT, { id: old.data?.createAssessment.id }, 'tdp32');
    expect(late.data?.assessment.dueState).toBe('OVERDUE');
    expect((await todos('tdp32')).find((t) => t.recordId === old.data?.createAssessment.id)).toMatchObject({ overdue: true });
  });

  test('rollout steps carry doneOn and their own state; the model its worst state and next due day; undone dated steps are to-dos', async () => {
    const MODEL = 'id startedIn statusAsOf dueState nextDueOn deadlines { step due } steps { order doneOn dueOn dueState }';
    const res = await app.gql<{ createModel: { id: string; startedIn: string; statusAsOf: string; dueState: string; nextDueOn: string; deadlines: Array<{ step: string }>; steps: Array<{ order: number; doneOn: string | null; dueState: string }> } }>(
      `mutation($input: ModelCreateInput!) { createModel(input: $input) { ${MODEL} } }`,
      {
        input: {
          name: 'Mô hình có hạn (thử)',
          category: 'ZALO_GROUP',
          unitId: id.yencuong,
          leadBody: 'Công an xã',
          status: 'PLANNED',
          startedIn: '2020-05',
          statusAsOf: '2020',
          deadlines: [{ title: 'Ra mắt', due: '2020-03-01', step: 'LAUNCH' }],
          steps: [
            { order: 1, title: 'Xây dựng', dueOn: '2020-01-01', doneOn: '2020-01-02' },
            { order: 2, title: 'Ban hành quyết định', dueOn: '2020-03-01' },
            { order: 3, title: 'Sơ kết', dueOn: '2999-01-01' },
            { order: 4, title: 'Duy trì' },
          ],
        },
      },
      'yencuong',
    );
    expect(res.errors).toBeUndefined();
    const model = res.data?.createModel;
    expect(model).toMatchObject({ startedIn: '2020-05', statusAsOf: '2020', dueState: 'OVERDUE', nextDueOn: '2020-03-01', deadlines: [{ step: 'LAUNCH' }] });
    expect(model?.steps.map((s) => [s.order, s.doneOn, s.dueState])).toEqual([
      [1, '2020-01-02', 'DONE'],
      [2, null, 'OVERDUE'],
      [3, null, 'ON_TRACK'],
      [4, null, 'ON_TRACK'],
    ]);
    const steps = (await todos('yencuong')).filter((t) => t.kind === 'ROLLOUT_STEP' && t.recordId === model?.id);
    expect(steps.map((t) => t.id)).toEqual([`ROLLOUT_STEP:${model?.id}:2`, `ROLLOUT_STEP:${model?.id}:3`]);
    expect(steps.map((t) => t.overdue)).toEqual([true, false]);
    // Ninh Bình's officers see it; Sơn La's, a head, and the viewer do not.
    expect((await todos('ninhbinh')).some((t) => t.recordId === model?.id)).toBe(true);
    for (const user of ['sonla', 'tdp32', 'viewer']) expect((await todos(user)).some((t) => t.recordId === model?.id)).toBe(false);

    const bad = await app.gql('mutation($id: ID!) { updateModel(id: $id, input: { startedIn: "2020-13", statusAsOf: "12/2020" }) { id } }', { id: model?.id }, 'yencuong');
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    const done = await app.gql<{ updateModel: { dueState: string; nextDueOn: string | null } }>(
      'mutation($id: ID!, $steps: [RolloutStepInput!]) { updateModel(id: $id, input: { steps: $steps }) { dueState nextDueOn } }',
      { id: model?.id, steps: [{ order: 1, title: 'Xây dựng', dueOn: '2020-01-01', doneOn: '2020-01-02' }, { order: 2, title: 'Ban hành quyết định', dueOn: '2020-03-01', doneOn: '2020-03-05' }] },
      'yencuong',
    );
    expect(done.data?.updateModel).toEqual({ dueState: 'DONE', nextDueOn: null });
  });
});
