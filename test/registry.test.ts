/**
 * The API's one registry of areas (api/areas.ts): every resource it lists is served through the
 * whole contract and reported by `permissions`, so no test or module keeps its own list.
 */
import { buildSchema } from '../api/graphql/schema';
import { AREAS } from '../api/areas';
import { startTestApp, type TestApp } from './helpers/app';

const resources = AREAS.flatMap((area) => Object.entries(area.resources ?? {}).map(([list, repo]) => ({ area: area.name, list, type: repo.entityType })));

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

test('the registry lists every resource of the contract once', () => {
  expect(new Set(resources.map((r) => r.list)).size).toBe(resources.length);
  expect(resources.map((r) => r.list).sort()).toEqual(['assessments', 'criteriaSets', 'establishments', 'models', 'neighbourhoods', 'programmes', 'provinces', 'reports', 'users', 'wards']);
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
