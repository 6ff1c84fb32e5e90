/**
 * Throttles and secrets under attack, over HTTP: parallel password guesses, lockout as denial of
 * service, public submission floods, anonymous floods, exact token revocation, over-long
 * passwords, predictable and constant signing keys. Client addresses are simulated with
 * X-Forwarded-For, which the API trusts from loopback only (its reverse proxy).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, secretWeakness } from '../api/config';
import { Throttle } from '../api/core/throttle';
import { MAX_FAILED_LOGINS } from '../api/users/auth';
import { codeOf, fixtureIds, startTestApp, type FixtureIds, type GraphQLResponse, type TestApp } from './helpers/app';

let app: TestApp;
let id: FixtureIds;

beforeAll(async () => {
  app = await startTestApp();
  id = await fixtureIds(app);
});
afterAll(() => app.close());

/** POST /graphql from a given client address. */
async function from<T = Record<string, unknown>>(address: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: res.status, headers: res.headers, data: body.data ?? null, errors: body.errors };
}

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';
const codes = (results: Array<GraphQLResponse<unknown>>) => {
  const tally: Record<string, number> = {};
  for (const r of results) {
    const code = codeOf(r) ?? 'OK';
    tally[code] = (tally[code] ?? 0) + 1;
  }
  return tally;
};

describe('login throttle', () => {
  test('40 parallel wrong passwords for one username: exactly the limit are checked, the rest refused before any compare', async () => {
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => from('198.51.100.1', LOGIN, { u: 'sonla', p: `guess-${i}` })));
    expect(codes(results)).toEqual({ UNAUTHENTICATED: MAX_FAILED_LOGINS, RATE_LIMITED: 40 - MAX_FAILED_LOGINS });
    for (const r of results.filter((x) => codeOf(x) === 'RATE_LIMITED')) expect(r.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    // Locked from that address, even with the right password…
    expect(codeOf(await from('198.51.100.1', LOGIN, { u: 'sonla', p: 'demo-password' }))).toBe('RATE_LIMITED');
    // …but an outsider cannot lock the account out for everyone: the owner signs in from elsewhere.
    const owner = await from<{ login: { token: string } }>('198.51.100.2', LOGIN, { u: 'sonla', p: 'demo-password' });
    expect(owner.errors).toBeUndefined();
    expect(owner.data?.login.token).toBeTruthy();
  });

  test('one address trying many usernames is stopped too', async () => {
    const tried = [];
    for (let i = 0; i < 22; i++) tried.push(await from('198.51.100.3', LOGIN, { u: `nobody-${i}`, p: 'wrong-password' }));
    expect(codes(tried)).toEqual({ UNAUTHENTICATED: 20, RATE_LIMITED: 2 });
  });

  test('guesses spread over many addresses are capped per username', async () => {
    const results = [];
    for (let a = 0; a < 21; a++) {
      results.push(...(await Promise.all(Array.from({ length: 5 }, (_, i) => from(`203.0.113.${a + 1}`, LOGIN, { u: 'ninhbinh', p: `spread-${a}-${i}` })))));
    }
    expect(codes(results)).toEqual({ UNAUTHENTICATED: 100, RATE_LIMITED: 5 });
  });

  test('a success gives the slots back and clears the failures of that address', async () => {
    for (let i = 0; i < MAX_FAILED_LOGINS - 1; i++) expect(codeOf(await from('198.51.100.4', LOGIN, { u: 'yencuong', p: `x-${i}` }))).toBe('UNAUTHENTICATED');
    expect((await from('198.51.100.4', LOGIN, { u: 'yencuong', p: 'demo-password' })).errors).toBeUndefined();
    // The window starts again: another four failures do not lock.
    for (let i = 0; i < MAX_FAILED_LOGINS - 1; i++) expect(codeOf(await from('198.51.100.4', LOGIN, { u: 'yencuong', p: `y-${i}` }))).toBe('UNAUTHENTICATED');
    expect((await from('198.51.100.4', LOGIN, { u: 'yencuong', p: 'demo-password' })).errors).toBeUndefined();
  });

  test('parallel wrong current passwords in changePassword: exactly the limit are checked', async () => {
    const token = await app.token('thaonguyen');
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => from('198.51.100.5', 'mutation($c: String!) { changePassword(currentPassword: $c, newPassword: "another-password") }', { c: `wrong-${i}` }, token)),
    );
    expect(codes(results)).toEqual({ UNAUTHENTICATED: MAX_FAILED_LOGINS, RATE_LIMITED: 12 - MAX_FAILED_LOGINS });
  });

  test('a password longer than bcrypt reads (72 bytes) is refused at login, never truncated', async () => {
    const res = await from('198.51.100.6', LOGIN, { u: 'admin', p: 'demo-password'.padEnd(200, 'x') });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
  });
});

describe('token revocation', () => {
  test('a token issued in the same second as a password change is revoked; one issued after works at once', async () => {
    const old = await from<{ login: { token: string } }>('198.51.100.7', LOGIN, { u: 'buonmathuot', p: 'demo-password' });
    const oldToken = old.data?.login.token as string;
    const changed = await from('198.51.100.7', 'mutation { changePassword(currentPassword: "demo-password", newPassword: "brand-new-password") }', {}, oldToken);
    expect(changed.errors).toBeUndefined();
    const stale = await from('198.51.100.7', '{ me { username } }', {}, oldToken);
    expect(stale.status).toBe(401);
    expect(codeOf(stale)).toBe('UNAUTHENTICATED');
    const fresh = await from<{ login: { token: string } }>('198.51.100.7', LOGIN, { u: 'buonmathuot', p: 'brand-new-password' });
    const me = await from<{ me: { username: string } }>('198.51.100.7', '{ me { username } }', {}, fresh.data?.login.token);
    expect(me.data?.me.username).toBe('buonmathuot');
  });
});

describe('public report throttle', () => {
  const SUBMIT = 'mutation($input: ReportInput!) { submitReport(input: $input) { code status } }';
  const input = (over: Record<string, unknown> = {}) => ({ unitId: id.tdp32, category: 'PRICE_GOUGING', description: 'Bán giá cao gấp ba lần niêm yết.', lang: 'vi', ...over });

  test('30 parallel submissions from one address: exactly the limit are accepted, none is a server error', async () => {
    const limit = app.config.reportLimit;
    const results = await Promise.all(Array.from({ length: 30 }, () => from('192.0.2.10', SUBMIT, { input: input() })));
    expect(codes(results)).toEqual({ OK: limit, RATE_LIMITED: 30 - limit });
    // The refusal says when to try again and where to call meanwhile.
    const refused = results.find((r) => codeOf(r) === 'RATE_LIMITED');
    expect(refused?.errors?.[0]?.message).toMatch(/thử lại sau \d+ phút.*113/);
  });

  test('invalid submissions count towards the limit', async () => {
    const limit = app.config.reportLimit;
    for (let i = 0; i < limit; i++) expect(codeOf(await from('192.0.2.11', SUBMIT, { input: input({ description: 'short' }) }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await from('192.0.2.11', SUBMIT, { input: input() }))).toBe('RATE_LIMITED');
  });

  test('a public submission is audited (no account behind it)', async () => {
    const sent = await from<{ submitReport: { code: string } }>('192.0.2.12', SUBMIT, { input: input({ contactName: 'Nguyễn Văn A' }) });
    const code = sent.data?.submitReport.code as string;
    const audit = await app.gql<{ auditEntries: { items: Array<{ action: string; userId: string | null; after: { code?: string } | null }> } }>(
      '{ auditEntries(filter: { entityType: "Report" }, page: { limit: 200 }) { items { action userId after } } }',
      {},
      'admin',
    );
    expect(audit.errors).toBeUndefined();
    const entry = audit.data?.auditEntries.items.find((e) => e.after?.code === code);
    expect(entry?.action).toBe('CREATE');
    expect(entry?.userId).toBeNull();
  });
});

describe('anonymous requests', () => {
  const UNITS = '{ publicUnits(q: "thao nguyen") { id name } }';

  test('are throttled per client address with 429 and Retry-After; signed-in callers from there are not', async () => {
    const limit = app.config.anonRequestLimit;
    const results = [];
    for (let i = 0; i < limit; i++) results.push(await from('192.0.2.20', UNITS));
    expect(codes(results)).toEqual({ OK: limit });
    const refused = await from('192.0.2.20', UNITS);
    expect(refused.status).toBe(429);
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    // Once the window is known to be full, a flood is refused without any database work.
    const flood = await app.countCommands(() => Promise.all(Array.from({ length: 20 }, () => from('192.0.2.20', UNITS))));
    expect(flood.total).toBe(0);
    const token = await app.token('sonla');
    expect((await from('192.0.2.20', '{ me { username } }', {}, token)).errors).toBeUndefined();
    // Another address is unaffected.
    expect((await from('192.0.2.21', UNITS)).errors).toBeUndefined();
  });

  test('publicUnits reads no collection once its name index is warm (only the throttle is written)', async () => {
    await from('192.0.2.22', UNITS);
    const counted = await app.countCommands(() => from('192.0.2.22', '{ publicUnits(q: "to dan pho", limit: 50) { id name parentName } }'));
    expect(counted.byName.find ?? 0).toBe(0);
    expect(counted.byName.aggregate ?? 0).toBe(0);
    expect(counted.total).toBeLessThanOrEqual(1);
    const res = await from<{ publicUnits: Array<{ id: string }> }>('192.0.2.22', '{ publicUnits(q: "to dan pho 3/2") { id } }');
    expect(res.data?.publicUnits.map((u) => u.id)).toContain(id.tdp32);
  });

  test('throttle windows are stored, shared by every instance', async () => {
    expect(await Throttle.countDocuments({ _id: { $regex: '^anonymous:192\\.0\\.2\\.20$' } })).toBe(1);
  });
});

describe('signing keys', () => {
  test.each([
    ['digits in sequence', '12345678901234567890123456789012'],
    ['a repeated word', 'abcdefgh'.repeat(4)],
    ['one letter', 'a'.repeat(64)],
    ['the alphabet', 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'],
  ])('production refuses a predictable JWT_SECRET (%s) and says how to generate one', (_what, secret) => {
    expect(secretWeakness(secret)).not.toBeNull();
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: secret })).toThrow(/JWT_SECRET[\s\S]*openssl rand/);
  });

  test('production accepts a random key', () => {
    const secret = crypto.randomBytes(48).toString('base64');
    expect(secretWeakness(secret)).toBeNull();
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: secret }).jwtSecret).toBe(secret);
  });

  test('without JWT_SECRET, development makes a random key once and keeps it in the data folder', () => {
    const dirs = [fs.mkdtempSync(path.join(os.tmpdir(), 'antt-key-')), fs.mkdtempSync(path.join(os.tmpdir(), 'antt-key-'))];
    try {
      const first = loadConfig({ DATA_DIR: dirs[0] }).jwtSecret;
      expect(loadConfig({ DATA_DIR: dirs[0] }).jwtSecret).toBe(first);
      expect(secretWeakness(first)).toBeNull();
      expect(fs.statSync(path.join(dirs[0] as string, 'jwt-secret')).mode & 0o077).toBe(0);
      expect(loadConfig({ DATA_DIR: dirs[1] }).jwtSecret).not.toBe(first);
    } finally {
      for (const d of dirs) fs.rmSync(d as string, { recursive: true, force: true });
    }
  });
});
