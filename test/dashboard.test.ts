/** Target attainment that depends on two records: a neighbourhood's re-arrangement and its model's launch. */
import { fixtureIds, startTestApp, type FixtureIds, type TestApp } from './helpers/app';

let app: TestApp;
let id: FixtureIds;
let programmeId: string;

const DASH = 'query($u: ID!) { dashboard(unitId: $u, year: 2026) { neighbourhoods modelsOperating targets { target { metric } value met basis { key params { count total year metric } } } } }';
type Dash = { dashboard: { neighbourhoods: number; modelsOperating: number; targets: Array<{ target: { metric: string }; value: number | null; met: boolean | null; basis: { key: string; params: Record<string, unknown> } }> } };
const launched = async (user = 'yencuong') =>
  (await app.gql<Dash>(DASH, { u: id.yencuong }, user)).data?.dashboard.targets.find((t) => t.target.metric === 'launchedWithin3MonthsShare');

beforeAll(async () => {
  app = await startTestApp();
  id = await fixtureIds(app);
  const set = await app.gql<{ createCriteriaSet: { id: string } }>(
    'mutation { createCriteriaSet(input: { name: "Tối thiểu", groups: [{ code: "1", title: "Chung" }], criteria: [{ code: "1.1", title: "Ra mắt", group: "1", kind: PASS_FAIL }] }) { id } }',
    {},
    'admin',
  );
  const p = await app.gql<{ createProgramme: { id: string } }>(
    'mutation($s: ID!) { createProgramme(input: { code: "KDC", name: "Khu dân cư kiểu mẫu", ratedLevel: NEIGHBOURHOOD, recognizingLevel: WARD, period: YEAR, criteriaSetId: $s, targets: [{ title: "Ra mắt trong 3 tháng sau sắp xếp", metric: "launchedWithin3MonthsShare", goal: 1, unit: "tỷ lệ" }] }) { id } }',
    { s: set.data?.createCriteriaSet.id },
    'admin',
  );
  programmeId = p.data?.createProgramme.id as string;
});
afterAll(() => app.close());

test('a neighbourhood whose model launched within 3 months of re-arrangement counts; moving the date re-evaluates it', async () => {
  expect(await launched()).toMatchObject({ value: 0, met: false });
  await app.gql('mutation($id: ID!) { updateNeighbourhood(id: $id, input: { rearrangedOn: "2026-03-01" }) { id } }', { id: id.yencuongThon }, 'yencuong');
  const model = await app.gql<{ createModel: { id: string } }>(
    'mutation($u: ID!, $p: ID!) { createModel(input: { name: "Khu dân cư kiểu mẫu Thôn 1", category: MODEL_RESIDENTIAL_AREA, unitId: $u, programmeId: $p, leadBody: "Ban tự quản", status: OPERATING, statusDates: { launched: "2026-05-15" } }) { id } }',
    { u: id.yencuongThon, p: programmeId },
    'yencuong',
  );
  expect(model.errors).toBeUndefined();
  const onTime = await launched();
  expect(onTime?.value).toBeCloseTo(1 / 8);
  expect(onTime?.basis).toEqual({ key: 'LAUNCHED_WITHIN_3_MONTHS', params: { count: 1, total: 8, year: null, metric: null } });
  // The neighbourhood was in fact re-arranged earlier: the launch is now late.
  await app.gql('mutation($id: ID!) { updateNeighbourhood(id: $id, input: { rearrangedOn: "2025-10-01" }) { id } }', { id: id.yencuongThon }, 'yencuong');
  expect((await launched())?.value).toBe(0);
  // …and a corrected launch date brings it back.
  await app.gql('mutation($id: ID!) { updateModel(id: $id, input: { statusDates: { launched: "2025-12-20" } }) { id } }', { id: model.data?.createModel.id }, 'yencuong');
  expect((await launched())?.value).toBeCloseTo(1 / 8);
  expect((await app.gql<Dash>(DASH, { u: id.yencuong }, 'ninhbinh')).data?.dashboard.modelsOperating).toBe(1);
});

test('the province officer of another province cannot read it; a head of another ward neither', async () => {
  expect((await app.gql(DASH, { u: id.yencuong }, 'sonla')).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  expect((await app.gql(DASH, { u: id.yencuong }, 'tdp32')).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
});

test('the breakdown gives the same counts per neighbourhood of a ward and per ward of a province, within scope', async () => {
  const created = await app.gql<{ createAssessment: { id: string } }>(
    'mutation($p: ID!, $s: ID!) { createAssessment(input: { programmeId: $p, subjectId: $s, year: 2026 }) { id } }',
    { p: programmeId, s: id.yencuongThon },
    'yencuong',
  );
  expect(created.errors).toBeUndefined();
  const BREAKDOWN = 'query($u: ID!) { dashboard(unitId: $u, year: 2026) { neighbourhoods breakdown { unit { id name level } neighbourhoods recognized assessmentsByStatus { status count } } } }';
  type Rows = { dashboard: { neighbourhoods: number; breakdown: Array<{ unit: { id: string; level: string }; neighbourhoods: number; recognized: number; assessmentsByStatus: Array<{ status: string; count: number }> }> } };
  const ward = (await app.gql<Rows>(BREAKDOWN, { u: id.yencuong }, 'yencuong')).data?.dashboard;
  expect(ward?.breakdown).toHaveLength(ward?.neighbourhoods ?? -1);
  const thon = ward?.breakdown.find((r) => r.unit.id === id.yencuongThon);
  expect(thon).toMatchObject({ neighbourhoods: 1, recognized: 0, unit: { level: 'NEIGHBOURHOOD' } });
  expect(thon?.assessmentsByStatus.find((s) => s.status === 'DRAFT')?.count).toBe(1);

  const province = (await app.gql<Rows>(BREAKDOWN, { u: id.ninhbinh }, 'ninhbinh')).data?.dashboard;
  const yc = province?.breakdown.find((r) => r.unit.id === id.yencuong);
  expect(yc).toMatchObject({ neighbourhoods: ward?.neighbourhoods, unit: { level: 'WARD' } });
  expect(province?.breakdown.reduce((n, r) => n + r.neighbourhoods, 0)).toBe(province?.neighbourhoods);

  // The ward officer looking at their province sees only their own ward's row.
  const scoped = (await app.gql<Rows>(BREAKDOWN, { u: id.ninhbinh }, 'yencuong')).data?.dashboard;
  expect(scoped?.breakdown.map((r) => r.unit.id)).toEqual([id.yencuong]);
});
