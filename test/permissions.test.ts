/**
 * What the console is told it may do: `permissions` per resource and `access` per record come
 * from the same rules the repository enforces on every write, for each role, in and out of scope.
 */
import { codeOf, fixtureIds, startTestApp, type FixtureIds, type TestApp } from './helpers/app';
import { AREAS } from '../api/areas';

let app: TestApp;
let id: FixtureIds;

beforeAll(async () => {
  app = await startTestApp();
  id = await fixtureIds(app);
});
afterAll(() => app.close());

type Perm = { resource: string; read: boolean; create: boolean; update: boolean; delete: boolean };
const PERMISSIONS = '{ permissions { resource read create update delete } }';
const permissions = async (user: string) => {
  const res = await app.gql<{ permissions: Perm[] }>(PERMISSIONS, {}, user);
  return Object.fromEntries((res.data?.permissions ?? []).map(({ resource, ...rest }) => [resource, rest]));
};

test('each role is told what it may do with each kind of record', async () => {
  const admin = await permissions('admin');
  // Every resource of the registry, and the audit log (test/registry.test.ts checks the registry against the schema).
  expect(Object.keys(admin).sort()).toEqual([...AREAS.flatMap((a) => Object.keys(a.resources ?? {})), 'auditEntries'].sort());
  expect(Object.values(admin).every((p) => p.read)).toBe(true);
  expect(admin.criteriaSets).toEqual({ read: true, create: true, update: true, delete: true });

  const head = await permissions('tdp32');
  expect(head.neighbourhoods).toEqual({ read: true, create: false, update: true, delete: false });
  expect(head.assessments).toEqual({ read: true, create: true, update: true, delete: true });
  expect(head.users).toMatchObject({ create: false, update: false, delete: false });
  expect(head.auditEntries?.read).toBe(false);
  expect(head.criteriaSets).toEqual({ read: true, create: false, update: false, delete: false });
  expect(head.establishments).toEqual({ read: true, create: true, update: true, delete: false });
  expect(head.reports).toEqual({ read: true, create: false, update: false, delete: false });
  expect(head.meetings).toEqual({ read: true, create: true, update: true, delete: false });

  const ward = await permissions('thaonguyen');
  expect(ward.neighbourhoods).toEqual({ read: true, create: true, update: true, delete: true });
  expect(ward.wards).toMatchObject({ create: false, update: true, delete: false });
  expect(ward.auditEntries?.read).toBe(true);
  expect(ward.reports).toEqual({ read: true, create: true, update: true, delete: false });

  const viewer = await permissions('viewer');
  expect(Object.values(viewer).some((p) => p.create || p.update || p.delete)).toBe(false);
});

test('without a token there are no permissions to tell', async () => {
  expect(codeOf(await app.gql(PERMISSIONS, {}, { token: '' }))).toBe('UNAUTHENTICATED');
});

const ACCESS = 'query($id: ID!) { neighbourhood(id: $id) { access { update delete updatableFields } } }';
type Access = { neighbourhood: { access: { update: boolean; delete: boolean; updatableFields: string[] | null } } | null };

test.each([
  ['admin', 'tdp32', { update: true, delete: true, updatableFields: null }],
  ['thaonguyen', 'tdp32', { update: true, delete: true, updatableFields: null }],
  ['tdp32', 'tdp32', { update: true, delete: false, updatableFields: ['households', 'population', 'phone', 'email', 'address', 'note'] }],
  ['viewer', 'tdp32', { update: false, delete: false, updatableFields: null }],
])('%s on neighbourhood %s', async (user, unit, expected) => {
  const res = await app.gql<Access>(ACCESS, { id: id[unit as keyof FixtureIds] }, user);
  expect(res.data?.neighbourhood?.access).toEqual(expected);
});

test('out of scope the record, and so its access, is not there at all', async () => {
  expect(codeOf(await app.gql<Access>(ACCESS, { id: id.tdp32 }, 'yencuong'))).toBe('NOT_FOUND');
});

test('a ward officer may update their own ward but neither delete it nor touch a neighbouring ward', async () => {
  const WARD = 'query($id: ID!) { ward(id: $id) { access { update delete } } }';
  expect((await app.gql<{ ward: { access: unknown } }>(WARD, { id: id.thaonguyen }, 'thaonguyen')).data?.ward.access).toEqual({ update: true, delete: false });
  expect((await app.gql<{ ward: { access: unknown } }>(WARD, { id: id.thaonguyen }, 'sonla')).data?.ward.access).toEqual({ update: true, delete: true });
});
