/**
 * The seeded groups of Xã Yên Cường (seed 001, II.3.2.1): one Zalo group per sample thôn, xóm,
 * named by the model's rule, administered by the commune's police account, flagged as samples;
 * seeding again inserts nothing. The organisation's representative reads only its own groups.
 */
import { seedCommunityGroups } from '../seed/life/community-groups';
import { codeOf, startTestApp, type TestApp } from './helpers/app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ seed: 'demo' });
});
afterAll(() => app.close());

interface Seeded {
  name: string;
  unitName: string;
  platform: string;
  isSample: boolean;
  namingRule: string | null;
  followsNamingRule: boolean | null;
  householdsCovered: number;
  members: number;
  administrator: { username: string } | null;
  unit: { households: number | null };
  model: { name: string; groupNamingRule: string | null };
}

test('one sample Zalo group per thôn, xóm of Xã Yên Cường, named by the rule, within the neighbourhood’s households', async () => {
  const res = await app.gql<{ communityGroups: { total: number; items: Seeded[] } }>(
    `{ communityGroups(page: { limit: 50 }) { total items {
        name unitName platform isSample namingRule followsNamingRule householdsCovered members
        administrator { username } unit { ... on Neighbourhood { households } } model { name groupNamingRule } } } }`,
    {},
    'yencuong',
  );
  expect(res.errors).toBeUndefined();
  const groups = res.data?.communityGroups.items ?? [];
  expect(groups.map((g) => g.unitName).sort()).toEqual(['Thôn 1', 'Thôn 2', 'Thôn 3', 'Thôn 4', 'Thôn 5', 'Thôn 6', 'Xóm 1', 'Xóm 2']);
  for (const g of groups) {
    expect(g).toMatchObject({
      name: `Zalo ANTT ${g.unitName} xã Yên Cường`,
      platform: 'ZALO',
      isSample: true,
      namingRule: 'Zalo ANTT {unit} xã Yên Cường',
      followsNamingRule: true,
      administrator: { username: 'yencuong' },
      model: { name: 'Zalo an ninh trật tự của Cảnh sát khu vực', groupNamingRule: 'Zalo ANTT {unit} xã Yên Cường' },
    });
    expect(g.members).toBeGreaterThan(g.householdsCovered);
    if (g.unit.households != null) expect(g.householdsCovered).toBeLessThanOrEqual(g.unit.households);
    expect(g.householdsCovered).toBeGreaterThan(0);
  }
  // Nowhere else has seeded groups; the dashboard's "households in the group" has its data.
  expect((await app.gql<{ communityGroups: { total: number } }>('{ communityGroups { total } }', {}, 'admin')).data?.communityGroups.total).toBe(8);
  expect(await seedCommunityGroups()).toBe(0);
});

test('the organisation’s representative reads its own organisation’s groups only and may not write', async () => {
  const own = await app.gql<{ me: { organisation: { id: string; provinceId: string } | null } }>('{ me { organisation { id provinceId } } }', {}, 'vpubndsonla');
  const org = own.data?.me.organisation;
  expect(org).toBeTruthy();
  const model = await app.gql<{ createModel: { id: string } }>(
    'mutation($u: ID!) { createModel(input: { name: "Zalo ANTT cơ quan tỉnh Sơn La", category: ZALO_GROUP, unitId: $u, leadBody: "Công an tỉnh", status: OPERATING, groupNamingRule: "Zalo ANTT {unit}" }) { id } }',
    { u: org?.provinceId },
    'sonla',
  );
  expect(model.errors).toBeUndefined();
  const made = await app.gql<{ createCommunityGroup: { id: string; followsNamingRule: boolean; unitLevel: string } }>(
    'mutation($m: ID!, $u: ID!) { createCommunityGroup(input: { modelId: $m, unitId: $u, platform: ZALO, name: "Nhóm cơ quan" }) { id followsNamingRule unitLevel } }',
    { m: model.data?.createModel.id, u: org?.id },
    'sonla',
  );
  expect(made.data?.createCommunityGroup).toMatchObject({ followsNamingRule: false, unitLevel: 'ORGANISATION' });
  const groupId = made.data?.createCommunityGroup.id as string;
  const listed = await app.gql<{ communityGroups: { items: Array<{ id: string }> } }>('{ communityGroups { items { id } } }', {}, 'vpubndsonla');
  expect(listed.data?.communityGroups.items).toEqual([{ id: groupId }]);
  expect(codeOf(await app.gql('mutation($id: ID!) { updateCommunityGroup(id: $id, input: { householdsCovered: 1 }) { id } }', { id: groupId }, 'vpubndsonla'))).toBe('FORBIDDEN');
  expect(codeOf(await app.gql('mutation($id: ID!) { deleteCommunityGroup(id: $id) }', { id: groupId }, 'vpubndsonla'))).toBe('FORBIDDEN');
  const access = await app.gql<{ permissions: Array<{ resource: string; read: boolean; create: boolean }> }>('{ permissions { resource read create } }', {}, 'vpubndsonla');
  expect(access.data?.permissions.find((p) => p.resource === 'communityGroups')).toEqual({ resource: 'communityGroups', read: true, create: false });
});
