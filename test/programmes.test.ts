/** Programmes and criteria sets: reference data everyone reads; ADMIN writes sets, officers their own programmes. */
import { codeOf, fixtureIds, startTestApp, type FixtureIds, type TestApp } from './helpers/app';
import mongoose from 'mongoose';
import { migrateData } from '../api/db/migrations';

let app: TestApp;
let id: FixtureIds;
let setId: string;

const CREATE_SET = 'mutation($input: CriteriaSetCreateInput!) { createCriteriaSet(input: $input) { id maxTotal criteria { id code group } } }';
const CREATE_PROGRAMME = 'mutation($input: ProgrammeCreateInput!) { createProgramme(input: $input) { id issuerUnit { name } criteriaSet { name } targets { id metric } } }';

const SET = {
  name: 'Bộ tiêu chí thử',
  groups: [
    { code: '3.1', title: 'Tổ chức mô hình' },
    { code: '3.3', title: 'An ninh, trật tự' },
  ],
  criteria: [
    { code: '3.1.1', title: 'Có quyết định thành lập', group: '3.1', kind: 'PASS_FAIL', required: true },
    { code: '3.3.1', title: 'Không có tội phạm', group: '3.3', kind: 'PASS_FAIL' },
    { code: '3.3.2', title: 'Điểm tuyên truyền', group: '3.3', kind: 'POINTS', maxScore: 10, required: false },
  ],
  thresholds: [
    { classification: 'Đạt', minTotal: 8 },
    { classification: 'Xuất sắc', minTotal: 11 },
  ],
};

const programme = (code: string, extra: Record<string, unknown> = {}) => ({
  code,
  name: `Phong trào ${code}`,
  ratedLevel: 'NEIGHBOURHOOD',
  recognizingLevel: 'WARD',
  period: 'YEAR',
  criteriaSetId: setId,
  legalBasis: [{ number: '131/KH-UBND', date: '2026-04-21', issuer: 'UBND tỉnh Đắk Lắk' }],
  targets: [{ title: 'Trên 90% khu dân cư được công nhận', metric: 'recognisedShare', goal: 0.9, unit: 'tỷ lệ', comparison: 'MORE_THAN' }],
  deadlines: [{ title: 'Gửi hồ sơ tự đánh giá', due: '--11-25' }],
  ...extra,
});

beforeAll(async () => {
  app = await startTestApp();
  id = await fixtureIds(app);
  const set = await app.gql<{ createCriteriaSet: { id: string; maxTotal: number } }>(CREATE_SET, { input: SET }, 'admin');
  setId = set.data?.createCriteriaSet.id as string;
  expect(set.data?.createCriteriaSet.maxTotal).toBe(12);
});
afterAll(() => app.close());

describe('criteria sets', () => {
  test.each(['sonla', 'thaonguyen', 'tdp32', 'viewer'])('%s may read but not create, change or delete them', async (user) => {
    const read = await app.gql<{ criteriaSet: { name: string } }>('query($id: ID!) { criteriaSet(id: $id) { name } }', { id: setId }, user);
    expect(read.data?.criteriaSet.name).toBe('Bộ tiêu chí thử');
    expect(codeOf(await app.gql(CREATE_SET, { input: SET }, user))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql('mutation($id: ID!) { updateCriteriaSet(id: $id, input: { name: "x" }) { id } }', { id: setId }, user))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql('mutation($id: ID!) { deleteCriteriaSet(id: $id) }', { id: setId }, user))).toBe('FORBIDDEN');
  });

  test('anonymous callers cannot read them', async () => {
    expect(codeOf(await app.gql('{ criteriaSets { total } }'))).toBe('UNAUTHENTICATED');
  });

  test('a set is checked as a whole: kinds, groups, unique codes, reachable thresholds', async () => {
    const res = await app.gql(
      CREATE_SET,
      {
        input: {
          ...SET,
          criteria: [
            { code: 'A', title: 'Điểm', group: '3.1', kind: 'POINTS' },
            { code: 'A', title: 'Trùng mã', group: '9.9', kind: 'PASS_FAIL', maxScore: 3 },
          ],
          thresholds: [{ classification: 'Đạt', minTotal: 50 }],
        },
      },
      'admin',
    );
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    const fields = res.errors?.[0]?.extensions?.fields?.map((f) => f.path) ?? [];
    expect(fields).toEqual(expect.arrayContaining(['input.criteria.0.maxScore', 'input.criteria.1.maxScore', 'input.criteria', 'input.criteria.1.group']));
  });

  test('criteria sent back with their id keep it; new ones get one; unknown ids are refused', async () => {
    const before = await app.gql<{ criteriaSet: { criteria: Array<{ id: string; code: string; group: string; title: string; kind: string; maxScore: number | null }> } }>(
      'query($id: ID!) { criteriaSet(id: $id) { criteria { id code group title kind maxScore } } }',
      { id: setId },
      'admin',
    );
    const kept = before.data?.criteriaSet.criteria ?? [];
    const criteria = [...kept.map((c) => ({ ...c, title: `${c.title} (sửa)` })), { code: '3.3.3', title: 'Không có ma tuý', group: '3.3', kind: 'PASS_FAIL' }];
    const res = await app.gql<{ updateCriteriaSet: { criteria: Array<{ id: string; code: string }>; maxTotal: number } }>(
      'mutation($id: ID!, $c: [CriterionInput!]) { updateCriteriaSet(id: $id, input: { criteria: $c }) { maxTotal criteria { id code } } }',
      { id: setId, c: criteria },
      'admin',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.updateCriteriaSet.criteria.slice(0, 3).map((c) => c.id)).toEqual(kept.map((c) => c.id));
    expect(res.data?.updateCriteriaSet.maxTotal).toBe(13);
    const bad = await app.gql('mutation($id: ID!, $c: [CriterionInput!]) { updateCriteriaSet(id: $id, input: { criteria: $c }) { id } }', { id: setId, c: [{ ...criteria[0], id: '64b000000000000000000000' }] }, 'admin');
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
  });
});

describe('programmes', () => {
  test.each([
    ['admin', null, null],
    ['sonla', 'sonla', null],
    ['thaonguyen', 'thaonguyen', null],
    // Only ADMIN issues national programmes: an officer must name the issuing unit.
    ['sonla', null, 'BAD_USER_INPUT'],
    ['sonla', 'ninhbinh', 'BAD_USER_INPUT'],
    ['tdp32', 'tdp32', 'FORBIDDEN'],
    ['viewer', 'sonla', 'FORBIDDEN'],
  ])('%s creating a programme issued by %s → %s', async (user, issuer, expected) => {
    const input = programme(`P-${user}-${issuer ?? 'national'}`, { issuerUnitId: issuer ? id[issuer as keyof FixtureIds] : null });
    const res = await app.gql<{ createProgramme: { issuerUnit: { name: string } | null; criteriaSet: { name: string }; targets: Array<{ metric: string }> } }>(CREATE_PROGRAMME, { input }, user);
    if (expected) expect(codeOf(res)).toBe(expected);
    else {
      expect(res.errors).toBeUndefined();
      expect(res.data?.createProgramme.criteriaSet.name).toBe('Bộ tiêu chí thử');
      expect(res.data?.createProgramme.targets).toEqual([{ metric: 'recognisedShare', id: expect.any(String) }]);
    }
  });

  test('everyone reads every programme; officers change only those issued in their scope', async () => {
    const all = await app.gql<{ programmes: { items: Array<{ id: string; code: string }> } }>('{ programmes(sort: { field: "code" }) { items { id code } } }', {}, 'tdp32');
    const byCode = new Map(all.data?.programmes.items.map((p) => [p.code, p.id]));
    expect([...byCode.keys()]).toEqual(['P-admin-national', 'P-sonla-sonla', 'P-thaonguyen-thaonguyen']);
    const rename = 'mutation($id: ID!) { updateProgramme(id: $id, input: { description: "Sửa" }) { version } }';
    expect(codeOf(await app.gql(rename, { id: byCode.get('P-admin-national') }, 'sonla'))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(rename, { id: byCode.get('P-sonla-sonla') }, 'ninhbinh'))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(rename, { id: byCode.get('P-sonla-sonla') }, 'thaonguyen'))).toBe('FORBIDDEN');
    expect((await app.gql(rename, { id: byCode.get('P-thaonguyen-thaonguyen') }, 'sonla')).errors).toBeUndefined();
    expect((await app.gql(rename, { id: byCode.get('P-sonla-sonla') }, 'sonla')).errors).toBeUndefined();
  });

  test('targets keep their ids when sent back; filters by province and level work', async () => {
    const list = await app.gql<{ programmes: { items: Array<{ id: string; targets: Array<{ id: string; title: string; metric: string; goal: number; unit: string }> }> } }>(
      'query($p: ID!) { programmes(filter: { provinceId: $p, ratedLevel: NEIGHBOURHOOD }) { items { id targets { id title metric goal unit } } } }',
      { p: id.sonla },
      'admin',
    );
    expect(list.data?.programmes.items).toHaveLength(2);
    const p = list.data?.programmes.items[0];
    const res = await app.gql<{ updateProgramme: { targets: Array<{ id: string }> } }>(
      'mutation($id: ID!, $t: [TargetInput!]) { updateProgramme(id: $id, input: { targets: $t }) { targets { id } } }',
      { id: p?.id, t: [...(p?.targets ?? []), { title: '100% hộ ký cam kết', metric: 'householdsSignedShare', goal: 1, unit: 'tỷ lệ' }] },
      'admin',
    );
    expect(res.data?.updateProgramme.targets[0]?.id).toBe(p?.targets[0]?.id);
    expect(res.data?.updateProgramme.targets).toHaveLength(2);
  });

  test('a criteria set in use is not deleted; its programmes are listed under it', async () => {
    const res = await app.gql<{ criteriaSet: { programmes: { total: number } } }>('query($id: ID!) { criteriaSet(id: $id) { programmes { total } } }', { id: setId }, 'viewer');
    expect(res.data?.criteriaSet.programmes.total).toBe(3);
    expect(codeOf(await app.gql('mutation($id: ID!) { deleteCriteriaSet(id: $id) }', { id: setId }, 'admin'))).toBe('CONFLICT');
  });

  test('a unit that issued a programme is not deleted from under it', async () => {
    const ward = await app.gql<{ createWard: { id: string } }>('mutation($p: ID!) { createWard(input: { provinceId: $p, code: "PW-1", name: "Phường phát động", type: PHUONG }) { id } }', { p: id.sonla }, 'sonla');
    await app.gql(CREATE_PROGRAMME, { input: programme('P-ward', { issuerUnitId: ward.data?.createWard.id }) }, 'sonla');
    const del = await app.gql('mutation($id: ID!) { deleteWard(id: $id) }', { id: ward.data?.createWard.id }, 'sonla');
    expect(codeOf(del)).toBe('CONFLICT');
    expect(del.errors?.[0]?.message).toContain('Programme');
  });

  test('the old spelling recognisingLevel is still accepted for one release, and stored programmes are renamed at start-up', async () => {
    const old = { ...programme('P-OLD'), recognizingLevel: undefined, recognisingLevel: 'PROVINCE' };
    const created = await app.gql<{ createProgramme: { id: string; recognizingLevel: string; recognisingLevel: string } }>(
      'mutation($input: ProgrammeCreateInput!) { createProgramme(input: $input) { id recognizingLevel recognisingLevel } }',
      { input: old },
      'admin',
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createProgramme).toMatchObject({ recognizingLevel: 'PROVINCE', recognisingLevel: 'PROVINCE' });
    const both = await app.gql(CREATE_PROGRAMME, { input: { ...programme('P-BOTH'), recognisingLevel: 'PROVINCE' } }, 'admin');
    expect(codeOf(both)).toBe('BAD_USER_INPUT');
    expect(both.errors?.[0]?.extensions?.fields?.map((f) => f.path)).toEqual(['input.recognisingLevel']);
    const neither = await app.gql(CREATE_PROGRAMME, { input: { ...programme('P-NONE'), recognizingLevel: undefined } }, 'admin');
    expect(neither.errors?.[0]?.extensions?.fields?.map((f) => f.path)).toEqual(['input.recognizingLevel']);
    // A programme stored by an earlier release, in the old shape, reads the same after migrateData.
    const id = created.data?.createProgramme.id as string;
    await mongoose.connection.db?.collection('programmes').updateOne({ _id: new mongoose.Types.ObjectId(id) }, { $rename: { recognizingLevel: 'recognisingLevel' } });
    await migrateData();
    await migrateData();
    const read = await app.gql<{ programme: { recognizingLevel: string } }>('query($id: ID!) { programme(id: $id) { recognizingLevel } }', { id }, 'admin');
    expect(read.data?.programme.recognizingLevel).toBe('PROVINCE');
  });

  test('bad deadlines and metrics are refused with their paths', async () => {
    const res = await app.gql(CREATE_PROGRAMME, { input: programme('P-bad', { deadlines: [{ title: 'x', due: '25/11' }], targets: [{ title: 't', metric: 'share of %', goal: -1, unit: 'tỷ lệ' }] }) }, 'admin');
    expect(res.errors?.[0]?.extensions?.fields?.map((f) => f.path).sort()).toEqual(['input.deadlines.0.due', 'input.targets.0.goal', 'input.targets.0.metric']);
  });
});
