/**
 * Organisations as rated subjects (issue 13, item 1), role by role inside and outside scope:
 * Văn phòng UBND tỉnh Sơn La (an organisation of the province, seed 003) and a school of Phường
 * Thảo Nguyên; the organisation's representative (ORGANISATION_REP) keeps its record, drafts and
 * submits its self-assessment and never reviews; the provincial police appraise it.
 */
import { Types } from 'mongoose';
import { Assessment } from '../api/assessments/assessment.model';
import { readsNothing, scopeFilter, unitRules } from '../api/core/access';
import { Organisation } from '../api/organisations/organisation.model';
import { Programme } from '../api/programmes/programme.model';
import { User } from '../api/users/user.model';
import { seedOrganisations } from '../seed/organisations';
import { codeOf, fixtureIds, startTestApp, type FixtureIds, type TestApp } from './helpers/app';

let app: TestApp;
let id: FixtureIds;
let vp: string;
let vpAssessment: string;
let programme: string;
let criteria: string[];
let school: string;

const REP = 'vpubndsonla';
const OUTSIDER = 'daklak';
const FIELDS = 'id name kind unitId unitLevel provinceId wardId headName contactPhone version access { update delete updatableFields }';
type Org = { id: string; name: string; kind: string; unitId: string; unitLevel: string; provinceId: string; wardId: string | null; headName: string | null; contactPhone: string | null; version: number; access: { update: boolean; delete: boolean; updatableFields: string[] | null } };

const list = (as: string, filter: Record<string, unknown> = {}) =>
  app.gql<{ organisations: { items: Org[]; total: number } }>(`query($f: OrganisationFilter) { organisations(filter: $f) { total items { ${FIELDS} } } }`, { f: filter }, as);
const get = (as: string, orgId: string) => app.gql<{ organisation: Org | null }>(`query($id: ID!) { organisation(id: $id) { ${FIELDS} } }`, { id: orgId }, as);
const create = (as: string, input: Record<string, unknown>) =>
  app.gql<{ createOrganisation: Org }>(`mutation($i: OrganisationCreateInput!) { createOrganisation(input: $i) { ${FIELDS} } }`, { i: input }, as);
const update = (as: string, orgId: string, input: Record<string, unknown>, expectedVersion?: number) =>
  app.gql<{ updateOrganisation: Org }>(`mutation($id: ID!, $i: OrganisationUpdateInput!, $v: Int) { updateOrganisation(id: $id, input: $i, expectedVersion: $v) { ${FIELDS} } }`, { id: orgId, i: input, v: expectedVersion }, as);
const remove = (as: string, orgId: string) => app.gql<{ deleteOrganisation: string }>('mutation($id: ID!) { deleteOrganisation(id: $id) }', { id: orgId }, as);
const step = (as: string, assessmentId: string, action: string) =>
  app.gql<{ transitionAssessment: { status: string } }>('mutation($id: ID!, $a: AssessmentAction!) { transitionAssessment(id: $id, action: $a) { status } }', { id: assessmentId, a: action }, as);
const actions = async (as: string, assessmentId: string) =>
  (await app.gql<{ assessment: { allowedActions: string[] } | null }>('query($id: ID!) { assessment(id: $id) { allowedActions } }', { id: assessmentId }, as)).data?.assessment?.allowedActions;

beforeAll(async () => {
  app = await startTestApp({ seed: 'demo' });
  id = await fixtureIds(app);
  // Decision 3554 rates wards and organisations (seed/data/programmes.ts sets alsoRates; older data may not have it yet).
  await Programme.updateOne({ code: 'DIEN-HINH-3554' }, { $addToSet: { alsoRates: 'ORGANISATION' } });
  await seedOrganisations(app.config);
  const p = await Programme.findOne({ code: 'DIEN-HINH-3554' }).lean();
  programme = String(p?._id);
  const org = await Organisation.findOne({ name: 'Văn phòng UBND tỉnh Sơn La' }).lean();
  vp = String(org?._id);
  vpAssessment = String((await Assessment.findOne({ organisationId: org?._id }).lean())?._id);
  const set = await app.gql<{ programme: { criteriaSet: { criteria: Array<{ id: string }> } } }>('query($id: ID!) { programme(id: $id) { criteriaSet { criteria { id } } } }', { id: programme }, 'admin');
  criteria = set.data?.programme.criteriaSet.criteria.map((c) => c.id) ?? [];
}, 180_000);
afterAll(() => app.close());

describe('the seed (seed 003)', () => {
  test('Văn phòng UBND tỉnh Sơn La, its contact account and its 2026 self-assessment in draft, once however often the seed runs', async () => {
    const again = await seedOrganisations(app.config);
    expect(again).toEqual({ organisations: 0, users: 0, assessments: 0 });
    expect(await Organisation.countDocuments({ name: 'Văn phòng UBND tỉnh Sơn La' })).toBe(1);
    expect(await User.countDocuments({ username: REP })).toBe(1);
    const org = await get('admin', vp);
    expect(org.data?.organisation).toMatchObject({ kind: 'STATE_AGENCY', unitId: id.sonla, unitLevel: 'PROVINCE', provinceId: id.sonla, wardId: null, headName: 'Trần Bình Minh' });
    const a = await app.gql<{ assessment: { status: string; year: number; subjectLevel: string; organisationId: string; subjectOrganisation: { name: string } } }>(
      'query($id: ID!) { assessment(id: $id) { status year subjectLevel organisationId subjectOrganisation { name } } }',
      { id: vpAssessment },
      'admin',
    );
    expect(a.errors).toBeUndefined();
    expect(a.data?.assessment).toMatchObject({ status: 'DRAFT', year: 2026, subjectLevel: 'ORGANISATION', organisationId: vp, subjectOrganisation: { name: 'Văn phòng UBND tỉnh Sơn La' } });
    // Rated on the programme's criteria set as it stands (its edition is kept with the assessment).
    const stored = await Assessment.findById(vpAssessment).lean();
    expect(String(stored?.criteriaSetId)).toBe(String((await Programme.findById(programme).lean())?.criteriaSetId));
    expect(stored?.criteriaSetVersion).toBeGreaterThanOrEqual(1);
  });
});

describe('create, per role', () => {
  test('a ward officer creates in their ward; not for the province, not in another ward', async () => {
    const made = await create('thaonguyen', { unitId: id.thaonguyen, name: 'Trường THCS Thảo Nguyên (thử)', kind: 'SCHOOL', headName: 'Hiệu trưởng (thử)', contactPhone: '0212 3850 123' });
    expect(made.errors).toBeUndefined();
    expect(made.data?.createOrganisation).toMatchObject({ unitId: id.thaonguyen, unitLevel: 'WARD', wardId: id.thaonguyen, provinceId: id.sonla, version: 1 });
    school = made.data?.createOrganisation.id as string;
    expect(codeOf(await create('thaonguyen', { unitId: id.sonla, name: 'Sở Tư pháp (thử)', kind: 'STATE_AGENCY' }))).toBe('FORBIDDEN');
    expect(codeOf(await create('thaonguyen', { unitId: id.otherSonlaWard, name: 'Doanh nghiệp (thử)', kind: 'ENTERPRISE' }))).toBe('BAD_USER_INPUT');
  });

  test('a province officer creates in the province and its wards; an officer of another province, viewer, head and representative cannot', async () => {
    const made = await create('sonla', { unitId: id.otherSonlaWard, name: 'Công ty Cổ phần Thử nghiệm', kind: 'ENTERPRISE' });
    expect(made.errors).toBeUndefined();
    expect(made.data?.createOrganisation.wardId).toBe(id.otherSonlaWard);
    expect(codeOf(await create(OUTSIDER, { unitId: id.thaonguyen, name: 'Ngoài phạm vi', kind: 'OTHER' }))).toBe('BAD_USER_INPUT');
    for (const who of ['viewer', 'tdp32', REP]) expect(codeOf(await create(who, { unitId: id.thaonguyen, name: 'Không được', kind: 'OTHER' }))).toBe('FORBIDDEN');
    // A neighbourhood is not where an organisation hangs; inputs are validated.
    expect(codeOf(await create('admin', { unitId: id.tdp32, name: 'Ở khu dân cư', kind: 'OTHER' }))).toBe('BAD_USER_INPUT');
    const bad = await create('admin', { unitId: id.sonla, name: ' ', kind: 'OTHER', contactEmail: 'not-an-email' });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
  });
});

describe('list and get, per role', () => {
  test('each role sees the organisations its scope contains, and nothing else exists for it', async () => {
    const names = async (who: string) => (await list(who)).data?.organisations.items.map((o) => o.id) ?? [];
    expect(await names('admin')).toEqual(expect.arrayContaining([vp, school]));
    expect(await names('sonla')).toEqual(expect.arrayContaining([vp, school]));
    expect(await names('viewer')).toEqual(expect.arrayContaining([vp, school]));
    // The ward police see their ward's school, not the province's own bodies.
    expect(await names('thaonguyen')).toEqual([school]);
    expect(await names('tdp32')).toEqual([]);
    expect(await names(OUTSIDER)).toEqual([]);
    expect(await names(REP)).toEqual([vp]);
    // Filters: the province's own bodies, by kind, by search.
    expect((await list('sonla', { provinceOnly: true })).data?.organisations.items.map((o) => o.id)).toEqual([vp]);
    expect((await list('sonla', { kind: 'SCHOOL' })).data?.organisations.items.map((o) => o.id)).toEqual([school]);
    expect((await list('sonla', { q: 'van phong ubnd' })).data?.organisations.items.map((o) => o.id)).toEqual([vp]);
    for (const [who, orgId] of [[OUTSIDER, vp], ['thaonguyen', vp], ['tdp32', school], [REP, school]] as const) {
      const res = await get(who, orgId);
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(res.data?.organisation ?? null).toBeNull();
    }
  });

  test('the representative reads its organisation, its unit and its assessments; its account names it', async () => {
    const res = await app.gql<{ me: { role: string; scope: unknown; organisation: { id: string; unit: { __typename: string; name: string }; assessments: Array<{ id: string }> } } }>(
      '{ me { role scope { id } organisation { id unit { __typename name } assessments { id } } } }',
      {},
      REP,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.me).toMatchObject({ role: 'ORGANISATION_REP', scope: null, organisation: { id: vp, unit: { __typename: 'Province', name: 'Tỉnh Sơn La' }, assessments: [{ id: vpAssessment }] } });
  });
});

describe('update, per role', () => {
  test('the representative keeps its record but does not move it; others outside scope cannot touch it', async () => {
    const before = (await get(REP, vp)).data?.organisation as Org;
    expect(before.access).toMatchObject({ update: true, delete: false });
    expect(before.access.updatableFields).not.toContain('unitId');
    const res = await update(REP, vp, { contactPhone: '0212 3852 000', address: 'Tỉnh Sơn La' }, before.version);
    expect(res.errors).toBeUndefined();
    expect(res.data?.updateOrganisation).toMatchObject({ contactPhone: '0212 3852 000', version: before.version + 1 });
    expect(codeOf(await update(REP, vp, { unitId: id.thaonguyen }))).toBe('FORBIDDEN');
    expect(codeOf(await update(REP, school, { note: 'không phải của mình' }))).toBe('NOT_FOUND');
    expect(codeOf(await update('thaonguyen', vp, { note: 'x' }))).toBe('NOT_FOUND');
    expect(codeOf(await update(OUTSIDER, school, { note: 'x' }))).toBe('NOT_FOUND');
    expect(codeOf(await update('viewer', vp, { note: 'x' }))).toBe('FORBIDDEN');
    // A stale version is refused, like every record.
    const stale = await update('sonla', vp, { note: 'cũ' }, before.version);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: expect.anything() });
  });

  test('officers edit in scope, and move an organisation only inside it and only while nothing refers to it', async () => {
    const res = await update('thaonguyen', school, { headTitle: 'Hiệu trưởng' });
    expect(res.errors).toBeUndefined();
    // The ward police cannot move their school out of their ward.
    expect(codeOf(await update('thaonguyen', school, { unitId: id.otherSonlaWard }))).toBe('BAD_USER_INPUT');
    // The Văn phòng has an assessment and an account: it stays where it is.
    const moved = await update('sonla', vp, { unitId: id.thaonguyen });
    expect(moved.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(JSON.stringify(moved.errors)).toContain('HAS_DEPENDENTS');
  });
});

describe('the representative sees nothing but its organisation', () => {
  test('no neighbourhoods, wards, models, other assessments, reports, businesses or other accounts; no audit log', async () => {
    const res = await app.gql<Record<string, { total: number; items?: Array<{ id: string; username?: string }> }>>(
      `{ neighbourhoods { total } wards { total } models { total } periodReports { total } establishments { total } reports { total }
         assessments { total items { id } } users { total items { id username } } provinces { total } }`,
      {},
      REP,
    );
    expect(res.errors).toBeUndefined();
    const d = res.data ?? {};
    for (const key of ['neighbourhoods', 'wards', 'models', 'periodReports', 'establishments', 'reports']) expect([key, d[key]?.total]).toEqual([key, 0]);
    expect(d.assessments?.items?.map((a) => a.id)).toEqual([vpAssessment]);
    expect(d.users?.items?.map((u) => u.username)).toEqual([REP]);
    // Only its ancestor province, so that organisation.unit resolves.
    expect(d.provinces?.total).toBe(1);
    expect(codeOf(await app.gql('{ auditEntries { total } }', {}, REP))).toBe('FORBIDDEN');
    const other = await Assessment.findOne({ organisationId: null }).lean();
    expect(codeOf(await app.gql('query($id: ID!) { assessment(id: $id) { id } }', { id: String(other?._id) }, REP))).toBe('NOT_FOUND');
    // It reads the programme it is rated by.
    const p = await app.gql<{ programme: { code: string } }>('query($id: ID!) { programme(id: $id) { code } }', { id: programme }, REP);
    expect(p.data?.programme.code).toBe('DIEN-HINH-3554');
  });
});

describe('the representative’s overview', () => {
  test('the dashboard counts only what carries its organisation', async () => {
    const res = await app.gql<{ dashboard: { neighbourhoods: number; modelsOperating: number; assessmentsByStatus: Array<{ status: string; count: number }> } }>(
      '{ dashboard(year: 2026) { neighbourhoods modelsOperating assessmentsByStatus { status count } } }',
      {},
      REP,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.dashboard).toMatchObject({ neighbourhoods: 0, modelsOperating: 0 });
    expect(res.data?.dashboard.assessmentsByStatus.reduce((n, s) => n + s.count, 0)).toBe(1);
  });
});

describe('the self-assessment', () => {
  test('the representative scores and submits; it never appraises; the provincial police appraise, the province recognises', async () => {
    const results = criteria.map((criterionId) => ({ criterionId, score: 1, note: 'Tự chấm (thử)' }));
    const saved = await app.gql<{ updateAssessment: { total: number; status: string } }>(
      'mutation($id: ID!, $r: [CriterionResultInput!]) { updateAssessment(id: $id, input: { results: $r }) { total status } }',
      { id: vpAssessment, r: results },
      REP,
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.updateAssessment).toEqual({ total: criteria.length, status: 'DRAFT' });
    expect(await actions(REP, vpAssessment)).toEqual(['SUBMIT']);
    expect((await step(REP, vpAssessment, 'SUBMIT')).data?.transitionAssessment.status).toBe('SUBMITTED');
    expect(await actions(REP, vpAssessment)).toEqual([]);
    for (const action of ['APPRAISE', 'RETURN']) expect(codeOf(await step(REP, vpAssessment, action))).toBe('FORBIDDEN');
    // The ward police do not see a provincial body's rating; the provincial police appraise it.
    expect(codeOf(await step('thaonguyen', vpAssessment, 'APPRAISE'))).toBe('NOT_FOUND');
    expect(await actions('sonla', vpAssessment)).toContain('APPRAISE');
    expect((await step('sonla', vpAssessment, 'APPRAISE')).data?.transitionAssessment.status).toBe('APPRAISED');
    expect(codeOf(await step(REP, vpAssessment, 'RECOGNIZE'))).toBe('FORBIDDEN');
    expect((await step('admin', vpAssessment, 'RECOGNIZE')).data?.transitionAssessment.status).toBe('RECOGNIZED');
  });

  test("a ward's organisation is rated under the same programme and appraised by the ward police; the level is inferred or picked", async () => {
    const CREATE = 'mutation($i: AssessmentCreateInput!) { createAssessment(input: $i) { id subjectLevel organisationId } }';
    expect(codeOf(await app.gql(CREATE, { i: { programmeId: programme, subjectId: school, subjectLevel: 'MODEL', year: 2026 } }, 'thaonguyen'))).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.gql(CREATE, { i: { programmeId: programme, subjectId: id.tdp32, year: 2026 } }, 'thaonguyen'))).toBe('BAD_USER_INPUT');
    const made = await app.gql<{ createAssessment: { id: string; subjectLevel: string; organisationId: string } }>(CREATE, { i: { programmeId: programme, subjectId: school, year: 2026 } }, 'admin');
    expect(made.errors).toBeUndefined();
    expect(made.data?.createAssessment).toMatchObject({ subjectLevel: 'ORGANISATION', organisationId: school });
    const a = made.data?.createAssessment.id as string;
    expect((await step('admin', a, 'SUBMIT')).data?.transitionAssessment.status).toBe('SUBMITTED');
    expect(await actions('thaonguyen', a)).toContain('APPRAISE');
    expect(await actions('sonla', a)).not.toContain('APPRAISE');
    // The ward itself is still rated by the programme (its ratedLevel).
    const ward = await app.gql<{ createAssessment: { subjectLevel: string; organisationId: string | null } }>(CREATE, { i: { programmeId: programme, subjectId: id.thaonguyen, year: 2026 } }, 'sonla');
    expect(ward.data?.createAssessment).toEqual(expect.objectContaining({ subjectLevel: 'WARD', organisationId: null }));
  });
});

describe('accounts of an organisation', () => {
  const USER = 'mutation($i: UserCreateInput!) { createUser(input: $i) { id role organisationId organisation { id } scope { id } } }';
  const input = (username: string, extra: Record<string, unknown>) => ({ username, displayName: username, password: 'mat-khau-thu-123', role: 'ORGANISATION_REP', ...extra });

  test('officers over its unit give it a representative; nobody else does; a representative needs an organisation, not a unit', async () => {
    const made = await app.gql<{ createUser: { role: string; organisationId: string; organisation: { id: string }; scope: null } }>(USER, { i: input('daumoi.thcs', { organisationId: school }) }, 'thaonguyen');
    expect(made.errors).toBeUndefined();
    expect(made.data?.createUser).toMatchObject({ role: 'ORGANISATION_REP', organisationId: school, organisation: { id: school }, scope: null });
    expect(codeOf(await app.gql(USER, { i: input('daumoi.vp2', { organisationId: vp }) }, 'thaonguyen'))).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.gql(USER, { i: input('daumoi.vp3', { organisationId: vp }) }, OUTSIDER))).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.gql(USER, { i: input('daumoi.vp4', { scopeUnitId: id.sonla }) }, 'sonla'))).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.gql(USER, { i: { ...input('daumoi.vp5', { organisationId: vp }), role: 'VIEWER', scopeUnitId: id.sonla } }, 'sonla'))).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.gql(USER, { i: input('daumoi.vp6', { organisationId: vp }) }, REP))).toBe('FORBIDDEN');
    // The school's representative sees its school, not the Văn phòng.
    const token = await app.token('daumoi.thcs', 'mat-khau-thu-123');
    const own = await app.gql<{ organisations: { items: Array<{ id: string }> } }>('{ organisations { items { id } } }', {}, { token });
    expect(own.data?.organisations.items.map((o) => o.id)).toEqual([school]);
  });
});

describe('delete, per role', () => {
  test('refused while assessments or accounts refer to it; out of scope it does not exist; the representative never deletes', async () => {
    for (const orgId of [vp, school]) {
      const res = await remove('sonla', orgId);
      expect(res.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(JSON.stringify(res.errors)).toContain('HAS_DEPENDENTS');
    }
    expect(codeOf(await remove(REP, vp))).toBe('FORBIDDEN');
    expect(codeOf(await remove(OUTSIDER, school))).toBe('NOT_FOUND');
    expect(codeOf(await remove('viewer', school))).toBe('FORBIDDEN');
    const spare = await create('thaonguyen', { unitId: id.thaonguyen, name: 'Tổ chức xoá thử', kind: 'OTHER' });
    const spareId = spare.data?.createOrganisation.id as string;
    expect(codeOf(await remove('tdp32', spareId))).toBe('NOT_FOUND');
    expect((await remove('thaonguyen', spareId)).data?.deleteOrganisation).toBe(spareId);
    expect(codeOf(await get('admin', spareId))).toBe('NOT_FOUND');
  });

  test('every change is in the audit log, for the officers in scope', async () => {
    const res = await app.gql<{ auditEntries: { items: Array<{ action: string }> } }>('query($id: ID) { auditEntries(filter: { entityId: $id }) { items { action } } }', { id: vp }, 'sonla');
    expect(res.data?.auditEntries.items.map((e) => e.action)).toEqual(expect.arrayContaining(['CREATE', 'UPDATE']));
    const outside = await app.gql<{ auditEntries: { total: number } }>('query($id: ID) { auditEntries(filter: { entityId: $id }) { total } }', { id: vp }, OUTSIDER);
    expect(outside.data?.auditEntries.total).toBe(0);
  });
});

describe('indexes', () => {
  test('every filter and sort of organisations, and the representative scope of accounts and assessments, is backed by an index', async () => {
    const leading = async (model: { listIndexes(): Promise<unknown> }) => ((await model.listIndexes()) as Array<{ key: Record<string, number> }>).map((i) => Object.keys(i.key)[0]);
    expect(await leading(Organisation)).toEqual(expect.arrayContaining(['provinceId', 'wardId', 'organisationId', 'kind', 'nameSort', 'createdAt', 'updatedAt']));
    expect(await leading(User)).toContain('organisationId');
    expect(await leading(Assessment)).toContain('organisationId');
  });
});

describe('what the menu can be told', () => {
  test('readsNothing: a representative’s scope on records that never carry an organisation reads nothing; on those that may, it reads', () => {
    const rep = { userId: new Types.ObjectId(), username: REP, role: 'ORGANISATION_REP' as const, scope: null, organisationId: new Types.ObjectId(), organisationUnit: { provinceId: new Types.ObjectId(), wardId: null } };
    const modelFields = (f: string) => ['provinceId', 'wardId', 'neighbourhoodId', 'name'].includes(f);
    const assessmentFields = (f: string) => ['provinceId', 'wardId', 'neighbourhoodId', 'organisationId'].includes(f);
    expect(readsNothing(scopeFilter(rep), modelFields)).toBe(true);
    expect(readsNothing(scopeFilter(rep), assessmentFields)).toBe(false);
    // Its province stays readable (an ancestor); a ward officer's rule reads as before.
    expect(readsNothing(unitRules('PROVINCE').read(rep), modelFields)).toBe(false);
    expect(readsNothing(unitRules('WARD').read(rep), modelFields)).toBe(true);
    expect(readsNothing({ wardId: new Types.ObjectId() }, modelFields)).toBe(false);
    expect(readsNothing(false, modelFields)).toBe(true);
  });
});
