/** Models (mô hình): scoped like units' records; heads update only their own models' figures. */
import { codeOf, fixtureIds, startTestApp, type FixtureIds, type TestApp } from './helpers/app';

let app: TestApp;
let id: FixtureIds;
const model: Record<string, string> = {};

const CREATE = 'mutation($input: ModelCreateInput!) { createModel(input: $input) { id unitLevel provinceId wardId neighbourhoodId figures { id } } }';
const base = (name: string, unitId: string, extra: Record<string, unknown> = {}) => ({
  name,
  category: 'TOURISM_SAFETY',
  unitId,
  leadBody: 'Công an phường Thảo Nguyên',
  status: 'OPERATING',
  statusDates: { established: '2025-08-01', launched: '2025-09-02' },
  committee: [{ name: 'Nguyễn Văn A', position: 'Trưởng Công an phường', role: 'Tổ trưởng', group: 'Tổ Ứng phó nhanh Du lịch An toàn' }],
  channels: [
    { kind: 'HOTLINE', name: 'Đường dây nóng du lịch', languages: ['vi', 'en'] },
    { kind: 'ZALO_ACCOUNT', name: 'Zalo Tổ Ứng phó nhanh' },
  ],
  steps: [
    { order: 2, title: 'Ra mắt', dueOn: '2025-09-02' },
    { order: 1, title: 'Thành lập tổ', dueOn: '2025-08-01' },
  ],
  figures: [{ indicator: 'Phản ánh tiếp nhận', value: 12, unit: 'phản ánh', period: '2025-Q3' }],
  targets: [{ title: '100% cơ sở ký cam kết', metric: 'businessesSignedShare', goal: 1, unit: 'tỷ lệ' }],
  deadlines: [{ title: 'Sơ kết', due: '2026-12-15' }],
  funding: [{ source: 'Ngân sách phường' }],
  ...extra,
});

beforeAll(async () => {
  app = await startTestApp();
  id = await fixtureIds(app);
  const ward = await app.gql<{ createModel: { id: string } }>(CREATE, { input: base('Thảo Nguyên An toàn – Điểm đến mến khách', id.thaonguyen) }, 'thaonguyen');
  model.ward = ward.data?.createModel.id as string;
  const nb = await app.gql<{ createModel: { id: string } }>(CREATE, { input: base('Góc An ninh và Trải nghiệm văn minh', id.tdp32, { category: 'OTHER' }) }, 'thaonguyen');
  model.tdp32 = nb.data?.createModel.id as string;
  const yc = await app.gql<{ createModel: { id: string } }>(CREATE, { input: base('Zalo an ninh trật tự của Cảnh sát khu vực', id.yencuong, { category: 'ZALO_GROUP', leadBody: 'Công an xã Yên Cường' }) }, 'yencuong');
  model.yencuong = yc.data?.createModel.id as string;
});
afterAll(() => app.close());

test('a model stores its unit’s ancestors and resolves everything it links to', async () => {
  const res = await app.gql<{ model: Record<string, unknown> }>(
    `query($id: ID!) { model(id: $id) { unitLevel unit { name ... on Neighbourhood { ward { name } } } steps { order title } channels { kind languages }
       committee { group } statusDates { launched ended } figures { indicator value planned } targets { metric goal comparison } deadlines { due } funding { source } } }`,
    { id: model.tdp32 },
    'admin',
  );
  expect(res.errors).toBeUndefined();
  expect(res.data?.model).toMatchObject({
    unitLevel: 'NEIGHBOURHOOD',
    unit: { name: 'Tổ dân phố 3/2', ward: { name: 'Phường Thảo Nguyên' } },
    steps: [{ order: 1, title: 'Thành lập tổ' }, { order: 2, title: 'Ra mắt' }],
    channels: [{ kind: 'HOTLINE', languages: ['vi', 'en'] }, { kind: 'ZALO_ACCOUNT', languages: [] }],
    statusDates: { launched: '2025-09-02', ended: null },
    figures: [{ indicator: 'Phản ánh tiếp nhận', value: 12, planned: false }],
    targets: [{ metric: 'businessesSignedShare', goal: 1, comparison: 'AT_LEAST' }],
  });
});

describe('scope', () => {
  test.each([
    ['admin', 3],
    ['sonla', 2],
    ['thaonguyen', 2],
    ['tdp32', 1],
    ['viewer', 2],
    ['ninhbinh', 1],
    ['buonmathuot', 0],
  ])('%s lists %i model(s)', async (user, n) => {
    const res = await app.gql<{ models: { total: number } }>('{ models { total } }', {}, user);
    expect(res.data?.models.total).toBe(n);
  });

  test.each([
    ['tdp32', 'ward'],
    ['ninhbinh', 'ward'],
    ['thaonguyen', 'yencuong'],
  ])('%s fetching the %s model → NOT_FOUND', async (user, key) => {
    const res = await app.gql<{ model: null }>('query($id: ID!) { model(id: $id) { name } }', { id: model[key] }, user);
    expect(res.data?.model).toBeNull();
    expect(codeOf(res)).toBe('NOT_FOUND');
  });

  test.each([
    ['sonla', 'thaonguyen', null],
    ['thaonguyen', 'tdp32', null],
    ['tdp32', 'tdp32', 'FORBIDDEN'],
    ['viewer', 'thaonguyen', 'FORBIDDEN'],
    ['yencuong', 'thaonguyen', 'BAD_USER_INPUT'],
    ['thaonguyen', 'sonla', 'FORBIDDEN'],
  ])('%s creating a model run by %s → %s', async (user, unit, expected) => {
    const res = await app.gql(CREATE, { input: base(`Mô hình của ${user}`, id[unit as keyof FixtureIds]) }, user);
    if (expected) expect(codeOf(res)).toBe(expected);
    else {
      expect(res.errors).toBeUndefined();
      await app.gql('mutation($id: ID!) { deleteModel(id: $id) }', { id: (res.data as { createModel: { id: string } }).createModel.id }, user);
    }
  });

  test('a head updates the figures of their own neighbourhood’s model, keeping figure ids, and nothing else', async () => {
    const before = await app.gql<{ model: { version: number; figures: Array<{ id: string; indicator: string; value: number; unit: string; period: string }> } }>(
      'query($id: ID!) { model(id: $id) { version figures { id indicator value unit period } } }',
      { id: model.tdp32 },
      'tdp32',
    );
    const figures = [...(before.data?.model.figures ?? []).map((f) => ({ ...f, value: 15 })), { indicator: 'Khách được hỗ trợ', value: 40, unit: 'lượt', period: '2025-Q4' }];
    const ok = await app.gql<{ updateModel: { figures: Array<{ id: string; value: number }> } }>(
      'mutation($id: ID!, $f: [FigureInput!], $v: Int) { updateModel(id: $id, input: { figures: $f }, expectedVersion: $v) { figures { id value } } }',
      { id: model.tdp32, f: figures, v: before.data?.model.version },
      'tdp32',
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.updateModel.figures[0]).toEqual({ id: before.data?.model.figures[0]?.id, value: 15 });
    expect(ok.data?.updateModel.figures).toHaveLength(2);
    expect(codeOf(await app.gql('mutation($id: ID!) { updateModel(id: $id, input: { name: "Đổi tên" }) { id } }', { id: model.tdp32 }, 'tdp32'))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql('mutation($id: ID!) { updateModel(id: $id, input: { figures: [] }) { id } }', { id: model.ward }, 'tdp32'))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql('mutation($id: ID!) { deleteModel(id: $id) }', { id: model.tdp32 }, 'tdp32'))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql('mutation($id: ID!) { updateModel(id: $id, input: { figures: [] }) { id } }', { id: model.ward }, 'viewer'))).toBe('FORBIDDEN');
  });
});

describe('lists, filters and children', () => {
  test('ward filters include the ward’s neighbourhoods; status, category and search filter', async () => {
    const q = 'query($f: ModelFilter) { models(filter: $f, sort: { field: "name" }) { total items { name } } }';
    const byWard = await app.gql<{ models: { total: number } }>(q, { f: { wardId: id.thaonguyen } }, 'admin');
    expect(byWard.data?.models.total).toBe(2);
    const byUnit = await app.gql<{ models: { total: number } }>(q, { f: { unitId: id.thaonguyen } }, 'admin');
    expect(byUnit.data?.models.total).toBe(1);
    const zalo = await app.gql<{ models: { items: Array<{ name: string }> } }>(q, { f: { category: 'ZALO_GROUP', status: 'OPERATING' } }, 'admin');
    expect(zalo.data?.models.items.map((m) => m.name)).toEqual(['Zalo an ninh trật tự của Cảnh sát khu vực']);
    const search = await app.gql<{ models: { items: Array<{ name: string }> } }>(q, { f: { q: 'diem den men khach' } }, 'admin');
    expect(search.data?.models.items.map((m) => m.name)).toEqual(['Thảo Nguyên An toàn – Điểm đến mến khách']);
  });

  test('units list their models, within the caller’s scope', async () => {
    const res = await app.gql<{ ward: { models: { total: number } } }>('query($id: ID!) { ward(id: $id) { models { total } } }', { id: id.thaonguyen }, 'tdp32');
    expect(res.data?.ward.models.total).toBe(1);
    const province = await app.gql<{ province: { models: { total: number } } }>('query($id: ID!) { province(id: $id) { models { total } } }', { id: id.sonla }, 'sonla');
    expect(province.data?.province.models.total).toBe(2);
  });

  test('no N+1: models with unit and programme cost the same commands for 1 row as for all', async () => {
    const token = await app.token('admin');
    const q = 'query($l: Int) { models(page: { limit: $l }) { items { name unit { name } programme { name } } } }';
    const one = await app.countCommands(() => app.gql(q, { l: 1 }, { token }));
    const all = await app.countCommands(() => app.gql(q, { l: 100 }, { token }));
    expect(all.total).toBeLessThanOrEqual(one.total + 2); // a page of mixed levels needs one batch per unit level
    expect(all.total).toBeLessThanOrEqual(6);
  });

  test('a unit running a model is not deleted from under it', async () => {
    const res = await app.gql('mutation($id: ID!) { deleteNeighbourhood(id: $id) }', { id: id.tdp32 }, 'thaonguyen');
    expect(codeOf(res)).toBe('CONFLICT');
    expect(res.errors?.[0]?.message).toContain('Model');
  });
});

test('bad input is refused field by field', async () => {
  const res = await app.gql(
    CREATE,
    { input: base('Sai', id.thaonguyen, { channels: [{ kind: 'HOTLINE', name: 'x', languages: ['vietnamese'] }], steps: [{ order: 0, title: 'x' }], statusDates: { launched: '2025-13-01' } }) },
    'admin',
  );
  expect(codeOf(res)).toBe('BAD_USER_INPUT');
  expect(res.errors?.[0]?.extensions?.fields?.[0]?.path).toBe('input.statusDates.launched');
  const res2 = await app.gql(CREATE, { input: base('Sai', id.thaonguyen, { channels: [{ kind: 'HOTLINE', name: 'x', languages: ['vietnamese'] }], steps: [{ order: 0, title: 'x' }] }) }, 'admin');
  expect(res2.errors?.[0]?.extensions?.fields?.map((f) => f.path).sort()).toEqual(['input.channels.0.languages.0', 'input.steps.0.order']);
});
