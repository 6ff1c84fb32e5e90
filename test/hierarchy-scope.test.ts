/**
 * Roles and scopes on the hierarchy (docs/roles-and-scopes.md), over HTTP: for every role, what it lists,
 * fetches, creates, updates and deletes inside and outside its scope.
 */
import { codeOf, fixtureIds, startTestApp, type FixtureIds, type TestApp } from './helpers/app';

let app: TestApp;
let id: FixtureIds;

beforeAll(async () => {
  app = await startTestApp();
  id = await fixtureIds(app);
});
afterAll(() => app.close());

const TOTALS = '{ provinces { total } wards { total } neighbourhoods { total } }';

describe('lists show exactly the caller’s scope (plus their ancestors for units)', () => {
  test.each([
    ['sonla', 1, 'sonlaWards', 20],
    ['viewer', 1, 'sonlaWards', 20],
    ['thaonguyen', 1, 1, 20],
    ['tdp32', 1, 1, 1],
    ['ninhbinh', 1, 'ninhbinhWards', 8],
    ['yencuong', 1, 1, 8],
    ['buonmathuot', 1, 1, 11],
  ])('%s sees %s province(s), %s ward(s), %s neighbourhood(s)', async (user, provinces, wards, neighbourhoods) => {
    const expectedWards =
      typeof wards === 'number'
        ? wards
        : (
            await app.gql<{ wards: { total: number } }>('query($p: ID!) { wards(filter: { provinceId: $p }) { total } }', {
              p: wards === 'sonlaWards' ? id.sonla : id.ninhbinh,
            }, 'admin')
          ).data?.wards.total;
    const res = await app.gql<{ provinces: { total: number }; wards: { total: number }; neighbourhoods: { total: number } }>(TOTALS, {}, user);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ provinces: { total: provinces }, wards: { total: expectedWards }, neighbourhoods: { total: neighbourhoods } });
  });

  test('admin sees the whole fixture', async () => {
    const res = await app.gql<{ provinces: { total: number }; neighbourhoods: { total: number } }>(TOTALS, {}, 'admin');
    expect(res.data?.provinces.total).toBe(4);
    expect(res.data?.neighbourhoods.total).toBe(39);
  });

  test('following a relationship never widens scope: a head sees only their neighbourhood under their ward', async () => {
    const res = await app.gql<{ ward: { name: string; neighbourhoods: { total: number; items: Array<{ id: string }> } } }>(
      'query($id: ID!) { ward(id: $id) { name neighbourhoods { total items { id } } } }',
      { id: id.thaonguyen },
      'tdp32',
    );
    expect(res.data?.ward.name).toBe('Phường Thảo Nguyên');
    expect(res.data?.ward.neighbourhoods).toEqual({ total: 1, items: [{ id: id.tdp32 }] });
  });

  test('a head’s ancestors resolve: neighbourhood.ward.province', async () => {
    const res = await app.gql<{ neighbourhood: { ward: { name: string; province: { name: string } } } }>(
      'query($id: ID!) { neighbourhood(id: $id) { ward { name province { name } } head { username } } }',
      { id: id.tdp32 },
      'tdp32',
    );
    expect(res.data?.neighbourhood).toEqual({ ward: { name: 'Phường Thảo Nguyên', province: { name: 'Tỉnh Sơn La' } }, head: { username: 'tdp32' } });
  });
});

describe('fetching a record outside scope returns null with NOT_FOUND and no data', () => {
  test.each([
    ['sonla', 'province', 'ninhbinh'],
    ['viewer', 'province', 'ninhbinh'],
    ['thaonguyen', 'ward', 'otherSonlaWard'],
    ['tdp32', 'neighbourhood', 'tdp1'],
    ['yencuong', 'neighbourhood', 'tdp32'],
    ['ninhbinh', 'ward', 'thaonguyen'],
  ])('%s → %s %s', async (user, field, key) => {
    const query = `query($id: ID!) { ${field}(id: $id) { id name code } }`;
    const res = await app.gql<Record<string, unknown>>(query, { id: id[key as keyof FixtureIds] }, user);
    expect(res.data?.[field]).toBeNull();
    expect(codeOf(res)).toBe('NOT_FOUND');
    // Nothing of the record leaks: not its name, not its code.
    const real = (await app.gql<Record<string, { name: string; code: string }>>(query, { id: id[key as keyof FixtureIds] }, 'admin')).data?.[field];
    expect(real?.name).toBeTruthy();
    expect(JSON.stringify(res)).not.toContain(real?.name);
    expect(JSON.stringify(res)).not.toContain(`"${real?.code}"`);
  });

  test('a malformed id is NOT_FOUND too, never a crash', async () => {
    const res = await app.gql('{ ward(id: "not-an-id") { id } }', {}, 'admin');
    expect(codeOf(res)).toBe('NOT_FOUND');
  });
});

const NEW_NEIGHBOURHOOD = 'mutation($input: NeighbourhoodCreateInput!) { createNeighbourhood(input: $input) { id code wardId provinceId } }';
const UPDATE_NEIGHBOURHOOD =
  'mutation($id: ID!, $input: NeighbourhoodUpdateInput!, $v: Int) { updateNeighbourhood(id: $id, input: $input, expectedVersion: $v) { id version households code } }';

async function neighbourhoodState(key: string) {
  const res = await app.gql<{ neighbourhood: { version: number; code: string; households: number | null; headName: string | null } }>(
    'query($id: ID!) { neighbourhood(id: $id) { version code households headName } }',
    { id: id[key as keyof FixtureIds] },
    'admin',
  );
  return res.data?.neighbourhood;
}

describe('creating units', () => {
  test.each([
    ['thaonguyen', 'thaonguyen', null],
    ['sonla', 'thaonguyen', null],
    ['admin', 'thaonguyen', null],
    ['tdp32', 'thaonguyen', 'FORBIDDEN'],
    ['viewer', 'thaonguyen', 'FORBIDDEN'],
    ['yencuong', 'thaonguyen', 'NOT_FOUND'],
    ['ninhbinh', 'thaonguyen', 'NOT_FOUND'],
  ])('%s creating a neighbourhood in %s → %s', async (user, ward, expected) => {
    const input = { wardId: id[ward as keyof FixtureIds], code: `NEW-${user}`, name: `Khu mới của ${user}`, type: 'TO_DAN_PHO' };
    const res = await app.gql<{ createNeighbourhood: { wardId: string; provinceId: string } }>(NEW_NEIGHBOURHOOD, { input }, user);
    if (expected) {
      expect(codeOf(res)).toBe(expected);
      const after = await app.gql<{ neighbourhoods: { total: number } }>('{ neighbourhoods(filter: { q: "khu moi" }) { total } }', {}, 'admin');
      expect(JSON.stringify(after.data)).toBeDefined();
      const created = await app.gql<{ neighbourhoods: { items: Array<{ code: string }> } }>(
        'query($q: String) { neighbourhoods(filter: { q: $q }) { items { code } } }',
        { q: `NEW-${user}` },
        'admin',
      );
      expect(created.data?.neighbourhoods.items).toEqual([]);
    } else {
      expect(res.errors).toBeUndefined();
      expect(res.data?.createNeighbourhood).toMatchObject({ wardId: id.thaonguyen, provinceId: id.sonla });
    }
  });

  test.each([
    ['admin', null],
    ['sonla', null],
    ['thaonguyen', 'FORBIDDEN'],
    ['viewer', 'FORBIDDEN'],
    ['ninhbinh', 'NOT_FOUND'],
  ])('%s creating a ward in Sơn La → %s', async (user, expected) => {
    const res = await app.gql(
      'mutation($input: WardCreateInput!) { createWard(input: $input) { id provinceId } }',
      { input: { provinceId: id.sonla, code: `W-${user}`, name: `Phường thử ${user}`, type: 'PHUONG' } },
      user,
    );
    if (expected) expect(codeOf(res)).toBe(expected);
    else expect(res.errors).toBeUndefined();
  });

  test.each([
    ['admin', null],
    ['sonla', 'FORBIDDEN'],
    ['thaonguyen', 'FORBIDDEN'],
  ])('%s creating a province → %s', async (user, expected) => {
    const res = await app.gql(
      'mutation($input: ProvinceCreateInput!) { createProvince(input: $input) { id } }',
      { input: { code: `P${user.length}`, name: `Tỉnh thử ${user}`, type: 'TINH' } },
      user,
    );
    if (expected) expect(codeOf(res)).toBe(expected);
    else expect(res.errors).toBeUndefined();
  });
});

describe('updating units', () => {
  test('a head updates households, population and contacts of their own neighbourhood', async () => {
    const res = await app.gql(UPDATE_NEIGHBOURHOOD, { id: id.tdp32, input: { households: 312, population: 1104, phone: '0212 3866 123' } }, 'tdp32');
    expect(res.errors).toBeUndefined();
    expect(res.data).toMatchObject({ updateNeighbourhood: { households: 312 } });
  });

  test.each([
    ['code', { code: 'HACKED' }],
    ['parent', { wardId: '000000000000000000000001' }],
    ['head', { headName: 'Someone else' }],
    ['head account', { headUserId: '000000000000000000000001' }],
  ])('a head may not change the %s, and nothing changes', async (_what, input) => {
    const before = await neighbourhoodState('tdp32');
    const res = await app.gql(UPDATE_NEIGHBOURHOOD, { id: id.tdp32, input }, 'tdp32');
    expect(codeOf(res)).toBe('FORBIDDEN');
    expect(await neighbourhoodState('tdp32')).toEqual(before);
  });

  test.each([
    ['tdp32', 'tdp1', 'NOT_FOUND'],
    ['yencuong', 'tdp32', 'NOT_FOUND'],
    ['ninhbinh', 'tdp32', 'NOT_FOUND'],
    ['viewer', 'tdp32', 'FORBIDDEN'],
    ['thaonguyen', 'tdp32', null],
    ['sonla', 'tdp32', null],
    ['yencuong', 'yencuongThon', null],
  ])('%s updating neighbourhood %s → %s', async (user, key, expected) => {
    const before = await neighbourhoodState(key);
    const res = await app.gql(UPDATE_NEIGHBOURHOOD, { id: id[key as keyof FixtureIds], input: { note: `ghi chú của ${user}` } }, user);
    if (expected) {
      expect(codeOf(res)).toBe(expected);
      expect(await neighbourhoodState(key)).toEqual(before);
    } else {
      expect(res.errors).toBeUndefined();
      expect((await neighbourhoodState(key))?.version).toBe((before?.version ?? 0) + 1);
    }
  });

  test.each([
    ['thaonguyen', 'thaonguyen', null],
    ['sonla', 'thaonguyen', null],
    ['tdp32', 'thaonguyen', 'FORBIDDEN'],
    ['viewer', 'thaonguyen', 'FORBIDDEN'],
    ['thaonguyen', 'otherSonlaWard', 'NOT_FOUND'],
    ['ninhbinh', 'thaonguyen', 'NOT_FOUND'],
  ])('%s updating ward %s → %s', async (user, key, expected) => {
    const res = await app.gql('mutation($id: ID!) { updateWard(id: $id, input: { name: "Phường Thảo Nguyên" }) { version } }', { id: id[key as keyof FixtureIds] }, user);
    if (expected) expect(codeOf(res)).toBe(expected);
    else expect(res.errors).toBeUndefined();
  });

  test.each([
    ['thaonguyen', 'FORBIDDEN'],
    ['tdp32', 'FORBIDDEN'],
    ['ninhbinh', 'NOT_FOUND'],
    ['sonla', null],
  ])('%s updating the province Sơn La → %s (ancestors are readable, not writable)', async (user, expected) => {
    const res = await app.gql('mutation($id: ID!) { updateProvince(id: $id, input: { shortCode: "SLA" }) { version } }', { id: id.sonla }, user);
    if (expected) expect(codeOf(res)).toBe(expected);
    else expect(res.errors).toBeUndefined();
  });

  test('a ward officer cannot move their ward to another province', async () => {
    const res = await app.gql('mutation($id: ID!, $p: ID!) { updateWard(id: $id, input: { provinceId: $p }) { provinceId } }', { id: id.thaonguyen, p: id.ninhbinh }, 'thaonguyen');
    expect(codeOf(res)).toBe('FORBIDDEN');
  });

  test('a ward officer cannot move a neighbourhood out of their ward', async () => {
    const res = await app.gql(UPDATE_NEIGHBOURHOOD, { id: id.tdp1, input: { wardId: id.otherSonlaWard } }, 'thaonguyen');
    expect(codeOf(res)).toBe('NOT_FOUND');
  });
});

describe('deleting units', () => {
  async function createNeighbourhood(code: string): Promise<string> {
    const res = await app.gql<{ createNeighbourhood: { id: string } }>(
      NEW_NEIGHBOURHOOD,
      { input: { wardId: id.thaonguyen, code, name: `Xoá thử ${code}`, type: 'TO_DAN_PHO' } },
      'admin',
    );
    return res.data?.createNeighbourhood.id as string;
  }

  test.each([
    ['tdp32', 'NOT_FOUND'],
    ['viewer', 'FORBIDDEN'],
    ['yencuong', 'NOT_FOUND'],
    ['thaonguyen', null],
    ['sonla', null],
  ])('%s deleting a neighbourhood of Thảo Nguyên → %s', async (user, expected) => {
    const target = await createNeighbourhood(`DEL-${user}`);
    const res = await app.gql<{ deleteNeighbourhood: string }>('mutation($id: ID!) { deleteNeighbourhood(id: $id) }', { id: target }, user);
    const still = await app.gql<{ neighbourhood: { id: string } | null }>('query($id: ID!) { neighbourhood(id: $id) { id } }', { id: target }, 'admin');
    if (expected) {
      expect(codeOf(res)).toBe(expected);
      expect(still.data?.neighbourhood?.id).toBe(target);
    } else {
      expect(res.errors).toBeUndefined();
      expect(res.data?.deleteNeighbourhood).toBe(target);
      expect(still.data?.neighbourhood).toBeNull();
    }
  });

  test('a head may not delete their own neighbourhood', async () => {
    const res = await app.gql('mutation($id: ID!) { deleteNeighbourhood(id: $id) }', { id: id.tdp32 }, 'tdp32');
    expect(codeOf(res)).toBe('FORBIDDEN');
  });

  test('a ward officer may not delete their own ward', async () => {
    const res = await app.gql('mutation($id: ID!) { deleteWard(id: $id) }', { id: id.thaonguyen }, 'thaonguyen');
    expect(codeOf(res)).toBe('FORBIDDEN');
  });

  test('a unit with records under it is not deleted: CONFLICT, nothing lost', async () => {
    const res = await app.gql('mutation($id: ID!) { deleteWard(id: $id) }', { id: id.thaonguyen }, 'sonla');
    expect(codeOf(res)).toBe('CONFLICT');
    expect(res.errors?.[0]?.message).toMatch(/Neighbourhood/);
  });
});
