/**
 * Community groups (nhóm Zalo ANTT), scoped like models: officers keep their area's, a head keeps
 * the member counts, households covered and link of their own neighbourhood's groups, a viewer
 * reads, nobody reaches outside their scope. The naming rule of the model flags misnamed groups.
 */
import type { Model } from 'mongoose';
import { CommunityGroup } from '../api/community/community-group.model';
import { communityGroups } from '../api/community/community-group.service';
import { emitGroupNamingRuleChanged } from '../api/community/naming-events';
import { codeOf, fixtureIds, type FixtureIds, type GraphQLResponse, type TestApp, startTestApp } from './helpers/app';

let app: TestApp;
let id: FixtureIds;
const model = { yencuong: '', thaonguyen: '', plain: '' };
const group = { yencuong: '', tdp32: '', tdp1: '' };
const user = { yencuong: '', thaonguyen: '', tdp32: '', viewer: '', sonla: '' };
let thonName = '';
let tdp1Name = '';

const FIELDS = 'id version name unitId unitLevel unitName provinceId wardId neighbourhoodId organisationId platform link members householdsCovered memberCounts { role count } namingRule expectedName followsNamingRule administratorUserId administratorName isSample';
const CREATE = `mutation($input: CommunityGroupCreateInput!) { createCommunityGroup(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: CommunityGroupUpdateInput!, $v: Int) { updateCommunityGroup(id: $id, input: $input, expectedVersion: $v) { ${FIELDS} } }`;
const DELETE = 'mutation($id: ID!) { deleteCommunityGroup(id: $id) }';
const CREATE_MODEL = 'mutation($u: ID!, $n: String!, $r: String) { createModel(input: { name: $n, category: ZALO_GROUP, unitId: $u, leadBody: "Công an", status: OPERATING, groupNamingRule: $r }) { id } }';

interface Group {
  id: string;
  version: number;
  name: string;
  unitLevel: string;
  unitName: string;
  organisationId: string | null;
  members: number;
  householdsCovered: number | null;
  memberCounts: Array<{ role: string; count: number }>;
  namingRule: string | null;
  expectedName: string | null;
  followsNamingRule: boolean | null;
  administratorUserId: string | null;
  administratorName: string | null;
}

const groupInput = (modelId: string, unitId: string, name: string, extra: Record<string, unknown> = {}) => ({
  modelId,
  unitId,
  platform: 'ZALO',
  name,
  memberCounts: [
    { role: 'ADMIN', count: 1 },
    { role: 'RESIDENT', count: 120 },
  ],
  householdsCovered: 90,
  ...extra,
});

const created = (res: GraphQLResponse<{ createCommunityGroup: Group }>): Group => {
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createCommunityGroup;
};
const fieldPaths = (res: GraphQLResponse<unknown>) => res.errors?.[0]?.extensions?.fields?.map((f) => f.path).sort();

beforeAll(async () => {
  app = await startTestApp();
  id = await fixtureIds(app);
  const make = async (unitId: string, name: string, as: string, rule: string | null) => {
    const res = await app.gql<{ createModel: { id: string } }>(CREATE_MODEL, { u: unitId, n: name, r: rule }, as);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.createModel.id;
  };
  model.yencuong = await make(id.yencuong, 'Zalo an ninh trật tự của Cảnh sát khu vực', 'yencuong', 'Zalo ANTT {unit} xã Yên Cường');
  model.thaonguyen = await make(id.thaonguyen, 'Zalo ANTT phường Thảo Nguyên', 'thaonguyen', 'Zalo ANTT {unit} phường Thảo Nguyên');
  model.plain = await make(id.thaonguyen, 'Nhóm tự quản không quy tắc tên', 'thaonguyen', null);

  const names = await app.gql<{ thon: { name: string }; tdp1: { name: string } }>(
    'query($t: ID!, $d: ID!) { thon: neighbourhood(id: $t) { name } tdp1: neighbourhood(id: $d) { name } }',
    { t: id.yencuongThon, d: id.tdp1 },
    'admin',
  );
  thonName = names.data?.thon.name as string;
  tdp1Name = names.data?.tdp1.name as string;
  const accounts = await app.gql<{ users: { items: Array<{ id: string; username: string }> } }>('{ users(page: { limit: 200 }) { items { id username } } }', {}, 'admin');
  for (const key of Object.keys(user) as Array<keyof typeof user>) {
    user[key] = accounts.data?.users.items.find((u) => u.username === key)?.id as string;
  }

  group.yencuong = created(await app.gql(CREATE, { input: groupInput(model.yencuong, id.yencuongThon, `Zalo ANTT ${thonName} xã Yên Cường`, { administratorUserId: user.yencuong }) }, 'yencuong')).id;
  // Case, diacritics and spacing do not matter.
  group.tdp32 = created(await app.gql(CREATE, { input: groupInput(model.thaonguyen, id.tdp32, 'zalo  antt to dan pho 3/2 PHUONG thao nguyen') }, 'thaonguyen')).id;
  group.tdp1 = created(await app.gql(CREATE, { input: groupInput(model.thaonguyen, id.tdp1, 'Nhóm an ninh TDP 1') }, 'thaonguyen')).id;
});
afterAll(() => app.close());

const listed = async (as: string, filter: Record<string, unknown> = {}) => {
  const res = await app.gql<{ communityGroups: { items: Array<{ id: string }> } }>(
    'query($f: CommunityGroupFilter) { communityGroups(filter: $f, page: { limit: 200 }) { items { id } } }',
    { f: filter },
    as,
  );
  expect(res.errors).toBeUndefined();
  return res.data?.communityGroups.items.map((g) => g.id).sort() ?? [];
};
const keysOf = (...keys: Array<keyof typeof group>) => keys.map((k) => group[k]).sort();

describe('reading', () => {
  test.each([
    ['admin', ['yencuong', 'tdp32', 'tdp1']],
    ['sonla', ['tdp32', 'tdp1']],
    ['thaonguyen', ['tdp32', 'tdp1']],
    ['tdp32', ['tdp32']],
    ['viewer', ['tdp32', 'tdp1']],
    ['ninhbinh', ['yencuong']],
    ['yencuong', ['yencuong']],
    ['daklak', []],
  ])('%s lists the groups of their scope only', async (as, keys) => {
    expect(await listed(as)).toEqual(keysOf(...(keys as Array<keyof typeof group>)));
  });

  test('a group outside the scope is NOT_FOUND; the head reads their own group but not the officer’s account', async () => {
    expect(codeOf(await app.gql('query($id: ID!) { communityGroup(id: $id) { id } }', { id: group.yencuong }, 'thaonguyen'))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql('query($id: ID!) { communityGroup(id: $id) { id } }', { id: group.tdp1 }, 'tdp32'))).toBe('NOT_FOUND');
    const read = (as: string) =>
      app.gql<{ communityGroup: { administrator: { username: string } | null; administratorName: string | null; unit: { name: string } | null; model: { id: string } | null } }>(
        'query($id: ID!) { communityGroup(id: $id) { administrator { username } administratorName unit { name } model { id } } }',
        { id: group.yencuong },
        as,
      );
    expect((await read('yencuong')).data?.communityGroup).toEqual({ administrator: { username: 'yencuong' }, administratorName: 'Công an xã Yên Cường', unit: { name: thonName }, model: { id: model.yencuong } });
    expect((await read('ninhbinh')).data?.communityGroup.administratorName).toBe('Công an xã Yên Cường');
  });

  test('a model and a neighbourhood list their own groups, batched across parents', async () => {
    const res = await app.gql<{ models: { items: Array<{ id: string; communityGroups: { total: number; items: Array<{ id: string }> } }> }; neighbourhood: { communityGroups: { total: number; items: Array<{ id: string }> } } }>(
      'query($n: ID!) { models(page: { limit: 50 }) { items { id communityGroups { total items { id } } } } neighbourhood(id: $n) { communityGroups { total items { id } } } }',
      { n: id.tdp32 },
      'thaonguyen',
    );
    expect(res.errors).toBeUndefined();
    const byModel = new Map(res.data?.models.items.map((m) => [m.id, m.communityGroups]));
    expect(byModel.get(model.thaonguyen)?.items.map((g) => g.id).sort()).toEqual(keysOf('tdp32', 'tdp1'));
    expect(byModel.get(model.plain)?.total).toBe(0);
    expect(res.data?.neighbourhood.communityGroups).toEqual({ total: 1, items: [{ id: group.tdp32 }] });
  });

  test('filters by model, unit, platform and search; sorts by members', async () => {
    expect(await listed('admin', { modelId: model.yencuong })).toEqual(keysOf('yencuong'));
    expect(await listed('admin', { unitId: id.tdp1 })).toEqual(keysOf('tdp1'));
    expect(await listed('admin', { platform: 'FACEBOOK' })).toEqual([]);
    expect(await listed('admin', { q: 'yen cuong', platform: 'ZALO' })).toEqual(keysOf('yencuong'));
    const sorted = await app.gql<{ communityGroups: { items: Array<{ members: number }> } }>('{ communityGroups(orderBy: { field: members, order: DESC }) { items { members } } }', {}, 'admin');
    const members = sorted.data?.communityGroups.items.map((g) => g.members) ?? [];
    expect(members).toEqual([...members].sort((a, b) => b - a));
  });

  test('every filter and sort is backed by an index', async () => {
    const indexes = (await (CommunityGroup as unknown as Model<never>).listIndexes()) as Array<{ key: Record<string, number> }>;
    const leading = indexes.map((i) => Object.keys(i.key)[0]);
    const wanted = [...Object.values(communityGroups.def.sortFields), 'provinceId', 'wardId', 'neighbourhoodId', 'organisationId', 'modelId', 'unitId', 'platform', 'followsNamingRule'];
    expect(wanted.filter((f) => !leading.includes(f))).toEqual([]);
  });
});

describe('the naming rule', () => {
  test('a group named by the rule follows it; a misnamed one is flagged and the filter finds it', async () => {
    const res = await app.gql<{ good: Group; bad: Group }>(`query($g: ID!, $b: ID!) { good: communityGroup(id: $g) { ${FIELDS} } bad: communityGroup(id: $b) { ${FIELDS} } }`, { g: group.tdp32, b: group.tdp1 }, 'thaonguyen');
    expect(res.data?.good).toMatchObject({ namingRule: 'Zalo ANTT {unit} phường Thảo Nguyên', expectedName: 'Zalo ANTT Tổ dân phố 3/2 phường Thảo Nguyên', followsNamingRule: true });
    expect(res.data?.bad).toMatchObject({ expectedName: `Zalo ANTT ${tdp1Name} phường Thảo Nguyên`, followsNamingRule: false });
    expect(await listed('thaonguyen', { followsNamingRule: false })).toEqual(keysOf('tdp1'));
    expect(await listed('admin', { followsNamingRule: true })).toEqual(keysOf('yencuong', 'tdp32'));
  });

  test('without a rule the verdict is null and neither filter lists the group', async () => {
    const plain = created(await app.gql(CREATE, { input: groupInput(model.plain, id.tdp1, 'Bất kỳ tên nào') }, 'thaonguyen'));
    expect(plain).toMatchObject({ namingRule: null, expectedName: null, followsNamingRule: null });
    expect(await listed('thaonguyen', { followsNamingRule: false })).not.toContain(plain.id);
    expect(await listed('thaonguyen', { followsNamingRule: true })).not.toContain(plain.id);
    expect((await app.gql<{ deleteCommunityGroup: string }>(DELETE, { id: plain.id }, 'thaonguyen')).data?.deleteCommunityGroup).toBe(plain.id);
  });

  test('proposedGroupName answers the rule’s name for the unit, null without a rule, and refuses what the caller cannot see', async () => {
    const ask = (m: string, u: string, as: string) => app.gql<{ proposedGroupName: string | null }>('query($m: ID!, $u: ID!) { proposedGroupName(modelId: $m, unitId: $u) }', { m, u }, as);
    expect((await ask(model.yencuong, id.yencuongThon, 'yencuong')).data?.proposedGroupName).toBe(`Zalo ANTT ${thonName} xã Yên Cường`);
    expect((await ask(model.plain, id.tdp1, 'thaonguyen')).data?.proposedGroupName).toBeNull();
    expect(codeOf(await ask(model.yencuong, id.yencuongThon, 'thaonguyen'))).toBe('BAD_USER_INPUT');
    expect(codeOf(await ask(model.thaonguyen, 'not-an-id', 'thaonguyen'))).toBe('BAD_USER_INPUT');
  });

  test('renaming the group to the rule’s name clears the flag', async () => {
    const current = await app.gql<{ communityGroup: { version: number; expectedName: string } }>('query($id: ID!) { communityGroup(id: $id) { version expectedName } }', { id: group.tdp1 }, 'thaonguyen');
    const fixed = await app.gql<{ updateCommunityGroup: Group }>(UPDATE, { id: group.tdp1, input: { name: current.data?.communityGroup.expectedName }, v: current.data?.communityGroup.version }, 'thaonguyen');
    expect(fixed.data?.updateCommunityGroup.followsNamingRule).toBe(true);
    expect(await listed('thaonguyen', { followsNamingRule: false })).toEqual([]);
  });

  test('a renamed neighbourhood and a changed rule are followed by the stored verdict', async () => {
    const verdictOf = async () =>
      (await app.gql<{ communityGroup: Group }>(`query($id: ID!) { communityGroup(id: $id) { ${FIELDS} } }`, { id: group.tdp1 }, 'admin')).data?.communityGroup;
    const renamed = await app.gql('mutation($id: ID!) { updateNeighbourhood(id: $id, input: { name: "Tổ dân phố Một" }) { id } }', { id: id.tdp1 }, 'thaonguyen');
    expect(renamed.errors).toBeUndefined();
    expect(await verdictOf()).toMatchObject({ unitName: 'Tổ dân phố Một', expectedName: 'Zalo ANTT Tổ dân phố Một phường Thảo Nguyên', followsNamingRule: false });
    expect(await listed('thaonguyen', { followsNamingRule: false })).toEqual(keysOf('tdp1'));
    await app.gql('mutation($id: ID!, $n: String!) { updateNeighbourhood(id: $id, input: { name: $n }) { id } }', { id: id.tdp1, n: tdp1Name }, 'thaonguyen');
    expect((await verdictOf())?.followsNamingRule).toBe(true);

    const ruled = await app.gql('mutation($id: ID!) { updateModel(id: $id, input: { groupNamingRule: "Zalo ANTT {unit} - Thảo Nguyên" }) { id } }', { id: model.thaonguyen }, 'thaonguyen');
    expect(ruled.errors).toBeUndefined();
    // What the models service announces after a change of groupNamingRule (idempotent if it already has).
    await emitGroupNamingRuleChanged({ modelId: model.thaonguyen });
    expect(await verdictOf()).toMatchObject({ namingRule: 'Zalo ANTT {unit} - Thảo Nguyên', expectedName: `Zalo ANTT ${tdp1Name} - Thảo Nguyên`, followsNamingRule: false });
    expect(await listed('thaonguyen', { followsNamingRule: false })).toEqual(keysOf('tdp32', 'tdp1'));
    await app.gql('mutation($id: ID!) { updateModel(id: $id, input: { groupNamingRule: "Zalo ANTT {unit} phường Thảo Nguyên" }) { id } }', { id: model.thaonguyen }, 'thaonguyen');
    await emitGroupNamingRuleChanged({ modelId: model.thaonguyen });
    expect(await listed('thaonguyen', { followsNamingRule: false })).toEqual([]);
  });
});

describe('writing', () => {
  test('the head updates the member counts, households covered and link of their own group only', async () => {
    const own = await app.gql<{ updateCommunityGroup: Group }>(
      UPDATE,
      { id: group.tdp32, input: { memberCounts: [{ role: 'VILLAGE_HEAD', count: 1 }, { role: 'RESIDENT', count: 210 }], householdsCovered: 150, link: 'https://zalo.me/g/tdp32' }, v: 1 },
      'tdp32',
    );
    expect(own.errors).toBeUndefined();
    expect(own.data?.updateCommunityGroup).toMatchObject({ version: 2, members: 211, householdsCovered: 150 });
    const renamed = await app.gql(UPDATE, { id: group.tdp32, input: { name: 'Tên khác', householdsCovered: 151 } }, 'tdp32');
    expect(codeOf(renamed)).toBe('FORBIDDEN');
    expect(renamed.errors?.[0]?.message).toContain('name');
    expect(codeOf(await app.gql(UPDATE, { id: group.tdp1, input: { householdsCovered: 10 } }, 'tdp32'))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(CREATE, { input: groupInput(model.thaonguyen, id.tdp32, 'Zalo ANTT Tổ dân phố 3/2 phường Thảo Nguyên') }, 'tdp32'))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(DELETE, { id: group.tdp32 }, 'tdp32'))).toBe('FORBIDDEN');
    const access = await app.gql<{ communityGroup: { access: { update: boolean; delete: boolean; updatableFields: string[] } } }>(
      'query($id: ID!) { communityGroup(id: $id) { access { update delete updatableFields } } }',
      { id: group.tdp32 },
      'tdp32',
    );
    expect(access.data?.communityGroup.access).toEqual({ update: true, delete: false, updatableFields: ['memberCounts', 'householdsCovered', 'link'] });
  });

  test('a stale expectedVersion is a CONFLICT', async () => {
    expect(codeOf(await app.gql(UPDATE, { id: group.tdp32, input: { householdsCovered: 1 }, v: 1 }, 'thaonguyen'))).toBe('CONFLICT');
  });

  test.each([
    ['viewer', 'thaonguyen', 'tdp32', 'FORBIDDEN'],
    ['daklak', 'thaonguyen', 'tdp32', 'BAD_USER_INPUT'],
    ['thaonguyen', 'yencuong', 'yencuongThon', 'BAD_USER_INPUT'],
    ['yencuong', 'thaonguyen', 'tdp1', 'BAD_USER_INPUT'],
  ])('%s may not create a group of the %s model', async (as, modelKey, unitKey, code) => {
    const input = groupInput(model[modelKey as keyof typeof model], id[unitKey as keyof FixtureIds], 'Zalo ANTT x');
    expect(codeOf(await app.gql(CREATE, { input }, as))).toBe(code);
  });

  test('officers outside the scope can neither change nor delete; the viewer neither; the province officer may', async () => {
    for (const as of ['yencuong', 'ninhbinh']) {
      expect(codeOf(await app.gql(UPDATE, { id: group.tdp32, input: { note: 'x' } }, as))).toBe('NOT_FOUND');
      expect(codeOf(await app.gql(DELETE, { id: group.tdp32 }, as))).toBe('NOT_FOUND');
    }
    expect(codeOf(await app.gql(UPDATE, { id: group.tdp32, input: { note: 'x' } }, 'viewer'))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(DELETE, { id: group.tdp32 }, 'viewer'))).toBe('FORBIDDEN');
    const byProvince = await app.gql<{ updateCommunityGroup: Group }>(UPDATE, { id: group.tdp32, input: { administratorUserId: user.thaonguyen } }, 'sonla');
    expect(byProvince.data?.updateCommunityGroup).toMatchObject({ administratorUserId: user.thaonguyen, administratorName: 'Công an phường Thảo Nguyên' });
  });

  test('a unit outside the model’s unit is refused, even in the caller’s scope', async () => {
    const res = await app.gql(CREATE, { input: groupInput(model.thaonguyen, id.otherSonlaWard, 'Zalo ANTT x') }, 'sonla');
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(fieldPaths(res)).toEqual(['input.unitId']);
  });

  test('a group of the ward itself and of an organisation', async () => {
    const ward = created(await app.gql(CREATE, { input: groupInput(model.thaonguyen, id.thaonguyen, 'Zalo ANTT Phường Thảo Nguyên phường Thảo Nguyên', { platform: 'FACEBOOK' }) }, 'thaonguyen'));
    expect(ward).toMatchObject({ unitLevel: 'WARD', unitName: 'Phường Thảo Nguyên', followsNamingRule: true });
    const org = await app.gql<{ createOrganisation: { id: string } }>('mutation($u: ID!) { createOrganisation(input: { unitId: $u, name: "Trường THCS Thảo Nguyên", kind: SCHOOL }) { id } }', { u: id.thaonguyen }, 'thaonguyen');
    const orgId = org.data?.createOrganisation.id as string;
    const proposed = await app.gql<{ proposedGroupName: string }>('query($m: ID!, $u: ID!) { proposedGroupName(modelId: $m, unitId: $u) }', { m: model.thaonguyen, u: orgId }, 'thaonguyen');
    expect(proposed.data?.proposedGroupName).toBe('Zalo ANTT Trường THCS Thảo Nguyên phường Thảo Nguyên');
    const school = created(await app.gql(CREATE, { input: groupInput(model.thaonguyen, orgId, proposed.data?.proposedGroupName as string) }, 'thaonguyen'));
    expect(school).toMatchObject({ unitLevel: 'ORGANISATION', organisationId: orgId, followsNamingRule: true });
    const read = await app.gql<{ communityGroup: { organisation: { name: string }; unit: null; wardId: string } }>('query($id: ID!) { communityGroup(id: $id) { organisation { name } unit { id } wardId } }', { id: school.id }, 'sonla');
    expect(read.data?.communityGroup).toEqual({ organisation: { name: 'Trường THCS Thảo Nguyên' }, unit: null, wardId: id.thaonguyen });
    for (const g of [ward.id, school.id]) expect((await app.gql<{ deleteCommunityGroup: string }>(DELETE, { id: g }, 'admin')).data?.deleteCommunityGroup).toBe(g);
  });

  test('bad input is refused with its paths', async () => {
    const refusal = async (extra: Record<string, unknown>, base = groupInput(model.thaonguyen, id.tdp1, 'Zalo ANTT x')) => {
      const res = await app.gql(CREATE, { input: { ...base, ...extra } }, 'thaonguyen');
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      return fieldPaths(res);
    };
    expect(await refusal({ memberCounts: [{ role: 'RESIDENT', count: -1 }], householdsCovered: -5 })).toEqual(['input.householdsCovered', 'input.memberCounts.0.count']);
    expect(await refusal({ memberCounts: [{ role: 'RESIDENT', count: 1 }, { role: 'RESIDENT', count: 2 }] })).toEqual(['input.memberCounts.1.role']);
    expect(await refusal({ name: '  ', link: 'x'.repeat(1001) })).toEqual(['input.link', 'input.name']);
    expect(await refusal({ createdOn: '2026-02-30' })).toEqual(['input.createdOn']);
    // Accounts that do not cover the group's unit: another ward's officer, a viewer, an unknown id.
    for (const admin of [user.yencuong, user.viewer, '0123456789abcdef01234567']) expect(await refusal({ administratorUserId: admin })).toEqual(['input.administratorUserId']);
    // The head of another neighbourhood does not cover Tổ dân phố 1.
    expect(await refusal({ administratorUserId: user.tdp32 })).toEqual(['input.administratorUserId']);
    // An unknown role or platform and a fraction of a member are refused by the schema itself.
    expect(codeOf(await app.gql(CREATE, { input: { ...groupInput(model.thaonguyen, id.tdp1, 'x'), memberCounts: [{ role: 'RESIDENT', count: 1.5 }] } }, 'thaonguyen'))).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.gql(CREATE, { input: { ...groupInput(model.thaonguyen, id.tdp1, 'x'), memberCounts: [{ role: 'CHAIRMAN', count: 1 }] } }, 'thaonguyen'))).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.gql(CREATE, { input: { ...groupInput(model.thaonguyen, id.tdp1, 'x'), platform: 'SIGNAL' } }, 'thaonguyen'))).toBe('BAD_USER_INPUT');
  });

  test('households covered cannot exceed the neighbourhood’s households', async () => {
    const set = await app.gql('mutation($id: ID!) { updateNeighbourhood(id: $id, input: { households: 100 }) { id } }', { id: id.tdp1 }, 'thaonguyen');
    expect(set.errors).toBeUndefined();
    const res = await app.gql(UPDATE, { id: group.tdp1, input: { householdsCovered: 101 } }, 'thaonguyen');
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(fieldPaths(res)).toEqual(['input.householdsCovered']);
    expect((await app.gql<{ updateCommunityGroup: Group }>(UPDATE, { id: group.tdp1, input: { householdsCovered: 100 } }, 'thaonguyen')).data?.updateCommunityGroup.householdsCovered).toBe(100);
  });
});

describe('audit, moves and deletes', () => {
  test('every change is audited, readable in scope only', async () => {
    const log = (as: string) =>
      app.gql<{ auditEntries: { items: Array<{ action: string }> } }>('query($e: ID!) { auditEntries(filter: { entityId: $e }) { items { action } } }', { e: group.tdp32 }, as);
    expect((await log('thaonguyen')).data?.auditEntries.items.map((e) => e.action).sort()).toEqual(['CREATE', 'UPDATE', 'UPDATE']);
    expect((await log('ninhbinh')).data?.auditEntries.items).toEqual([]);
  });

  test('a neighbourhood moved to another ward takes its groups into the new scope', async () => {
    const moved = await app.gql('mutation($id: ID!, $w: ID!) { updateNeighbourhood(id: $id, input: { wardId: $w }) { id } }', { id: id.tdp32, w: id.otherSonlaWard }, 'sonla');
    expect(moved.errors).toBeUndefined();
    expect(await listed('thaonguyen')).toEqual(keysOf('tdp1'));
    expect(await listed('tdp32')).toEqual(keysOf('tdp32'));
    expect(await listed('sonla')).toEqual(keysOf('tdp32', 'tdp1'));
  });

  test('the officer in scope deletes a group; it is gone for everyone', async () => {
    expect((await app.gql<{ deleteCommunityGroup: string }>(DELETE, { id: group.yencuong }, 'yencuong')).data?.deleteCommunityGroup).toBe(group.yencuong);
    expect(await listed('admin')).not.toContain(group.yencuong);
  });
});
