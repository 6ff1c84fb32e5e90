/**
 * The rating workflow, role by role: a neighbourhood head drafts and submits, the ward police
 * appraise or return, an officer at the recognising level decides; nobody reviews their own.
 */
import { AuditEntry } from '../api/core/audit-log';
import { codeOf, fixtureIds, startTestApp, type FixtureIds, type GraphQLResponse, type TestApp } from './helpers/app';

let app: TestApp;
let id: FixtureIds;
let neighbourhoodProgramme: string;
let wardProgramme: string;
let quarterlyProgramme: string;
const crit: Record<string, string> = {};

const CREATE = 'mutation($input: AssessmentCreateInput!) { createAssessment(input: $input) { id status total classification version } }';
const UPDATE = 'mutation($id: ID!, $r: [CriterionResultInput!]) { updateAssessment(id: $id, input: { results: $r }) { total classification status } }';
const STEP = 'mutation($id: ID!, $a: AssessmentAction!, $n: String) { transitionAssessment(id: $id, action: $a, note: $n) { status history { action byName note } } }';

type Created = { createAssessment: { id: string; status: string; total: number; classification: string | null } };
const step = (user: string, assessmentId: string, action: string, note?: string) =>
  app.gql<{ transitionAssessment: { status: string; history: Array<{ action: string; byName: string; note: string | null }> } }>(STEP, { id: assessmentId, a: action, n: note }, user);
const allMet = () => [
  { criterionId: crit.org, met: true, note: 'Có quyết định', evidence: ['qd-thanh-lap.pdf'] },
  { criterionId: crit.crime, met: true },
  { criterionId: crit.points, score: 8 },
];

beforeAll(async () => {
  app = await startTestApp();
  id = await fixtureIds(app);
  const set = await app.gql<{ createCriteriaSet: { id: string; criteria: Array<{ id: string; code: string }> } }>(
    'mutation($input: CriteriaSetCreateInput!) { createCriteriaSet(input: $input) { id criteria { id code } } }',
    {
      input: {
        name: 'Khu dân cư kiểu mẫu (thử)',
        groups: [
          { code: '3.1', title: 'Tổ chức mô hình' },
          { code: '3.3', title: 'An ninh, trật tự' },
        ],
        criteria: [
          { code: '3.1.1', title: 'Có quyết định thành lập', group: '3.1', kind: 'PASS_FAIL', required: true },
          { code: '3.3.1', title: 'Không có tội phạm', group: '3.3', kind: 'PASS_FAIL', required: true },
          { code: '3.3.9', title: 'Tuyên truyền', group: '3.3', kind: 'POINTS', maxScore: 10, required: false },
        ],
        thresholds: [
          { classification: 'Đạt', minTotal: 8 },
          { classification: 'Tốt', minTotal: 10 },
        ],
      },
    },
    'admin',
  );
  const [org, crime, points] = set.data?.createCriteriaSet.criteria ?? [];
  Object.assign(crit, { org: org?.id, crime: crime?.id, points: points?.id });
  const create = async (code: string, ratedLevel: string, recognizingLevel: string, period = 'YEAR') => {
    const res = await app.gql<{ createProgramme: { id: string } }>(
      'mutation($input: ProgrammeCreateInput!) { createProgramme(input: $input) { id } }',
      { input: { code, name: code, ratedLevel, recognizingLevel, period, criteriaSetId: set.data?.createCriteriaSet.id } },
      'admin',
    );
    return res.data?.createProgramme.id as string;
  };
  neighbourhoodProgramme = await create('KDC', 'NEIGHBOURHOOD', 'WARD');
  wardProgramme = await create('DIEN-HINH', 'WARD', 'PROVINCE');
  quarterlyProgramme = await create('QUY', 'NEIGHBOURHOOD', 'WARD', 'QUARTER');
});
afterAll(() => app.close());

describe('drafting', () => {
  test.each([
    ['viewer', 'tdp32', 'FORBIDDEN'],
    ['tdp32', 'tdp1', 'NOT_FOUND'],
    ['yencuong', 'tdp32', 'NOT_FOUND'],
    ['ninhbinh', 'tdp1', 'NOT_FOUND'],
    ['sonla', 'tdp1', null],
  ])('%s drafting for %s → %s', async (user, subject, expected) => {
    const res = await app.gql<Created>(CREATE, { input: { programmeId: neighbourhoodProgramme, subjectId: id[subject as keyof FixtureIds], year: 2024 } }, user);
    if (expected) expect(codeOf(res)).toBe(expected);
    else expect(res.data?.createAssessment.status).toBe('DRAFT');
  });

  test('totals and classification are computed by the server; results are checked against the criteria', async () => {
    const res = await app.gql<Created>(CREATE, { input: { programmeId: neighbourhoodProgramme, subjectId: id.tdp32, year: 2025, results: allMet() } }, 'tdp32');
    expect(res.data?.createAssessment).toMatchObject({ status: 'DRAFT', total: 10, classification: 'Tốt' });
    const again = await app.gql(CREATE, { input: { programmeId: neighbourhoodProgramme, subjectId: id.tdp32, year: 2025 } }, 'thaonguyen');
    expect(codeOf(again)).toBe('CONFLICT');
    const bad = await app.gql(
      CREATE,
      { input: { programmeId: neighbourhoodProgramme, subjectId: id.tdp32, year: 2023, results: [{ criterionId: crit.points, score: 11 }, { criterionId: crit.org, score: 1 }, { criterionId: '64b000000000000000000000', met: true }] } },
      'tdp32',
    );
    expect(bad.errors?.[0]?.extensions?.fields?.map((f) => f.path)).toEqual(['input.results.0.score', 'input.results.1.score', 'input.results.2.criterionId']);
  });

  test('the subject must match what the programme rates, and the period its rhythm', async () => {
    expect(codeOf(await app.gql(CREATE, { input: { programmeId: wardProgramme, subjectId: id.tdp32, year: 2025 } }, 'admin'))).toBe('NOT_FOUND');
    const noQuarter = await app.gql(CREATE, { input: { programmeId: quarterlyProgramme, subjectId: id.tdp32, year: 2025 } }, 'tdp32');
    expect(noQuarter.errors?.[0]?.extensions?.fields?.[0]?.path).toBe('input.quarter');
    const q3 = await app.gql<{ createAssessment: { id: string } }>(CREATE, { input: { programmeId: quarterlyProgramme, subjectId: id.tdp32, year: 2025, quarter: 3 } }, 'tdp32');
    expect(q3.errors).toBeUndefined();
    const q4 = await app.gql(CREATE, { input: { programmeId: quarterlyProgramme, subjectId: id.tdp32, year: 2025, quarter: 4 } }, 'tdp32');
    expect(q4.errors).toBeUndefined();
  });
});

describe('a neighbourhood assessment from draft to recognition', () => {
  let a: string;

  beforeAll(async () => {
    const res = await app.gql<Created>(CREATE, { input: { programmeId: neighbourhoodProgramme, subjectId: id.tdp32, year: 2026, results: [{ criterionId: crit.org, met: true }] } }, 'tdp32');
    a = res.data?.createAssessment.id as string;
  });

  test('the head fills in the results and submits; then results are locked', async () => {
    const upd = await app.gql<{ updateAssessment: { total: number; classification: string | null } }>(UPDATE, { id: a, r: allMet() }, 'tdp32');
    expect(upd.data?.updateAssessment).toEqual({ total: 10, classification: 'Tốt', status: 'DRAFT' });
    expect((await step('tdp32', a, 'SUBMIT')).data?.transitionAssessment.status).toBe('SUBMITTED');
    expect(codeOf(await app.gql(UPDATE, { id: a, r: [] }, 'tdp32'))).toBe('CONFLICT');
    expect(codeOf(await step('tdp32', a, 'SUBMIT'))).toBe('CONFLICT');
  });

  test.each([
    ['tdp32', 'FORBIDDEN'],
    ['viewer', 'FORBIDDEN'],
    ['sonla', 'FORBIDDEN'], // not the level directly above a neighbourhood
    ['yencuong', 'NOT_FOUND'],
  ])('%s may not appraise it → %s', async (user, expected) => {
    expect(codeOf(await step(user, a, 'APPRAISE'))).toBe(expected);
  });

  test('the ward police return it with a note; the head fixes and resubmits; the ward police appraise', async () => {
    expect(codeOf(await step('thaonguyen', a, 'RETURN'))).toBe('BAD_USER_INPUT');
    const returned = await step('thaonguyen', a, 'RETURN', 'Bổ sung biên bản họp');
    expect(returned.data?.transitionAssessment.status).toBe('RETURNED');
    expect((await app.gql(UPDATE, { id: a, r: allMet() }, 'tdp32')).errors).toBeUndefined();
    await step('tdp32', a, 'SUBMIT');
    expect((await step('thaonguyen', a, 'APPRAISE')).data?.transitionAssessment.status).toBe('APPRAISED');
  });

  test('the appraiser does not also recognise; an officer of the recognising level or above does', async () => {
    expect(codeOf(await step('thaonguyen', a, 'RECOGNIZE'))).toBe('FORBIDDEN');
    const res = await step('sonla', a, 'RECOGNIZE');
    expect(res.data?.transitionAssessment.status).toBe('RECOGNIZED');
    expect(res.data?.transitionAssessment.history.map((h) => [h.action, h.byName, h.note])).toEqual([
      ['SUBMIT', 'tdp32', null],
      ['RETURN', 'thaonguyen', 'Bổ sung biên bản họp'],
      ['SUBMIT', 'tdp32', null],
      ['APPRAISE', 'thaonguyen', null],
      ['RECOGNIZE', 'sonla', null],
    ]);
  });

  test('allowedActions and resultsEditable tell each caller exactly the steps they may take now', async () => {
    const ACTIONS = 'query($id: ID!) { assessment(id: $id) { allowedActions resultsEditable } }';
    const draft = await app.gql<Created>(CREATE, { input: { programmeId: neighbourhoodProgramme, subjectId: id.tdp32, year: 2027 } }, 'tdp32');
    const d = draft.data?.createAssessment.id as string;
    const view = async (user: string, assessmentId: string) => (await app.gql<{ assessment: { allowedActions: string[]; resultsEditable: boolean } }>(ACTIONS, { id: assessmentId }, user)).data?.assessment;
    expect(await view('tdp32', d)).toEqual({ allowedActions: ['SUBMIT'], resultsEditable: true });
    expect(await view('viewer', d)).toEqual({ allowedActions: [], resultsEditable: false });
    await step('tdp32', d, 'SUBMIT');
    expect(await view('tdp32', d)).toEqual({ allowedActions: [], resultsEditable: false });
    expect(await view('thaonguyen', d)).toEqual({ allowedActions: ['APPRAISE', 'RETURN'], resultsEditable: false });
    expect((await view('sonla', d))?.allowedActions).toEqual([]);
    // The recognised assessment of this walk: nobody below ADMIN may do anything more.
    expect(await view('sonla', a)).toEqual({ allowedActions: [], resultsEditable: false });
    expect((await view('admin', a))?.resultsEditable).toBe(true);
  });

  test('a recognised assessment is locked for everyone below ADMIN', async () => {
    for (const user of ['tdp32', 'thaonguyen', 'sonla']) {
      expect(codeOf(await app.gql(UPDATE, { id: a, r: [] }, user))).toBe('CONFLICT');
      expect(codeOf(await app.gql('mutation($id: ID!) { deleteAssessment(id: $id) }', { id: a }, user))).toMatch(/CONFLICT|FORBIDDEN/);
    }
    expect((await app.gql(UPDATE, { id: a, r: allMet() }, 'admin')).errors).toBeUndefined();
  });

  test('every step is in the audit log under its own action', async () => {
    const actions = (await AuditEntry.find({ entityId: a }).sort({ at: 1 }).lean()).map((e) => e.action);
    expect(actions).toEqual(['CREATE', 'UPDATE', 'SUBMIT', 'RETURN', 'UPDATE', 'SUBMIT', 'APPRAISE', 'RECOGNIZE', 'UPDATE']);
    // One entry by id, under the list's rules: the ward police see it, another province's do not.
    const first = (await AuditEntry.findOne({ entityId: a }).lean())?._id;
    const ENTRY = 'query($id: ID!) { auditEntry(id: $id) { action entityType username } }';
    expect((await app.gql(ENTRY, { id: String(first) }, 'thaonguyen')).data).toEqual({ auditEntry: { action: 'CREATE', entityType: 'Assessment', username: 'tdp32' } });
    expect(codeOf(await app.gql(ENTRY, { id: String(first) }, 'ninhbinh'))).toBe('NOT_FOUND');
  });
});

describe('recognition needs every required criterion', () => {
  test('recognising is refused with the unmet criteria named; not recognising stays possible', async () => {
    const res = await app.gql<Created>(
      CREATE,
      { input: { programmeId: neighbourhoodProgramme, subjectId: id.tdp1, year: 2026, results: [{ criterionId: crit.org, met: true }, { criterionId: crit.points, score: 10 }] } },
      'thaonguyen',
    );
    const a = res.data?.createAssessment.id as string;
    await step('thaonguyen', a, 'SUBMIT');
    // The submitter may not appraise their own submission, even as the ward officer.
    const own = await step('thaonguyen', a, 'APPRAISE');
    expect(codeOf(own)).toBe('FORBIDDEN');
    expect(own.errors?.[0]?.message).toMatch(/submitted/);
    await step('admin', a, 'APPRAISE');
    const refused = await step('sonla', a, 'RECOGNIZE');
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions?.fields).toEqual([{ path: 'results.3.3.1', message: expect.stringContaining('Không có tội phạm') }]);
    const unmet = await app.gql<{ assessment: { unmetRequired: Array<{ code: string }> } }>('query($id: ID!) { assessment(id: $id) { unmetRequired { code } } }', { id: a }, 'sonla');
    expect(unmet.data?.assessment.unmetRequired).toEqual([{ code: '3.3.1' }]);
    expect((await step('sonla', a, 'NOT_RECOGNIZE')).data?.transitionAssessment.status).toBe('NOT_RECOGNIZED');
  });
});

describe('nothing is lost', () => {
  test('a programme with assessments is not deleted', async () => {
    const res = await app.gql('mutation($id: ID!) { deleteProgramme(id: $id) }', { id: neighbourhoodProgramme }, 'admin');
    expect(res.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(res.errors?.[0]?.message).toContain('assessment');
  });

  test('a rated model is not deleted', async () => {
    const set = (await app.gql<{ programme: { criteriaSet: { id: string } } }>('query($id: ID!) { programme(id: $id) { criteriaSet { id } } }', { id: neighbourhoodProgramme }, 'admin')).data?.programme.criteriaSet.id;
    const p = await app.gql<{ createProgramme: { id: string } }>('mutation($s: ID!) { createProgramme(input: { code: "MODEL-RATING", name: "Mô hình tiêu biểu", ratedLevel: MODEL, recognizingLevel: PROVINCE, period: YEAR, criteriaSetId: $s }) { id } }', { s: set }, 'admin');
    const m = await app.gql<{ createModel: { id: string } }>('mutation($u: ID!) { createModel(input: { name: "Camera an ninh", category: CAMERA, unitId: $u, leadBody: "Công an phường", status: OPERATING }) { id } }', { u: id.thaonguyen }, 'thaonguyen');
    const a = await app.gql<Created>(CREATE, { input: { programmeId: p.data?.createProgramme.id, subjectId: m.data?.createModel.id, year: 2026 } }, 'thaonguyen');
    expect(a.errors).toBeUndefined();
    const del = await app.gql('mutation($id: ID!) { deleteModel(id: $id) }', { id: m.data?.createModel.id }, 'thaonguyen');
    expect(del.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});

describe('concurrency', () => {
  test('a transition with a stale expectedVersion is a CONFLICT and changes nothing', async () => {
    const res = await app.gql<Created>(CREATE, { input: { programmeId: neighbourhoodProgramme, subjectId: id.tdp32, year: 2030, results: allMet() } }, 'tdp32');
    const a = res.data?.createAssessment as Created['createAssessment'] & { version: number };
    await app.gql(UPDATE, { id: a.id, r: allMet() }, 'tdp32');
    const stale = await app.gql('mutation($id: ID!, $v: Int) { transitionAssessment(id: $id, action: SUBMIT, expectedVersion: $v) { status } }', { id: a.id, v: a.version }, 'tdp32');
    expect(codeOf(stale)).toBe('CONFLICT');
    const now = await app.gql<{ assessment: { status: string; history: unknown[] } }>('query($id: ID!) { assessment(id: $id) { status history { action } } }', { id: a.id }, 'tdp32');
    expect(now.data?.assessment).toEqual({ status: 'DRAFT', history: [] });
  });
});

describe('a ward assessment goes to the province', () => {
  test('the ward drafts and submits, the province appraises, another province-level decision recognises', async () => {
    const res = await app.gql<Created>(CREATE, { input: { programmeId: wardProgramme, subjectId: id.thaonguyen, year: 2026, results: allMet() } }, 'thaonguyen');
    const a = res.data?.createAssessment.id as string;
    expect(codeOf(await app.gql(CREATE, { input: { programmeId: wardProgramme, subjectId: id.thaonguyen, year: 2027 } }, 'tdp32'))).toBe('FORBIDDEN');
    await step('thaonguyen', a, 'SUBMIT');
    expect(codeOf(await step('thaonguyen', a, 'APPRAISE'))).toBe('FORBIDDEN');
    expect(codeOf(await step('ninhbinh', a, 'APPRAISE'))).toBe('NOT_FOUND');
    expect((await step('sonla', a, 'APPRAISE')).data?.transitionAssessment.status).toBe('APPRAISED');
    // Recognition is at province level: the ward officer may not decide, nor may the appraiser.
    expect(codeOf(await step('thaonguyen', a, 'RECOGNIZE'))).toBe('FORBIDDEN');
    expect(codeOf(await step('sonla', a, 'RECOGNIZE'))).toBe('FORBIDDEN');
    expect((await step('admin', a, 'RECOGNIZE')).data?.transitionAssessment.status).toBe('RECOGNIZED');
  });
});

describe('reading', () => {
  test.each([
    ['admin', true],
    ['sonla', true],
    ['viewer', true],
    ['thaonguyen', true],
    ['ninhbinh', false],
  ])('%s sees Thảo Nguyên’s assessments: %s', async (user, visible) => {
    const res = await app.gql<{ assessments: { total: number } }>('query($w: ID!) { assessments(filter: { wardId: $w }) { total } }', { w: id.thaonguyen }, user);
    expect((res.data?.assessments.total ?? 0) > 0).toBe(visible);
  });

  test('a head sees only their own neighbourhood’s', async () => {
    const res = await app.gql<{ assessments: { items: Array<{ subject: { name: string } }> } }>('{ assessments(page: { limit: 100 }) { items { subject { name } } } }', {}, 'tdp32');
    expect(new Set(res.data?.assessments.items.map((i) => i.subject.name))).toEqual(new Set(['Tổ dân phố 3/2']));
  });

  test('no N+1: a page with programme, subject, criteria and history costs the same for 1 row as for all', async () => {
    const token = await app.token('admin');
    const q = `query($l: Int) { assessments(page: { limit: $l }) { items { programme { name } subject { name } quarter
      results { criterion { code } met score } unmetRequired { code } history { by { username } } } } }`;
    const counts: number[] = [];
    for (const l of [1, 100]) {
      const c = await app.countCommands(async () => {
        const res: GraphQLResponse = await app.gql(q, { l }, { token });
        expect(res.errors).toBeUndefined();
      });
      counts.push(c.total);
    }
    expect(counts[1]).toBeLessThanOrEqual((counts[0] ?? 0) + 2); // subjects of several levels batch once per level
    expect(counts[1]).toBeLessThanOrEqual(9);
  });
});

describe('every refusal says why (extensions.refusal)', () => {
  type Refused = GraphQLResponse<unknown>;
  const refusalOf = (res: Refused) => res.errors?.[0]?.extensions?.refusal;
  let draft: { id: string; version: number };

  beforeAll(async () => {
    const res = await app.gql<{ createAssessment: { id: string; version: number } }>(CREATE, { input: { programmeId: neighbourhoodProgramme, subjectId: id.tdp32, year: 2031 } }, 'tdp32');
    draft = res.data?.createAssessment as { id: string; version: number };
  });

  test('a second assessment of the same subject, programme and year: DUPLICATE_PERIOD, naming the key and marking the year', async () => {
    const again = await app.gql(CREATE, { input: { programmeId: neighbourhoodProgramme, subjectId: id.tdp32, year: 2031 } }, 'tdp32');
    expect(codeOf(again)).toBe('CONFLICT');
    expect(refusalOf(again)).toBe('DUPLICATE_PERIOD');
    expect(again.errors?.[0]?.extensions?.reason).toBe('REFUSED');
    expect(again.errors?.[0]?.extensions?.duplicateFields).toEqual(['programmeId', 'subjectId', 'year', 'quarter']);
    expect(again.errors?.[0]?.extensions?.fields?.map((f) => f.path)).toEqual(['input.year', 'input.quarter']);
  });

  test('a stale expectedVersion: STALE_VERSION', async () => {
    await app.gql(UPDATE, { id: draft.id, r: allMet() }, 'tdp32');
    const stale = await app.gql('mutation($id: ID!, $v: Int) { updateAssessment(id: $id, input: { results: [] }, expectedVersion: $v) { version } }', { id: draft.id, v: draft.version }, 'tdp32');
    expect(refusalOf(stale)).toBe('STALE_VERSION');
    expect(stale.errors?.[0]?.extensions?.reason).toBe('STALE_VERSION');
  });

  test('a workflow step from the wrong state: WRONG_STATE; a change to a submitted assessment: LOCKED_BY_WORKFLOW', async () => {
    const appraiseDraft = await step('thaonguyen', draft.id, 'APPRAISE');
    expect(codeOf(appraiseDraft)).toBe('CONFLICT');
    expect(refusalOf(appraiseDraft)).toBe('WRONG_STATE');
    expect((await step('tdp32', draft.id, 'SUBMIT')).data?.transitionAssessment.status).toBe('SUBMITTED');
    for (const user of ['tdp32', 'thaonguyen']) {
      const locked = await app.gql(UPDATE, { id: draft.id, r: [] }, user);
      expect(refusalOf(locked)).toBe('LOCKED_BY_WORKFLOW');
      const deleted = await app.gql('mutation($id: ID!) { deleteAssessment(id: $id) }', { id: draft.id }, user);
      expect(refusalOf(deleted)).toBe('LOCKED_BY_WORKFLOW');
    }
  });

  test.each([
    ['viewer', 'FORBIDDEN'],
    ['yencuong', 'NOT_FOUND'],
    ['ninhbinh', 'NOT_FOUND'],
  ])('out of scope, %s is refused by role or scope (%s), never told a refusal about the record', async (user, expected) => {
    const res = await app.gql(UPDATE, { id: draft.id, r: [] }, user);
    expect(codeOf(res)).toBe(expected);
    expect(refusalOf(res)).toBeUndefined();
  });

  test('deleting what others depend on: HAS_DEPENDENTS', async () => {
    const programme = await app.gql('mutation($id: ID!) { deleteProgramme(id: $id) }', { id: neighbourhoodProgramme }, 'admin');
    expect(refusalOf(programme)).toBe('HAS_DEPENDENTS');
    const head = await app.gql<{ users: { items: Array<{ id: string }> } }>('{ users(filter: { q: "tdp32" }) { items { id } } }', {}, 'admin');
    const user = await app.gql('mutation($id: ID!) { deleteUser(id: $id) }', { id: head.data?.users.items[0]?.id }, 'admin');
    expect(refusalOf(user)).toBe('HAS_DEPENDENTS');
  });

  test('a code or a username another record has: DUPLICATE, marking that field', async () => {
    const existing = await app.gql<{ neighbourhood: { code: string } }>('query($id: ID!) { neighbourhood(id: $id) { code } }', { id: id.tdp32 }, 'thaonguyen');
    const code = existing.data?.neighbourhood.code;
    const neighbourhood = await app.gql(
      'mutation($input: NeighbourhoodCreateInput!) { createNeighbourhood(input: $input) { id } }',
      { input: { wardId: id.thaonguyen, code, name: 'Tổ dân phố trùng mã', type: 'TO_DAN_PHO' } },
      'thaonguyen',
    );
    expect(codeOf(neighbourhood)).toBe('CONFLICT');
    expect(refusalOf(neighbourhood)).toBe('DUPLICATE');
    expect(neighbourhood.errors?.[0]?.extensions?.fields).toEqual([{ path: 'input.code', message: 'already used by another Neighbourhood' }]);
    // The same when an update takes the code (FerretDB reports it differently from an insert).
    const renamed = await app.gql('mutation($id: ID!, $code: String!) { updateNeighbourhood(id: $id, input: { code: $code }) { code } }', { id: id.tdp1, code }, 'thaonguyen');
    expect(codeOf(renamed)).toBe('CONFLICT');
    expect(refusalOf(renamed)).toBe('DUPLICATE');
    const user = await app.gql(
      'mutation($input: UserCreateInput!) { createUser(input: $input) { id } }',
      { input: { username: 'tdp32', displayName: 'Trùng tên', password: 'another-long-password-1', role: 'VIEWER', scopeUnitId: id.sonla } },
      'admin',
    );
    expect(refusalOf(user)).toBe('DUPLICATE');
    expect(user.errors?.[0]?.extensions?.duplicateFields).toEqual(['username']);
  });
});
