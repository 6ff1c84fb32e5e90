/**
 * The API's one registry of areas (api/areas.ts): every resource it lists is served through the
 * whole contract and reported by `permissions`, so no test or module keeps its own list.
 */
import { buildSchema } from '../api/graphql/schema';
import { AREAS } from '../api/areas';
import { startTestApp, type TestApp } from './helpers/app';

import { GraphQLEnumType, GraphQLInputObjectType, getNamedType, type GraphQLObjectType } from 'graphql';

const resources = AREAS.flatMap((area) => Object.entries(area.resources ?? {}).map(([list, repo]) => ({ area: area.name, list, type: repo.entityType, sortFields: Object.keys(repo.def.sortFields) })));

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

test('the registry lists every resource of the contract once', () => {
  expect(new Set(resources.map((r) => r.list)).size).toBe(resources.length);
  // Every top-level list of records with per-record access (the contract's resources) is registered.
  const query = buildSchema().getQueryType()?.getFields() ?? {};
  const contractLists = Object.values(query)
    .filter((field) => {
      const page = getNamedType(field.type) as GraphQLObjectType;
      const items = page.getFields?.().items;
      return page.name.endsWith('Page') && items && 'access' in (getNamedType(items.type) as GraphQLObjectType).getFields();
    })
    .map((field) => field.name);
  expect(resources.map((r) => r.list).sort()).toEqual(contractLists.sort());
});

/** The list query's `orderBy` enum (e.g. ProvinceSortField) as the SDL declares it. */
function sortEnumOf(list: string): GraphQLEnumType {
  const orderBy = buildSchema().getQueryType()?.getFields()[list]?.args.find((a) => a.name === 'orderBy');
  const input = orderBy && getNamedType(orderBy.type);
  const fieldType = input instanceof GraphQLInputObjectType ? input.getFields().field?.type : undefined;
  const field = fieldType && getNamedType(fieldType);
  if (!(field instanceof GraphQLEnumType)) throw new Error(`${list} has no typed orderBy`);
  return field;
}

test.each(resources)('$list sorts by exactly the fields its SDL enum names, each in both directions', async ({ list, type, sortFields }) => {
  const values = sortEnumOf(list).getValues().map((v) => v.name);
  expect(values.sort()).toEqual([...sortFields].sort());
  for (const field of values) {
    for (const order of ['ASC', 'DESC']) {
      const res = await app.gql(`query($o: ${type}Sort) { ${list}(orderBy: $o, page: { limit: 3 }) { total items { id } } }`, { o: { field, order } }, 'admin');
      expect(res.errors).toBeUndefined();
    }
  }
});

test("the deprecated free-text sort is still accepted, unknown fields are refused, and the two arguments together are refused", async () => {
  const old = await app.gql<{ provinces: { items: Array<{ name: string }> } }>('{ provinces(sort: { field: "name", order: DESC }, page: { limit: 3 }) { items { name } } }', {}, 'admin');
  const typed = await app.gql<{ provinces: { items: Array<{ name: string }> } }>('{ provinces(orderBy: { field: name, order: DESC }, page: { limit: 3 }) { items { name } } }', {}, 'admin');
  expect(old.errors).toBeUndefined();
  expect(typed.data?.provinces.items).toEqual(old.data?.provinces.items);
  const unknown = await app.gql('{ provinces(sort: { field: "type" }) { total } }', {}, 'admin');
  expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  const notInEnum = await app.gql('{ provinces(orderBy: { field: type }) { total } }', {}, 'admin');
  expect(notInEnum.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  const both = await app.gql('{ provinces(sort: { field: "name" }, orderBy: { field: code }) { total } }', {}, 'admin');
  expect(both.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  // A child list takes the same arguments.
  const child = await app.gql<{ provinces: { items: Array<{ wards: { items: Array<{ code: string }> } }> } }>(
    '{ provinces(page: { limit: 1 }, orderBy: { field: code }) { items { wards(orderBy: { field: code, order: DESC }, page: { limit: 5 }) { items { code } } } } }',
    {},
    'admin',
  );
  expect(child.errors).toBeUndefined();
  const codes = child.data?.provinces.items[0]?.wards.items.map((w) => w.code) ?? [];
  expect(codes.length).toBeGreaterThan(1);
  expect(codes).toEqual([...codes].sort().reverse());
});

test.each(resources)('$list ($area) has xs, x, createX, updateX, deleteX and X.access', ({ list, type }) => {
  const schema = buildSchema();
  const one = type.charAt(0).toLowerCase() + type.slice(1);
  const query = schema.getQueryType()?.getFields() ?? {};
  const mutation = schema.getMutationType()?.getFields() ?? {};
  expect(Object.keys(query)).toEqual(expect.arrayContaining([list, one]));
  expect(Object.keys(mutation)).toEqual(expect.arrayContaining([`create${type}`, `update${type}`, `delete${type}`]));
  const objectType = schema.getType(type) as { getFields?: () => Record<string, { resolve?: unknown }> } | undefined;
  expect(objectType?.getFields?.().access?.resolve).toBeInstanceOf(Function);
});

test('permissions reports every registered resource, and the audit log', async () => {
  const res = await app.gql<{ permissions: Array<{ resource: string; read: boolean }> }>('{ permissions { resource read } }', {}, 'admin');
  expect(res.errors).toBeUndefined();
  expect(res.data?.permissions.map((p) => p.resource).sort()).toEqual([...resources.map((r) => r.list), 'auditEntries'].sort());
  expect(res.data?.permissions.every((p) => p.read)).toBe(true);
});

test("the audit log's record types are the registry's: each one filters, an unknown one is refused", async () => {
  for (const { type } of resources) {
    const res = await app.gql('query($t: String) { auditEntries(filter: { entityType: $t }, page: { limit: 1 }) { total } }', { t: type }, 'admin');
    expect([type, res.errors]).toEqual([type, undefined]);
  }
  const unknown = await app.gql('{ auditEntries(filter: { entityType: "Household" }) { total } }', {}, 'admin');
  expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});
