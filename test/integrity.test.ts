/**
 * Integrity rules from the security review, over HTTP on the demo seed:
 *  4. a POINTS criterion is met only by a score above 0 (`met` is refused on it), and
 *     recognition refuses an assessment with a required criterion unmet;
 *  8. a record something still refers to is not deleted (CONFLICT naming what refers to it);
 * 12. a password longer than bcrypt's 72 bytes is refused wherever one is set;
 * 13. every number is bounded at the input layer (BAD_USER_INPUT with the field's path).
 */
import { Assessment } from '../api/assessments/assessment.model';
import { codeOf, fixtureIds, startTestApp, type FixtureIds, type GraphQLResponse, type TestApp } from './helpers/app';

let app: TestApp;
let id: FixtureIds;
/** The seed's Decision 3554 programme: a ward programme with 12 required POINTS criteria without a maximum. */
let dienHinh: { id: string; criteria: Array<{ id: string; code: string }> };

const CREATE = 'mutation($input: AssessmentCreateInput!) { createAssessment(input: $input) { id total } }';
const STEP = 'mutation($id: ID!, $a: AssessmentAction!) { transitionAssessment(id: $id, action: $a) { status } }';
const CREATE_USER = 'mutation($input: UserCreateInput!) { createUser(input: $input) { id } }';
const DELETE_USER = 'mutation($id: ID!) { deleteUser(id: $id) }';
const DELETE_EST = 'mutation($id: ID!) { deleteEstablishment(id: $id) }';

const paths = (res: GraphQLResponse<unknown>) => res.errors?.[0]?.extensions?.fields?.map((f) => f.path);
const step = (user: string, assessmentId: string, action: string) => app.gql<{ transitionAssessment: { status: string } }>(STEP, { id: assessmentId, a: action }, user);

beforeAll(async () => {
  app = await startTestApp({ seed: 'demo' });
  id = await fixtureIds(app);
  const res = await app.gql<{ programmes: { items: Array<{ id: string; criteriaSet: { criteria: Array<{ id: string; code: string }> } }> } }>(
    '{ programmes(filter: { q: "3554" }) { items { id criteriaSet { criteria { id code } } } } }',
    {},
    'admin',
  );
  const p = res.data?.programmes.items[0];
  if (!p) throw new Error(`no Decision 3554 programme: ${JSON.stringify(res.errors)}`);
  dienHinh = { id: p.id, criteria: p.criteriaSet.criteria };
});
afterAll(() => app.close());

/** A Decision 3554 self-assessment of Phường Thảo Nguyên, by its ward police. */
const rateWard = (year: number, result: (criterionId: string) => Record<string, unknown>) =>
  app.gql<{ createAssessment: { id: string; total: number } }>(CREATE, { input: { programmeId: dienHinh.id, subjectId: id.thaonguyen, year, results: dienHinh.criteria.map((c) => ({ criterionId: c.id, ...result(c.id) })) } }, 'thaonguyen');

describe('4. a POINTS criterion is met only by a score above 0', () => {
  test('`met` on a POINTS criterion is refused, field by field', async () => {
    const res = await rateWard(2026, () => ({ met: true, score: 0 }));
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(paths(res)).toEqual(dienHinh.criteria.map((_c, i) => `input.results.${i}.met`));
    expect(res.errors?.[0]?.message).toContain('not met');
  });

  test('an assessment scoring 0 everywhere is not recognised, even with a stale `met` stored on it', async () => {
    const created = await rateWard(2027, () => ({ score: 0 }));
    expect(created.data?.createAssessment.total).toBe(0);
    const a = created.data?.createAssessment.id as string;
    expect((await step('thaonguyen', a, 'SUBMIT')).data?.transitionAssessment.status).toBe('SUBMITTED');
    expect((await step('sonla', a, 'APPRAISE')).data?.transitionAssessment.status).toBe('APPRAISED');
    // Data written before the rule: `met: true` beside a score of 0 must not count as met.
    const stored = await Assessment.findById(a).lean();
    await Assessment.updateOne({ _id: a }, { $set: { results: stored?.results.map((r) => ({ ...r, met: true })) } });
    const unmet = await app.gql<{ assessment: { unmetRequired: Array<{ code: string }> } }>('query($id: ID!) { assessment(id: $id) { unmetRequired { code } } }', { id: a }, 'admin');
    expect(unmet.data?.assessment.unmetRequired.map((c) => c.code)).toEqual(dienHinh.criteria.map((c) => c.code));
    const refused = await step('admin', a, 'RECOGNIZE');
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions?.fields).toHaveLength(12);
    expect((await Assessment.findById(a).lean())?.status).toBe('APPRAISED');
    expect((await step('admin', a, 'NOT_RECOGNIZE')).data?.transitionAssessment.status).toBe('NOT_RECOGNIZED');
  });

  test('scores above 0 on every required criterion are recognised', async () => {
    const created = await rateWard(2028, () => ({ score: 5 }));
    const a = created.data?.createAssessment.id as string;
    expect(created.data?.createAssessment.total).toBe(60);
    await step('thaonguyen', a, 'SUBMIT');
    await step('sonla', a, 'APPRAISE');
    expect((await step('admin', a, 'RECOGNIZE')).data?.transitionAssessment.status).toBe('RECOGNIZED');
  });

  test('a business rating re-scored on save drops a stale `met` on its POINTS criteria', async () => {
    const list = await app.gql<{ assessments: { items: Array<{ id: string; status: string; subjectEstablishment: { name: string } | null }> } }>(
      '{ assessments(filter: { status: DRAFT }, page: { limit: 100 }) { items { id status subjectEstablishment { name } } } }',
      {},
      'tdp32',
    );
    const draft = list.data?.assessments.items.find((i) => i.subjectEstablishment?.name === 'Cửa hàng đặc sản Hoa Ban');
    expect(draft).toBeDefined();
    const stored = await Assessment.findById(draft?.id).lean();
    await Assessment.updateOne({ _id: draft?.id }, { $set: { results: stored?.results.map((r) => ({ ...r, met: r.score != null ? true : r.met })) } });
    const res = await app.gql<{ updateAssessment: { results: Array<{ criterion: { kind: string }; met: boolean | null }> } }>(
      'mutation($id: ID!) { updateAssessment(id: $id, input: {}) { results { criterion { kind } met } } }',
      { id: draft?.id },
      'tdp32',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.updateAssessment.results.filter((r) => r.criterion.kind === 'POINTS').map((r) => r.met)).toEqual([null, null, null]);
    const saved = await Assessment.findById(draft?.id).lean();
    expect(saved?.results.filter((r) => r.score != null).map((r) => r.met)).toEqual([null, null, null]);
  });
});

describe('8. nothing still referred to is deleted', () => {
  const businessId = async (name: string) => {
    const res = await app.gql<{ establishments: { items: Array<{ id: string; name: string }> } }>('query($q: String) { establishments(filter: { q: $q }) { items { id name } } }', { q: name }, 'thaonguyen');
    const found = res.data?.establishments.items.find((e) => e.name === name);
    if (!found) throw new Error(`no business ${name}`);
    return found.id;
  };

  test.each([
    ['Quán nướng Chợ đêm A Páo', ['assessment', 'report']],
    ['Cà phê Đồi Thông', ['assessment']],
    ['Xe điện tham quan Thảo Nguyên', ['report']],
  ])('a business with ratings or reports (%s) is not deleted: CONFLICT naming %j', async (name, refs) => {
    const est = await businessId(name);
    const res = await app.gql(DELETE_EST, { id: est }, 'thaonguyen');
    expect(codeOf(res)).toBe('CONFLICT');
    // Not "someone saved first": the client is told the change is refused and why.
    expect(res.errors?.[0]?.extensions?.reason).toBe('REFUSED');
    for (const ref of ['assessment', 'report']) {
      if (refs.includes(ref)) expect(res.errors?.[0]?.message).toContain(ref);
      else expect(res.errors?.[0]?.message).not.toContain(ref);
    }
    expect(codeOf(await app.gql('query($id: ID!) { establishment(id: $id) { id } }', { id: est }, 'thaonguyen'))).toBeUndefined();
  });

  test('a business nothing refers to is deleted', async () => {
    const created = await app.gql<{ createEstablishment: { id: string } }>('mutation($n: ID!) { createEstablishment(input: { neighbourhoodId: $n, name: "Quán mới mở", kind: FOOD }) { id } }', { n: id.tdp32 }, 'thaonguyen');
    const est = created.data?.createEstablishment.id;
    expect((await app.gql<{ deleteEstablishment: string }>(DELETE_EST, { id: est }, 'thaonguyen')).data?.deleteEstablishment).toBe(est);
  });

  const newUser = async (username: string, role: string, scopeUnitId: string) => {
    const res = await app.gql<{ createUser: { id: string } }>(CREATE_USER, { input: { username, displayName: username, password: 'long-enough-password', role, scopeUnitId } }, 'thaonguyen');
    if (!res.data) throw new Error(`createUser ${username}: ${JSON.stringify(res.errors)}`);
    return res.data.createUser.id;
  };

  test('an account that heads a neighbourhood is not deleted until another head is named', async () => {
    const uid = await newUser('int-head', 'NEIGHBOURHOOD_HEAD', id.tdp1);
    const SET_HEAD = 'mutation($id: ID!, $h: ID) { updateNeighbourhood(id: $id, input: { headUserId: $h }) { name } }';
    const set = await app.gql<{ updateNeighbourhood: { name: string } }>(SET_HEAD, { id: id.tdp1, h: uid }, 'thaonguyen');
    const refused = await app.gql(DELETE_USER, { id: uid }, 'thaonguyen');
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toContain(`head of ${set.data?.updateNeighbourhood.name}`);
    await app.gql(SET_HEAD, { id: id.tdp1, h: null }, 'thaonguyen');
    expect((await app.gql<{ deleteUser: string }>(DELETE_USER, { id: uid }, 'thaonguyen')).data?.deleteUser).toBe(uid);
  });

  test('an account that changed records (audit log) is not deleted: disable it instead', async () => {
    const uid = await newUser('int-actor', 'NEIGHBOURHOOD_HEAD', id.tdp1);
    const token = await app.token('int-actor', 'long-enough-password');
    expect((await app.gql('mutation($id: ID!) { updateNeighbourhood(id: $id, input: { households: 120 }) { id } }', { id: id.tdp1 }, { token })).errors).toBeUndefined();
    const refused = await app.gql(DELETE_USER, { id: uid }, 'thaonguyen');
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toMatch(/audit log.*disable the account/);
    expect((await app.gql('mutation($id: ID!) { updateUser(id: $id, input: { disabled: true }) { id } }', { id: uid }, 'thaonguyen')).errors).toBeUndefined();
  });

  test('an account assigned a report is not deleted', async () => {
    const uid = await newUser('int-assignee', 'VIEWER', id.thaonguyen);
    const reports = await app.gql<{ reports: { items: Array<{ id: string }> } }>('{ reports(page: { limit: 1 }) { items { id } } }', {}, 'thaonguyen');
    const assigned = await app.gql('mutation($id: ID!, $u: ID) { triageReport(id: $id, input: { assigneeId: $u }) { id } }', { id: reports.data?.reports.items[0]?.id, u: uid }, 'thaonguyen');
    expect(assigned.errors).toBeUndefined();
    const refused = await app.gql(DELETE_USER, { id: uid }, 'thaonguyen');
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toMatch(/reports.*disable the account/);
  });

  test('an account with workflow history (a seed rater) is not deleted', async () => {
    const me = await app.gql<{ users: { items: Array<{ id: string }> } }>('{ users(filter: { q: "thaonguyen" }) { items { id } } }', {}, 'admin');
    const refused = await app.gql(DELETE_USER, { id: me.data?.users.items[0]?.id }, 'admin');
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toContain('assessments');
  });

  test('an account nothing refers to is deleted', async () => {
    const uid = await newUser('int-free', 'VIEWER', id.thaonguyen);
    expect((await app.gql<{ deleteUser: string }>(DELETE_USER, { id: uid }, 'thaonguyen')).data?.deleteUser).toBe(uid);
  });

  test('a criteria set in use is not deleted, and a rated programme keeps its set', async () => {
    const res = await app.gql<{ programmes: { items: Array<{ id: string; code: string; criteriaSetId: string }> } }>('{ programmes(page: { limit: 100 }) { items { id code criteriaSetId } } }', {}, 'admin');
    // The programme Sơn La's sample ratings are under (KDC-KIEU-MAU, Buôn Ma Thuột's, has none).
    const kdc = res.data?.programmes.items.find((p) => p.code === 'KDC-AN-TOAN-ANTT');
    const del = await app.gql('mutation($id: ID!) { deleteCriteriaSet(id: $id) }', { id: kdc?.criteriaSetId }, 'admin');
    expect(codeOf(del)).toBe('CONFLICT');
    expect(del.errors?.[0]?.message).toContain('KDC-AN-TOAN-ANTT');
    // Its sample assessments are scored by that set's criteria: the set may not be swapped under them.
    const swap = await app.gql('mutation($id: ID!, $s: ID) { updateProgramme(id: $id, input: { criteriaSetId: $s }) { id } }', { id: kdc?.id, s: null }, 'admin');
    expect(codeOf(swap)).toBe('CONFLICT');
    expect(swap.errors?.[0]?.message).toContain('assessments');
  });
});

describe('12. passwords fit bcrypt’s 72 bytes', () => {
  const input = (username: string, password: string) => ({ username, displayName: username, password, role: 'VIEWER', scopeUnitId: id.sonla });

  test.each([
    ['200 ASCII characters', 'a'.repeat(200)],
    ['73 ASCII characters', 'a'.repeat(73)],
    ['25 Vietnamese letters (75 bytes)', 'ệ'.repeat(25)],
  ])('%s is refused on create', async (_name, password) => {
    const res = await app.gql(CREATE_USER, { input: input('int-long', password) }, 'admin');
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(paths(res)).toEqual(['input.password']);
    expect(res.errors?.[0]?.message).toMatch(/at most 72 bytes.*Vietnamese/);
  });

  test('exactly 72 bytes is accepted; a longer one is refused on update and on changePassword', async () => {
    const seventyTwo = 'ệ'.repeat(24);
    const created = await app.gql<{ createUser: { id: string } }>(CREATE_USER, { input: input('int-72', seventyTwo) }, 'admin');
    expect(created.errors).toBeUndefined();
    const token = await app.token('int-72', seventyTwo);
    const upd = await app.gql('mutation($id: ID!, $p: String) { updateUser(id: $id, input: { password: $p }) { id } }', { id: created.data?.createUser.id, p: `${seventyTwo}x` }, 'admin');
    expect(paths(upd)).toEqual(['input.password']);
    const change = await app.gql('mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }', { c: seventyTwo, n: 'b'.repeat(100) }, { token });
    expect(codeOf(change)).toBe('BAD_USER_INPUT');
    expect(paths(change)).toEqual(['newPassword']);
    // Still the old password: nothing was changed.
    expect(await app.token('int-72', seventyTwo)).toEqual(expect.any(String));
  });
});

describe('13. numbers are bounded at the input layer', () => {
  test('a huge score on a criterion without a maximum is BAD_USER_INPUT, not an internal error', async () => {
    const res = await app.gql(CREATE, { input: { programmeId: dienHinh.id, subjectId: id.thaonguyen, year: 2029, results: [{ criterionId: dienHinh.criteria[0]?.id, score: 1e308 }, { criterionId: dienHinh.criteria[1]?.id, score: 1e308 }] } }, 'thaonguyen');
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(paths(res)).toEqual(['input.results.0.score', 'input.results.1.score']);
  });

  test.each([
    ['a model figure', 'mutation($u: ID!) { createModel(input: { name: "Số liệu", category: OTHER, unitId: $u, leadBody: "Công an phường", status: OPERATING, figures: [{ indicator: "Lượt", value: 1e308, unit: "lượt", period: "2025" }] }) { id } }', 'input.figures.0.value'],
    ['a model target', 'mutation($u: ID!) { createModel(input: { name: "Mục tiêu", category: OTHER, unitId: $u, leadBody: "Công an phường", status: OPERATING, targets: [{ title: "t", metric: "share", goal: 1e308, unit: "%" }] }) { id } }', 'input.targets.0.goal'],
    ['a programme target', 'mutation { createProgramme(input: { code: "INT-BIG", name: "Lớn", ratedLevel: WARD, recognizingLevel: PROVINCE, period: YEAR, targets: [{ title: "t", metric: "share", goal: 1e308, unit: "%" }] }) { id } }', 'input.targets.0.goal'],
  ])('%s of 1e308 is refused with its path', async (_name, mutation, path) => {
    const res = await app.gql(mutation, mutation.includes('$u') ? { u: id.thaonguyen } : {}, 'admin');
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(paths(res)).toEqual([path]);
  });

  test('criterion points and thresholds are bounded', async () => {
    const res = await app.gql(
      'mutation($input: CriteriaSetCreateInput!) { createCriteriaSet(input: $input) { id } }',
      { input: { name: 'Quá lớn', groups: [{ code: 'G', title: 'g' }], criteria: [{ code: 'C', title: 'c', group: 'G', kind: 'POINTS', maxScore: 1e308, deductPerReport: 1e308 }], thresholds: [{ classification: 'Đạt', minTotal: 1e308 }] } },
      'admin',
    );
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(paths(res)).toEqual(expect.arrayContaining(['input.criteria.0.maxScore', 'input.criteria.0.deductPerReport', 'input.thresholds.0.minTotal']));
  });
});
