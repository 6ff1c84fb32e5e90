/**
 * Login, tokens, throttling and account management per role, over HTTP.
 */
import jwt from 'jsonwebtoken';
import { Throttle } from '../api/core/throttle';
import { MAX_FAILED_LOGINS } from '../api/users/auth';
import { codeOf, fixtureIds, startTestApp, type FixtureIds, type TestApp } from './helpers/app';

let app: TestApp;
let id: FixtureIds;
const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token expiresAt user { username role scope { id name level } } } }';

beforeAll(async () => {
  app = await startTestApp();
  id = await fixtureIds(app);
});
afterAll(() => app.close());

/** The stored failure window of a username from this test's address. */
const pairWindow = (username: string) => Throttle.findOne({ _id: { $regex: `^login-user-address:${username}@` } }).lean();

describe('login', () => {
  test.each([
    ['admin', 'ADMIN', null],
    ['sonla', 'PROVINCE_OFFICER', 'Tỉnh Sơn La'],
    ['thaonguyen', 'WARD_OFFICER', 'Phường Thảo Nguyên'],
    ['tdp32', 'NEIGHBOURHOOD_HEAD', 'Tổ dân phố 3/2'],
    ['ninhbinh', 'PROVINCE_OFFICER', 'Tỉnh Ninh Bình'],
    ['yencuong', 'WARD_OFFICER', 'Xã Yên Cường'],
    ['daklak', 'PROVINCE_OFFICER', 'Tỉnh Đắk Lắk'],
    ['buonmathuot', 'WARD_OFFICER', 'Phường Buôn Ma Thuột'],
    ['viewer', 'VIEWER', 'Tỉnh Sơn La'],
  ])('demo account %s is a %s scoped to %s', async (username, role, scopeName) => {
    const res = await app.gql<{ login: { token: string; expiresAt: string; user: { role: string; scope: { name: string } | null } } }>(LOGIN, {
      u: username,
      p: 'demo-password',
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.login.user.role).toBe(role);
    expect(res.data?.login.user.scope?.name ?? null).toBe(scopeName);
    const claims = jwt.decode(res.data?.login.token as string) as { exp: number; sub: string };
    expect(new Date(claims.exp * 1000).toISOString()).toBe(res.data?.login.expiresAt);
    // JWT_TTL defaults to 8 hours.
    expect(Date.parse(res.data?.login.expiresAt as string) - Date.now()).toBeGreaterThan(7.9 * 3600 * 1000);
  });

  test('me returns the caller with role and scope; null without a token', async () => {
    const me = await app.gql<{ me: { username: string; role: string; scope: { level: string } } }>('{ me { username role scope { level } } }', {}, 'tdp32');
    expect(me.data?.me).toEqual({ username: 'tdp32', role: 'NEIGHBOURHOOD_HEAD', scope: { level: 'NEIGHBOURHOOD' } });
    const anon = await app.gql<{ me: null }>('{ me { username } }');
    expect(anon.errors).toBeUndefined();
    expect(anon.data?.me).toBeNull();
  });

  test('a wrong password and an unknown user get the same answer', async () => {
    const wrong = await app.gql(LOGIN, { u: 'sonla', p: 'wrong-password' });
    const unknown = await app.gql(LOGIN, { u: 'nobody-here', p: 'wrong-password' });
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
  });

  test('repeated failures lock the username (kept in the database) even for the right password', async () => {
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) {
      expect(codeOf(await app.gql(LOGIN, { u: 'daklak', p: `wrong-${i}` }))).toBe('UNAUTHENTICATED');
    }
    const locked = await app.gql(LOGIN, { u: 'daklak', p: 'demo-password' });
    expect(codeOf(locked)).toBe('RATE_LIMITED');
    expect(locked.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    const stored = await pairWindow('daklak');
    expect(stored?.count).toBe(MAX_FAILED_LOGINS);
    expect(stored?.expiresAt.getTime()).toBeGreaterThan(Date.now());
    // Other accounts are not affected.
    expect((await app.gql(LOGIN, { u: 'buonmathuot', p: 'demo-password' })).errors).toBeUndefined();
  });

  test('parallel failures are all counted', async () => {
    await Promise.all([1, 2, 3].map((i) => app.gql(LOGIN, { u: 'ninhbinh', p: `bad-${i}` })));
    expect((await pairWindow('ninhbinh'))?.count).toBe(3);
    // A success clears the counter.
    expect((await app.gql(LOGIN, { u: 'ninhbinh', p: 'demo-password' })).errors).toBeUndefined();
    expect(await pairWindow('ninhbinh')).toBeNull();
  });
});

describe('tokens', () => {
  const secret = 'test-only-secret-0123456789abcdefghij';

  test.each([
    ['garbage', 'not.a.jwt'],
    ['signed with another key', jwt.sign({}, 'another-secret', { subject: '64b000000000000000000000' })],
    ['expired', jwt.sign({}, secret, { subject: '64b000000000000000000000', expiresIn: -10 })],
    ['for a deleted user', jwt.sign({}, secret, { subject: '64b000000000000000000000', expiresIn: 60 })],
  ])('a %s token is refused with 401 UNAUTHENTICATED', async (_what, token) => {
    const res = await app.gql('{ me { id } }', {}, { token });
    expect(res.status).toBe(401);
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
  });

  test('changing the password revokes older tokens', async () => {
    const old = await app.token('buonmathuot');
    await new Promise((r) => setTimeout(r, 1100)); // iat has one-second resolution
    const changed = await app.gql<{ changePassword: boolean }>(
      'mutation { changePassword(currentPassword: "demo-password", newPassword: "a-new-password") }',
      {},
      { token: old },
    );
    expect(changed.data?.changePassword).toBe(true);
    expect(codeOf(await app.gql('{ me { id } }', {}, { token: old }))).toBe('UNAUTHENTICATED');
    const fresh = await app.token('buonmathuot', 'a-new-password');
    expect((await app.gql<{ me: { username: string } }>('{ me { username } }', {}, { token: fresh })).data?.me.username).toBe('buonmathuot');
  });

  test('a wrong current password does not change it', async () => {
    const res = await app.gql('mutation { changePassword(currentPassword: "nope", newPassword: "another-password") }', {}, 'yencuong');
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
    expect((await app.gql(LOGIN, { u: 'yencuong', p: 'demo-password' })).errors).toBeUndefined();
  });
});

const CREATE_USER = 'mutation($input: UserCreateInput!) { createUser(input: $input) { id username role scope { id } } }';

describe('managing accounts', () => {
  let counter = 0;
  const input = (role: string, unit: string | null) => ({
    username: `u${++counter}-${role.toLowerCase().replace(/_/g, '')}`,
    displayName: `Người dùng ${counter}`,
    password: 'long-enough-password',
    role,
    scopeUnitId: unit ? id[unit as keyof FixtureIds] : null,
  });

  test.each([
    ['admin', 'PROVINCE_OFFICER', 'sonla', null],
    ['admin', 'ADMIN', null, null],
    ['sonla', 'WARD_OFFICER', 'thaonguyen', null],
    ['sonla', 'VIEWER', 'sonla', null],
    ['sonla', 'PROVINCE_OFFICER', 'sonla', 'FORBIDDEN'],
    ['sonla', 'WARD_OFFICER', 'yencuong', 'BAD_USER_INPUT'],
    ['thaonguyen', 'NEIGHBOURHOOD_HEAD', 'tdp1', null],
    ['thaonguyen', 'WARD_OFFICER', 'thaonguyen', 'FORBIDDEN'],
    ['thaonguyen', 'VIEWER', 'sonla', 'FORBIDDEN'],
    ['tdp32', 'VIEWER', 'tdp32', 'FORBIDDEN'],
    ['viewer', 'VIEWER', 'sonla', 'FORBIDDEN'],
    ['ninhbinh', 'WARD_OFFICER', 'thaonguyen', 'BAD_USER_INPUT'],
  ])('%s creating a %s scoped to %s → %s', async (caller, role, unit, expected) => {
    const res = await app.gql<{ createUser: { role: string; scope: { id: string } | null } }>(CREATE_USER, { input: input(role, unit) }, caller);
    if (expected) expect(codeOf(res)).toBe(expected);
    else {
      expect(res.errors).toBeUndefined();
      expect(res.data?.createUser.scope?.id ?? null).toBe(unit ? id[unit as keyof FixtureIds] : null);
    }
  });

  test.each([
    ['WARD_OFFICER', 'sonla', 'must be scoped to a ward'],
    ['NEIGHBOURHOOD_HEAD', 'thaonguyen', 'must be scoped to a neighbourhood'],
    ['PROVINCE_OFFICER', null, 'needs a scope unit'],
  ])('a %s scoped to %s is refused: %s', async (role, unit, message) => {
    const res = await app.gql(CREATE_USER, { input: input(role, unit) }, 'admin');
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.fields?.[0]).toMatchObject({ path: 'input.scopeUnitId' });
    expect(res.errors?.[0]?.message).toContain(message);
  });

  test('usernames are unique (CONFLICT) and validated; passwords need 8 characters', async () => {
    expect(codeOf(await app.gql(CREATE_USER, { input: { ...input('VIEWER', 'sonla'), username: 'sonla' } }, 'admin'))).toBe('CONFLICT');
    const bad = await app.gql(CREATE_USER, { input: { ...input('VIEWER', 'sonla'), username: 'Bad Name!', password: 'short' } }, 'admin');
    expect(bad.errors?.[0]?.extensions?.fields?.map((f) => f.path).sort()).toEqual(['input.password', 'input.username']);
  });

  test.each([
    ['admin', 9],
    ['sonla', 4],
    ['thaonguyen', 2],
    ['tdp32', 1],
    ['ninhbinh', 2],
  ])('%s lists %i demo accounts (their scope, plus themselves)', async (caller, expected) => {
    const res = await app.gql<{ users: { items: Array<{ username: string }> } }>('{ users(page: { limit: 200 }) { items { username } } }', {}, caller);
    const demo = res.data?.users.items.filter((u) => !/^u\d+-/.test(u.username) && !/^(created|to-)/.test(u.username)) ?? [];
    expect(demo.length).toBe(expected);
  });

  test('no API answer ever carries a password hash', async () => {
    const res = await app.gql('{ users(page: { limit: 200 }) { items { id username } } auditEntries(filter: { entityType: "User" }) { items { before after } } }', {}, 'admin');
    expect(JSON.stringify(res)).not.toMatch(/passwordHash|\$2[aby]\$/);
  });

  test('an officer updates and deletes accounts below them in scope only; nobody edits their own role', async () => {
    const created = await app.gql<{ createUser: { id: string } }>(CREATE_USER, { input: { ...input('NEIGHBOURHOOD_HEAD', 'tdp1'), username: 'to-delete' } }, 'thaonguyen');
    const uid = created.data?.createUser.id as string;
    const upd = await app.gql<{ updateUser: { displayName: string } }>('mutation($id: ID!) { updateUser(id: $id, input: { displayName: "Tổ trưởng mới" }) { displayName } }', { id: uid }, 'thaonguyen');
    expect(upd.data?.updateUser.displayName).toBe('Tổ trưởng mới');
    expect(codeOf(await app.gql('mutation($id: ID!) { updateUser(id: $id, input: { displayName: "x" }) { id } }', { id: uid }, 'yencuong'))).toBe('NOT_FOUND');
    // Raising an account to the caller's own rank is refused.
    const raise = 'mutation($id: ID!, $w: ID!) { updateUser(id: $id, input: { role: WARD_OFFICER, scopeUnitId: $w }) { id } }';
    expect(codeOf(await app.gql(raise, { id: uid, w: id.thaonguyen }, 'thaonguyen'))).toBe('FORBIDDEN');
    const me = await app.gql<{ me: { id: string } }>('{ me { id } }', {}, 'sonla');
    expect(codeOf(await app.gql('mutation($id: ID!) { updateUser(id: $id, input: { displayName: "x" }) { id } }', { id: me.data?.me.id }, 'sonla'))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql('mutation($id: ID!) { deleteUser(id: $id) }', { id: uid }, 'tdp32'))).toBe('NOT_FOUND');
    expect((await app.gql<{ deleteUser: string }>('mutation($id: ID!) { deleteUser(id: $id) }', { id: uid }, 'thaonguyen')).data?.deleteUser).toBe(uid);
  });

  test('a disabled account can no longer log in or use its tokens', async () => {
    const created = await app.gql<{ createUser: { id: string } }>(CREATE_USER, { input: { ...input('VIEWER', 'thaonguyen'), username: 'created-viewer' } }, 'admin');
    const token = await app.token('created-viewer', 'long-enough-password');
    await app.gql('mutation($id: ID!) { updateUser(id: $id, input: { disabled: true }) { id } }', { id: created.data?.createUser.id }, 'admin');
    expect(codeOf(await app.gql('{ me { id } }', {}, { token }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await app.gql(LOGIN, { u: 'created-viewer', p: 'long-enough-password' }))).toBe('UNAUTHENTICATED');
  });
});
