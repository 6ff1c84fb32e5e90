/**
 * No N+1: the number of database commands a query issues does not grow with the page size.
 * Counts come from the MongoDB driver's command monitoring; no wall-clock assertions here
 * (speed is measured in bench/).
 */
import { QUERY_LIMITS } from '../api/server';
import { codeOf, startTestApp, type TestApp } from './helpers/app';

let app: TestApp;
let token: string;

beforeAll(async () => {
  app = await startTestApp();
  token = await app.token('admin');
  // Give some neighbourhoods heads so the `head` hop has work to do.
  const heads = await app.gql<{ users: { items: Array<{ id: string }> } }>('{ users(filter: { role: NEIGHBOURHOOD_HEAD }) { items { id } } }', {}, 'admin');
  const some = await app.gql<{ neighbourhoods: { items: Array<{ id: string }> } }>('{ neighbourhoods(page: { limit: 5 }) { items { id } } }', {}, 'admin');
  for (const n of some.data?.neighbourhoods.items ?? []) {
    await app.gql('mutation($id: ID!, $h: ID) { updateNeighbourhood(id: $id, input: { headUserId: $h }) { id } }', { id: n.id, h: heads.data?.users.items[0]?.id }, 'admin');
  }
});
afterAll(() => app.close());

const NESTED = 'query($limit: Int) { neighbourhoods(page: { limit: $limit }) { total items { ward { name province { name } } head { username } } } }';

/** Commands for one request, minus the one every authenticated request spends on the caller's account. */
async function queryCommands(query: string, variables: Record<string, unknown>) {
  let items = 0;
  const counted = await app.countCommands(async () => {
    const res = await app.gql<{ neighbourhoods: { items: unknown[] } }>(query, variables, { token });
    expect(res.errors).toBeUndefined();
    items = res.data?.neighbourhoods?.items.length ?? 0;
  });
  const auth = await app.countCommands(() => app.gql('{ me { id } }', {}, { token }));
  return { ...counted, query: counted.total - auth.total, auth: auth.total, items };
}

test('authenticating a request costs exactly one lookup of the caller’s account', async () => {
  const auth = await app.countCommands(() => app.gql('{ me { id } }', {}, { token }));
  expect(auth).toEqual({ total: 1, byName: { find: 1 } });
});

test('nested parents and heads: the same few commands for 10 rows as for 100', async () => {
  const small = await queryCommands(NESTED, { limit: 10 });
  const large = await queryCommands(NESTED, { limit: 100 });
  expect(small.items).toBe(10);
  expect(large.items).toBe(39); // the whole fixture
  expect(large.query).toBe(small.query);
  expect(large.query).toBeLessThanOrEqual(5);
  // the page (find) + its total (countDocuments runs as an aggregate) + one batch each for wards, provinces and heads, + the caller
  expect(large.byName).toEqual({ find: 5, aggregate: 1 });
});

test('child lists are batched across parents: one count and one find per hop', async () => {
  const q = 'query($limit: Int) { wards(page: { limit: $limit }, sort: { field: "code" }) { items { name neighbourhoods(page: { limit: 3 }) { total items { name } } } } }';
  let few = 0;
  let many = 0;
  for (const [limit, set] of [[5, (n: number) => (few = n)], [150, (n: number) => (many = n)]] as const) {
    const c = await app.countCommands(() => app.gql(q, { limit }, { token }));
    set(c.total);
  }
  // caller + wards page + total + one count and one find for all the neighbourhoods
  // (the find is skipped when no ward in the batch has any, as for the first five here)
  expect(few).toBeLessThanOrEqual(many);
  expect(many).toBe(5);
});

test('provinces with their wards: a fixed number of commands', async () => {
  const c = await app.countCommands(async () => {
    const res = await app.gql<{ provinces: { items: Array<{ wards: { total: number; items: unknown[] } }> } }>(
      '{ provinces { items { name wards(page: { limit: 10 }) { total items { name } } } } }',
      {},
      { token },
    );
    expect(res.data?.provinces.items.every((p) => p.wards.items.length === 10 && p.wards.total > 10)).toBe(true);
  });
  expect(c.total).toBe(5);
});

test('queries deeper or costlier than the limits are refused before they run', async () => {
  let deep = 'name';
  for (let i = 0; i < QUERY_LIMITS.maxDepth; i++) deep = `ward { province { wards { items { neighbourhoods { items { ${deep} } } } } } }`;
  const c = await app.countCommands(async () => {
    const res = await app.gql(`{ neighbourhoods { items { ${deep} } } }`, {}, { token });
    expect(res.errors?.[0]?.message).toMatch(/depth|cost/i);
    expect(codeOf(res)).toBe('GRAPHQL_VALIDATION_FAILED');
  });
  expect(c.total).toBeLessThanOrEqual(1); // only the caller's account lookup
});

test('depth alone is limited too', async () => {
  // A chain of single objects: cheap, but deeper than the limit.
  let deep = 'id';
  for (let i = 0; i < QUERY_LIMITS.maxDepth; i++) deep = `ward { province { id } neighbourhoods { items { ${deep} } } }`;
  const res = await app.gql(`{ neighbourhood(id: "000000000000000000000000") { ${deep} } }`, {}, { token });
  expect(res.errors?.[0]?.message).toMatch(/depth|cost/i);
  const ok = await app.gql('{ neighbourhoods(page: { limit: 1 }) { items { ward { province { wards(page: { limit: 1 }) { items { name } } } } } } }', {}, { token });
  expect(ok.errors).toBeUndefined();
});

test('too many aliases are refused', async () => {
  const aliases = Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: ping`).join(' ');
  const res = await app.gql(`{ ${aliases} }`, {}, { token });
  expect(res.errors?.[0]?.message).toMatch(/alias/i);
});
