/**
 * Programmes belong to their issuing unit (issue 13): officers issue and edit programmes of their
 * own unit (or one below it), only ADMIN issues national ones; a programme applies to its issuing
 * unit's subtree, and dashboards, targets and period reports count only those that apply.
 */
import { Assessment } from '../api/assessments/assessment.model';
import { programmeApplies } from '../api/programmes/applicability';
import { codeOf, fixtureIds, startTestApp, type FixtureIds, type TestApp } from './helpers/app';

let app: TestApp;
let id: FixtureIds;
let setId: string;
const programmeIds: Record<string, string> = {};

const CREATE = 'mutation($input: ProgrammeCreateInput!) { createProgramme(input: $input) { id issuerUnitId issuingUnit { id name } issuingUnitName alsoRates deadlines { due step } } }';
type Created = { createProgramme: { id: string; issuerUnitId: string | null; issuingUnit: { id: string; name: string } | null; issuingUnitName: string | null; alsoRates: string[]; deadlines: Array<{ due: string; step: string }> } };
const DASH = 'query($u: ID, $y: Int!) { dashboard(unitId: $u, year: $y) { targets { programme { code } target { metric } } } }';

const programme = (code: string, extra: Record<string, unknown> = {}) => ({
  code,
  name: `Phong trào ${code}`,
  ratedLevel: 'NEIGHBOURHOOD',
  recognizingLevel: 'WARD',
  period: 'YEAR',
  criteriaSetId: setId,
  targets: [{ title: 'Trên 90% khu dân cư được công nhận', metric: 'recognisedShare', goal: 0.9, unit: 'tỷ lệ', comparison: 'MORE_THAN' }],
  ...extra,
});
const dashboardCodes = async (user: string, unitId: string | null) => {
  const res = await app.gql<{ dashboard: { targets: Array<{ programme: { code: string } }> } }>(DASH, { u: unitId, y: 2026 }, user);
  expect(res.errors).toBeUndefined();
  return [...new Set(res.data?.dashboard.targets.map((t) => t.programme.code))].sort();
};

beforeAll(async () => {
  app = await startTestApp();
  id = await fixtureIds(app);
  const set = await app.gql<{ createCriteriaSet: { id: string } }>(
    'mutation { createCriteriaSet(input: { name: "Tối thiểu", groups: [{ code: "1", title: "Chung" }], criteria: [{ code: "1.1", title: "Đạt", group: "1", kind: PASS_FAIL }] }) { id } }',
    {},
    'admin',
  );
  setId = set.data?.createCriteriaSet.id as string;
});
afterAll(() => app.close());

describe('who issues a programme', () => {
  test.each([
    // user, issuing unit, expected code
    ['admin', null, null],
    ['admin', 'thaonguyen', null],
    ['sonla', 'sonla', null],
    ['sonla', 'otherSonlaWard', null],
    ['thaonguyen', 'thaonguyen', null],
    ['thaonguyen', null, 'BAD_USER_INPUT'],
    ['sonla', null, 'BAD_USER_INPUT'],
    ['thaonguyen', 'sonla', 'FORBIDDEN'],
    ['thaonguyen', 'otherSonlaWard', 'BAD_USER_INPUT'],
    ['sonla', 'ninhbinh', 'BAD_USER_INPUT'],
    ['ninhbinh', 'ninhbinh', null],
    ['tdp32', 'tdp32', 'FORBIDDEN'],
    ['viewer', 'sonla', 'FORBIDDEN'],
  ])('%s issuing a programme of %s → %s', async (user, issuer, expected) => {
    const code = `A-${user}-${issuer ?? 'national'}`;
    const res = await app.gql<Created>(CREATE, { input: programme(code, { issuerUnitId: issuer ? id[issuer as keyof FixtureIds] : null }) }, user);
    if (expected) {
      expect(codeOf(res)).toBe(expected);
      if (expected === 'BAD_USER_INPUT') expect(res.errors?.[0]?.extensions?.fields?.map((f) => f.path)).toEqual(['input.issuerUnitId']);
      return;
    }
    expect(res.errors).toBeUndefined();
    programmeIds[code] = res.data?.createProgramme.id as string;
    expect(res.data?.createProgramme.issuerUnitId).toBe(issuer ? id[issuer as keyof FixtureIds] : null);
    expect(res.data?.createProgramme.issuingUnit?.id ?? null).toBe(issuer ? id[issuer as keyof FixtureIds] : null);
  });

  test('officers edit their own unit’s programmes and those below, never national ones or another unit’s', async () => {
    const edit = 'mutation($id: ID!) { updateProgramme(id: $id, input: { description: "Sửa" }) { version } }';
    expect((await app.gql(edit, { id: programmeIds['A-thaonguyen-thaonguyen'] }, 'thaonguyen')).errors).toBeUndefined();
    expect((await app.gql(edit, { id: programmeIds['A-thaonguyen-thaonguyen'] }, 'sonla')).errors).toBeUndefined();
    expect(codeOf(await app.gql(edit, { id: programmeIds['A-sonla-sonla'] }, 'thaonguyen'))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(edit, { id: programmeIds['A-admin-national'] }, 'sonla'))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(edit, { id: programmeIds['A-ninhbinh-ninhbinh'] }, 'sonla'))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(edit, { id: programmeIds['A-thaonguyen-thaonguyen'] }, 'tdp32'))).toBe('FORBIDDEN');
  });

  test('everyone reads who issued a programme, by name even outside their scope', async () => {
    const read = 'query($id: ID!) { programme(id: $id) { issuerUnitId issuingUnit { name } issuingUnitName } }';
    const own = await app.gql<{ programme: { issuingUnit: { name: string } | null; issuingUnitName: string } }>(read, { id: programmeIds['A-thaonguyen-thaonguyen'] }, 'tdp32');
    expect(own.data?.programme.issuingUnit?.name).toBe(own.data?.programme.issuingUnitName);
    const elsewhere = await app.gql<{ programme: { issuerUnitId: string; issuingUnit: null; issuingUnitName: string } }>(read, { id: programmeIds['A-ninhbinh-ninhbinh'] }, 'thaonguyen');
    expect(elsewhere.data?.programme).toMatchObject({ issuerUnitId: id.ninhbinh, issuingUnit: null, issuingUnitName: expect.stringContaining('Ninh Bình') });
    const national = await app.gql<{ programme: { issuingUnitName: string | null } }>(read, { id: programmeIds['A-admin-national'] }, 'thaonguyen');
    expect(national.data?.programme.issuingUnitName).toBeNull();
  });

  test('deadline steps and further rated levels are stored', async () => {
    const res = await app.gql<Created>(
      CREATE,
      {
        input: programme('A-steps', {
          ratedLevel: 'WARD',
          alsoRates: ['ORGANISATION', 'WARD', 'ORGANISATION'],
          deadlines: [
            { title: 'Gửi hồ sơ tự đánh giá', due: '--11-25', step: 'SUBMIT' },
            { title: 'Thẩm định', due: '--12-15', step: 'REVIEW' },
            { title: 'Ghi chú', due: '2026-06-30' },
          ],
        }),
      },
      'admin',
    );
    expect(res.errors).toBeUndefined();
    programmeIds['A-steps'] = res.data?.createProgramme.id as string;
    expect(res.data?.createProgramme.alsoRates).toEqual(['ORGANISATION']);
    expect(res.data?.createProgramme.deadlines.map((d) => d.step)).toEqual(['SUBMIT', 'REVIEW', 'OTHER']);
    const bad = await app.gql(CREATE, { input: programme('A-bad-step', { deadlines: [{ title: 'x', due: '--11-25', step: 'LATER' }] }) }, 'admin');
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
  });
});

describe('where a programme applies', () => {
  test('the rule: national everywhere, a local one in its issuing unit’s subtree only', () => {
    const [p, w, n, other] = ['a'.repeat(24), 'b'.repeat(24), 'c'.repeat(24), 'd'.repeat(24)];
    const national = { provinceId: null, wardId: null, neighbourhoodId: null };
    const ward = { provinceId: p, wardId: w, neighbourhoodId: null } as never;
    expect(programmeApplies(national, { provinceId: other })).toBe(true);
    expect(programmeApplies(ward, { provinceId: p, wardId: w, neighbourhoodId: n })).toBe(true);
    expect(programmeApplies(ward, { provinceId: p, wardId: w })).toBe(true);
    expect(programmeApplies(ward, { provinceId: p })).toBe(false);
    expect(programmeApplies(ward, { provinceId: p, wardId: other })).toBe(false);
  });

  test('programmes(filter: { appliesTo }) lists national ones and those issued by the unit or above it', async () => {
    const list = 'query($u: ID!) { programmes(filter: { appliesTo: $u, q: "Phong trao A-", ratedLevel: NEIGHBOURHOOD }, page: { limit: 100 }) { items { code } total } }';
    const codes = async (user: string, unit: string) => (await app.gql<{ programmes: { items: Array<{ code: string }> } }>(list, { u: unit }, user)).data?.programmes.items.map((p) => p.code).sort();
    expect(await codes('tdp32', id.tdp32)).toEqual(['A-admin-national', 'A-admin-thaonguyen', 'A-sonla-sonla', 'A-thaonguyen-thaonguyen']);
    expect(await codes('sonla', id.otherSonlaWard)).toEqual(['A-admin-national', 'A-sonla-otherSonlaWard', 'A-sonla-sonla']);
    expect(await codes('sonla', id.sonla)).toEqual(['A-admin-national', 'A-sonla-sonla']);
    expect(await codes('admin', id.ninhbinh)).toEqual(['A-admin-national', 'A-ninhbinh-ninhbinh']);
    // A unit outside the caller's scope: nothing.
    expect(await codes('thaonguyen', id.ninhbinh)).toEqual([]);
    expect(codeOf(await app.gql(list, { u: 'not-an-id' }, 'admin'))).toBe('BAD_USER_INPUT');
  });

  test.each([
    ['thaonguyen', 'thaonguyen', ['A-admin-national', 'A-admin-thaonguyen', 'A-sonla-sonla', 'A-thaonguyen-thaonguyen']],
    ['tdp32', 'tdp32', ['A-admin-national', 'A-admin-thaonguyen', 'A-sonla-sonla', 'A-thaonguyen-thaonguyen']],
    ['sonla', 'otherSonlaWard', ['A-admin-national', 'A-sonla-otherSonlaWard', 'A-sonla-sonla']],
    ['sonla', 'sonla', ['A-admin-national', 'A-sonla-sonla']],
    ['viewer', 'sonla', ['A-admin-national', 'A-sonla-sonla']],
    ['ninhbinh', 'ninhbinh', ['A-admin-national', 'A-ninhbinh-ninhbinh']],
    ['yencuong', 'yencuong', ['A-admin-national', 'A-ninhbinh-ninhbinh']],
    ['admin', null, ['A-admin-national']],
  ])('%s’s dashboard of %s counts the targets of the programmes that apply there only', async (user, unit, expected) => {
    expect(await dashboardCodes(user, unit ? id[unit as keyof FixtureIds] : null)).toEqual(expected);
  });

  test('rating a subject outside a local programme’s issuing unit is refused; inside it, and under a national one, it is not', async () => {
    const other = await app.gql<{ createNeighbourhood: { id: string } }>('mutation($w: ID!) { createNeighbourhood(input: { wardId: $w, code: "TDP-NGOAI", name: "Tổ dân phố ngoài", type: TO_DAN_PHO }) { id } }', { w: id.otherSonlaWard }, 'sonla');
    expect(other.errors).toBeUndefined();
    const outside = other.data?.createNeighbourhood.id as string;
    const create = 'mutation($input: AssessmentCreateInput!) { createAssessment(input: $input) { id } }';
    const rate = (user: string, code: string, subjectId: string) => app.gql<{ createAssessment: { id: string } }>(create, { input: { programmeId: programmeIds[code], subjectId, year: 2024 } }, user);
    const refused = await rate('sonla', 'A-thaonguyen-thaonguyen', outside);
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions?.fields?.map((f) => f.path)).toEqual(['input.subjectId']);
    expect(codeOf(await rate('admin', 'A-sonla-otherSonlaWard', id.tdp32))).toBe('BAD_USER_INPUT');
    const created = [await rate('sonla', 'A-thaonguyen-thaonguyen', id.tdp32), await rate('sonla', 'A-admin-national', outside), await rate('tdp32', 'A-sonla-sonla', id.tdp32)];
    for (const res of created) expect(res.errors).toBeUndefined();
    for (const res of created) {
      expect((await app.gql('mutation($id: ID!) { deleteAssessment(id: $id) }', { id: res.data?.createAssessment.id }, 'admin')).errors).toBeUndefined();
    }
  });

  test('a unit outside the caller’s scope has no dashboard for them', async () => {
    expect(codeOf(await app.gql(DASH, { u: id.thaonguyen, y: 2026 }, 'ninhbinh'))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(DASH, { u: id.otherSonlaWard, y: 2026 }, 'thaonguyen'))).toBe('NOT_FOUND');
  });

  test('period reports measure only the targets of the programmes that apply to the unit', async () => {
    const created = await app.gql<{ createPeriodReport: { id: string } }>(
      'mutation($u: ID!) { createPeriodReport(input: { unitId: $u, periodKind: YEAR, year: 2026 }) { id } }',
      { u: id.thaonguyen },
      'thaonguyen',
    );
    expect(created.errors).toBeUndefined();
    const res = await app.gql<{ periodReport: { data: { targets: Array<{ programmeCode: string }> } } }>(
      'query($id: ID!) { periodReport(id: $id) { data { targets { programmeCode } } } }',
      { id: created.data?.createPeriodReport.id },
      'thaonguyen',
    );
    expect(res.errors).toBeUndefined();
    expect([...new Set(res.data?.periodReport.data.targets.map((t) => t.programmeCode))].sort()).toEqual(['A-admin-national', 'A-admin-thaonguyen', 'A-sonla-sonla', 'A-thaonguyen-thaonguyen']);
  });

  test('a ward-rated local programme is owed only by the wards it applies to (breakdown)', async () => {
    // The national ward-rated programme would be owed by every ward: out of the way first.
    expect((await app.gql('mutation($id: ID!) { deleteProgramme(id: $id) }', { id: programmeIds['A-steps'] }, 'admin')).errors).toBeUndefined();
    const ward = await app.gql<Created>(CREATE, { input: programme('A-ward-rated', { ratedLevel: 'WARD', targets: [], deadlines: [{ title: 'Tự đánh giá', due: '--11-25', step: 'SUBMIT' }], issuerUnitId: id.thaonguyen }) }, 'thaonguyen');
    expect(ward.errors).toBeUndefined();
    const rows = await app.gql<{ dashboard: { breakdown: Array<{ unit: { id: string }; selfAssessment: string }> } }>(
      'query($u: ID!) { dashboard(unitId: $u, year: 2025) { breakdown { unit { id } selfAssessment } } }',
      { u: id.sonla },
      'sonla',
    );
    expect(rows.errors).toBeUndefined();
    const byId = new Map(rows.data?.dashboard.breakdown.map((r) => [r.unit.id, r.selfAssessment]));
    expect(byId.get(id.thaonguyen)).toBe('OVERDUE');
    expect(byId.get(id.otherSonlaWard)).toBe('NOT_REQUIRED');
    expect(await Assessment.countDocuments({})).toBe(0);
  });
});
