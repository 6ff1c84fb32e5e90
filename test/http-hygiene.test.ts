/**
 * HTTP hygiene (security review findings 5, 7, 9, 10, 14): security headers everywhere, static
 * files that are missing answer 404, errors in GraphQL shape and without stack traces in every
 * NODE_ENV, QR downloads for codes with Vietnamese letters, client errors of the query limits as
 * 400, and, with the real entry point on a stalled database, a prompt /healthz and a request deadline.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import type { Server } from 'node:http';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { parse as parseContentDisposition } from 'content-disposition';
import jwt from 'jsonwebtoken';
import mongoose from 'mongoose';
import { loadConfig, type Config } from '../api/config';
import { connectDatabase, disconnectDatabase } from '../api/db/connection';
import type { DatabaseKind } from '../api/db/database';
import { createApp, QUERY_LIMITS } from '../api/server';
import { codeOf, fixtureIds, startTestApp, type TestApp } from './helpers/app';

const root = path.resolve(__dirname, '..');
const dist = path.join(root, 'admin', 'dist');
/** What a stack trace or a server path looks like in a response body. */
const LEAKS = /\bat \S+ \(|node_modules|\/work\/|\/home\/|\/tmp\/|[\w-]+\.[jt]s:\d+/;

/** A GraphQL-shaped JSON error with this status and code, and nothing that leaks the server's insides. */
async function expectError(res: Response, status: number, code: string): Promise<void> {
  const text = await res.text();
  expect({ status: res.status, type: res.headers.get('content-type'), text }).toMatchObject({ status, type: expect.stringMatching(/^application\/json/) });
  expect(text).not.toMatch(LEAKS);
  const body = JSON.parse(text) as { errors: Array<{ message: unknown; extensions: Record<string, unknown> }> };
  expect(body.errors).toEqual([{ message: expect.any(String), extensions: { code } }]);
}

/** The API in a given NODE_ENV on an empty database (nothing here needs data). */
async function startBare(nodeEnv: 'development' | 'production'): Promise<{ url: string; config: Config; close(): Promise<void> }> {
  const config = loadConfig({ NODE_ENV: nodeEnv, JWT_SECRET: 'q7Vh2kP9xR4mW8nT1bY6cL3zF5gJ0sD2aE7uK4iO9pQ1wX8vN3mB6tR5yH0jG2lC', DATA_DIR: '.test-data' });
  await connectDatabase(process.env.TEST_MONGODB_URI as string, `t_http_${nodeEnv}_${Date.now().toString(36)}`);
  const app = await createApp(config, { kind: (process.env.TEST_DATABASE_KIND ?? 'external') as DatabaseKind });
  const server: Server = await new Promise((resolve) => {
    const s = app.app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return {
    url: `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`,
    config,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.stop();
      mongoose.set('bufferCommands', true);
      await disconnectDatabase();
    },
  };
}

/** The console build the server serves (ADMIN_DIST_DIR, as api/server.ts reads it, else admin/dist). */
const servedDist = process.env.ADMIN_DIST_DIR ? path.resolve(process.env.ADMIN_DIST_DIR) : dist;

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The body as it came over the wire (still compressed, if it was). */
  body: Buffer;
}

/** A request as a client sends it, without fetch's transparent decompression: what the server really sent. */
function rawRequest(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** The body decoded as the client would decode it. */
function decoded(res: RawResponse): Buffer {
  const encoding = res.headers['content-encoding'];
  if (encoding === 'br') return zlib.brotliDecompressSync(res.body);
  if (encoding === 'gzip') return zlib.gunzipSync(res.body);
  if (encoding) throw new Error(`unexpected content-encoding ${encoding}`);
  return res.body;
}

describe.each(['development', 'production'] as const)('in %s', (nodeEnv) => {
  let bare: Awaited<ReturnType<typeof startBare>>;
  beforeAll(async () => {
    bare = await startBare(nodeEnv);
  });
  afterAll(() => bare.close());
  const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) => fetch(`${bare.url}/graphql`, { method: 'POST', headers, body });

  test.each(['/admin/', '/report', '/graphql?query=%7B__typename%7D', '/healthz', '/nowhere'])('%s carries the security headers', async (url) => {
    const res = await fetch(`${bare.url}${url}`, { headers: { 'apollo-require-preflight': '1' } });
    const csp = res.headers.get('content-security-policy') ?? '';
    for (const directive of ["default-src 'self'", "script-src 'self'", "connect-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'"]) {
      expect(csp.split(';')).toContain(directive);
    }
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  test('/admin serves its files; a missing file is a 404, not the HTML shell; client routes get the shell', async () => {
    if (!fs.existsSync(path.join(dist, 'index.html'))) throw new Error('admin/dist is missing: build the console first (npx vite build admin)');
    const asset = fs.readdirSync(path.join(dist, 'assets')).find((f) => f.endsWith('.js'));
    const js = await fetch(`${bare.url}/admin/assets/${asset}`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    await expectError(await fetch(`${bare.url}/admin/assets/console-0000000.js`), 404, 'NOT_FOUND');
    await expectError(await fetch(`${bare.url}/admin/assets/deep/nothing`), 404, 'NOT_FOUND');
    await expectError(await fetch(`${bare.url}/admin/favicon.ico`), 404, 'NOT_FOUND');
    const shell = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
    for (const route of ['/admin', '/admin/', '/admin/login', '/admin/neighbourhoods/123']) {
      const res = await fetch(`${bare.url}${route}`);
      expect({ route, status: res.status, type: res.headers.get('content-type'), body: await res.text() }).toEqual({ route, status: 200, type: 'text/html; charset=utf-8', body: shell });
    }
  });

  test('hashed console assets are cached for a year, HTML pages revalidate, both compressed for clients that accept it', async () => {
    if (!fs.existsSync(path.join(servedDist, 'index.html'))) throw new Error(`${servedDist} is missing: build the console first (npx vite build admin)`);
    const asset = fs.readdirSync(path.join(servedDist, 'assets')).map((f) => ({ f, size: fs.statSync(path.join(servedDist, 'assets', f)).size })).filter((a) => a.f.endsWith('.js')).sort((a, b) => b.size - a.size)[0]?.f;
    const br = { 'accept-encoding': 'br, gzip' };
    const js = await rawRequest(`${bare.url}/admin/assets/${asset}`, { headers: br });
    expect({ status: js.status, encoding: js.headers['content-encoding'], cache: js.headers['cache-control'], vary: js.headers.vary }).toEqual({
      status: 200,
      encoding: 'br',
      cache: 'public, max-age=31536000, immutable',
      vary: 'Accept-Encoding',
    });
    expect(decoded(js).equals(fs.readFileSync(path.join(servedDist, 'assets', asset as string)))).toBe(true);
    expect(js.body.length).toBeLessThan(decoded(js).length / 2);
    for (const [route, file] of [['/admin/', 'index.html'], ['/admin/neighbourhoods/123', 'index.html'], ['/report', 'report.html']]) {
      const page = await rawRequest(`${bare.url}${route}`, { headers: { 'accept-encoding': 'gzip' } });
      expect({ route, status: page.status, encoding: page.headers['content-encoding'], cache: page.headers['cache-control'] }).toEqual({ route, status: 200, encoding: 'gzip', cache: 'no-cache' });
      expect(decoded(page).toString('utf8')).toBe(fs.readFileSync(path.join(servedDist, file as string), 'utf8'));
    }
    // A client that asks for nothing gets the file as it is.
    const plain = await rawRequest(`${bare.url}/admin/assets/${asset}`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(fs.readFileSync(path.join(servedDist, 'assets', asset as string)))).toBe(true);
  });

  test('malformed JSON is 400 BAD_REQUEST', async () => {
    await expectError(await post('{"query": "{ ping }"'), 400, 'BAD_REQUEST');
  });

  test('a body over the 1 MB limit is 413 PAYLOAD_TOO_LARGE', async () => {
    await expectError(await post(JSON.stringify({ query: '{ ping }', variables: { x: 'a'.repeat(1_100_000) } })), 413, 'PAYLOAD_TOO_LARGE');
  });

  test('a body that is not JSON, or in an unknown encoding, is 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    await expectError(await post('{ ping }', { 'content-type': 'text/plain' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
    await expectError(await post('{ ping }', { 'content-type': 'application/graphql' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
    await expectError(await post('{"query":"{ ping }"}', { 'content-type': 'application/json', 'content-encoding': 'x-unknown' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  test('a URL that is not correctly percent-encoded is 400 BAD_REQUEST', async () => {
    await expectError(await fetch(`${bare.url}/admin/%E0%A4%A`), 400, 'BAD_REQUEST');
    await expectError(await fetch(`${bare.url}/admin/assets/%E0%A4%A.js`), 400, 'BAD_REQUEST');
  });

  test('an unknown route is a JSON 404', async () => {
    await expectError(await fetch(`${bare.url}/nowhere`), 404, 'NOT_FOUND');
    await expectError(await fetch(`${bare.url}/qr/not-an-id.svg`), 404, 'NOT_FOUND');
    await expectError(await fetch(`${bare.url}/graphqlx`, { method: 'POST' }), 404, 'NOT_FOUND');
  });

  test('a server-side failure is 500 INTERNAL_SERVER_ERROR with no detail, on /graphql and elsewhere', async () => {
    // The database goes away and mongoose fails at once instead of queueing: the token's user cannot be looked up.
    const token = jwt.sign({ role: 'ADMIN', pwc: 0 }, bare.config.jwtSecret, { subject: new mongoose.Types.ObjectId().toHexString(), expiresIn: '1h' });
    mongoose.set('bufferCommands', false);
    await disconnectDatabase();
    const auth = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    await expectError(await post(JSON.stringify({ query: '{ me { id } }' }), auth), 500, 'INTERNAL_SERVER_ERROR');
    await expectError(await fetch(`${bare.url}/qr/${new mongoose.Types.ObjectId().toHexString()}.svg`, { headers: auth }), 500, 'INTERNAL_SERVER_ERROR');
  });
});

describe('with the fixture', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  test('the QR code of a unit whose code has Vietnamese letters downloads as SVG and PNG', async () => {
    const { thaonguyen } = await fixtureIds(app);
    const code = 'TDP-Đồi-Thông/2';
    const created = await app.gql<{ createNeighbourhood: { id: string } }>(
      'mutation($input: NeighbourhoodCreateInput!) { createNeighbourhood(input: $input) { id } }',
      { input: { wardId: thaonguyen, code, name: 'Tổ dân phố Đồi Thông 2', type: 'TO_DAN_PHO' } },
      'admin',
    );
    expect(created.errors).toBeUndefined();
    const id = created.data?.createNeighbourhood.id as string;
    const headers = { authorization: `Bearer ${await app.token('admin')}` };
    for (const [format, type] of [['svg', 'image/svg+xml'], ['png', 'image/png']]) {
      const res = await fetch(`${app.url}/qr/${id}.${format}`, { headers });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain(type);
      const disposition = res.headers.get('content-disposition') ?? '';
      // ASCII fallback for old clients, the real name RFC 5987-encoded; "/" cannot be part of a file name.
      expect(disposition).toContain(`filename=phan-anh-TDP-Doi-Thong-2.${format}`);
      const parsed = parseContentDisposition(disposition);
      expect({ type: parsed.type, filename: parsed.parameters.filename }).toEqual({ type: 'attachment', filename: `phan-anh-TDP-Đồi-Thông-2.${format}` });
      expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(100);
    }
  });

  test.each([
    ['depth', `{ neighbourhood(id: "000000000000000000000000") { ${'ward { province { wards { items { '.repeat(3)} id ${'} } } }'.repeat(3)} } }`, 'GRAPHQL_VALIDATION_FAILED', /depth/i],
    [
      'cost',
      `{ ${Array.from({ length: QUERY_LIMITS.maxAliases }, (_, i) => `a${i}: neighbourhoods { items { ward { province { wards { items { neighbourhoods { items { id name code type households population headName headPhone phone email address note } } } } } } } }`).join(' ')} }`,
      'GRAPHQL_VALIDATION_FAILED',
      /cost/i,
    ],
    ['aliases', `{ ${Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: ping`).join(' ')} }`, 'GRAPHQL_VALIDATION_FAILED', /alias/i],
    ['tokens', `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(' ')} }`, 'GRAPHQL_PARSE_FAILED', /tokens/i],
    ['directives', `{ ping ${'@skip(if: false) '.repeat(QUERY_LIMITS.maxDirectives + 1)} }`, 'GRAPHQL_VALIDATION_FAILED', /directive/i],
    ['syntax', '{ me { id ', 'GRAPHQL_PARSE_FAILED', /syntax/i],
    ['validation', '{ noSuchField }', 'GRAPHQL_VALIDATION_FAILED', /noSuchField/],
  ])('a query over the %s limit (or invalid) is refused with 400', async (_limit, query, code, message) => {
    const res = await app.gql(query, {}, 'admin');
    expect({ status: res.status, code: codeOf(res), data: res.data }).toEqual({ status: 400, code, data: null });
    expect(res.errors?.[0]?.message).toMatch(message);
  });

  test('GraphQL answers are brotli-compressed when the client accepts it, else gzip, else sent as they are', async () => {
    const token = await app.token('admin');
    // Fifty wards: over the 1 KB below which nothing is compressed.
    const body = JSON.stringify({ query: '{ wards(page: { limit: 50 }) { items { id name code type } total } }' });
    const post = (encoding?: string) =>
      rawRequest(`${app.url}/graphql`, { method: 'POST', body, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...(encoding ? { 'accept-encoding': encoding } : {}) } });
    const [br, gzip, none] = [await post('gzip, deflate, br'), await post('gzip'), await post()];
    expect([br, gzip, none].map((r) => [r.status, r.headers['content-encoding']])).toEqual([
      [200, 'br'],
      [200, 'gzip'],
      [200, undefined],
    ]);
    const answer = JSON.parse(none.body.toString('utf8')) as { data: { wards: { items: unknown[] } } };
    expect(answer.data.wards.items).toHaveLength(50);
    expect(JSON.parse(decoded(br).toString('utf8'))).toEqual(answer);
    expect(JSON.parse(decoded(gzip).toString('utf8'))).toEqual(answer);
    expect(br.body.length).toBeLessThan(none.body.length / 2);
  });

  test('downloads that are compressed already (XLSX, DOCX, PDF, PNG) are sent as they are, intact', async () => {
    const { thaonguyen, tdp32 } = await fixtureIds(app);
    const created = await app.gql<{ createPeriodReport: { id: string } }>(
      'mutation($input: PeriodReportCreateInput!) { createPeriodReport(input: $input) { id } }',
      { input: { unitId: thaonguyen, periodKind: 'YEAR', year: 2026, number: '7/BC-CAP', addressee: 'Công an tỉnh Sơn La', nextPlanPeriod: '2027' } },
      'thaonguyen',
    );
    expect(created.errors).toBeUndefined();
    const id = created.data?.createPeriodReport.id as string;
    const headers = { authorization: `Bearer ${await app.token('thaonguyen')}`, 'accept-encoding': 'gzip, deflate, br' };
    const downloads: Array<[string, RegExp, string]> = [
      [`/exports/period-reports/${id}/annex.xlsx`, /spreadsheetml/, 'PK'],
      [`/exports/period-reports/${id}.docx`, /wordprocessingml/, 'PK'],
      [`/exports/period-reports/${id}.pdf`, /application\/pdf/, '%PDF'],
      [`/qr/${tdp32}.png`, /image\/png/, '\x89PNG'],
    ];
    for (const [url, type, magic] of downloads) {
      const res = await rawRequest(`${app.url}${url}`, { headers });
      expect({ url, status: res.status, type: res.headers['content-type'], encoding: res.headers['content-encoding'] }).toEqual({ url, status: 200, type: expect.stringMatching(type), encoding: undefined });
      expect(res.body.subarray(0, magic.length).toString('latin1')).toBe(magic);
      expect(Number(res.headers['content-length'])).toBe(res.body.length);
    }
  });

  test('a bad token is still 401 UNAUTHENTICATED', async () => {
    const res = await app.gql('{ me { id } }', {}, { token: 'not-a-token' });
    expect({ status: res.status, code: codeOf(res) }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
  });
});

describe('the real entry point on a stalled database', () => {
  const DEADLINE_MS = 3000;
  let dataDir: string;
  let child: ChildProcess | undefined;
  let stopped: number[] = [];
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'antt-deadline-'));
  });
  afterAll(async () => {
    // Whatever happened, never leave a stopped database or a server behind.
    for (const pid of stopped) signal(pid, 'SIGCONT');
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child?.once('exit', resolve));
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const signal = (pid: number, name: NodeJS.Signals) => {
    try {
      process.kill(pid, name);
    } catch {
      // already gone
    }
  };
  /** The ferretdb-embedded processes serving our DATA_DIR (the API's grandchildren under tsx). */
  const databaseProcesses = () =>
    fs
      .readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .filter((entry) => {
        try {
          const args = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
          return (args[0] ?? '').endsWith('ferretdb-embedded') && args.some((a) => a.includes(dataDir));
        } catch {
          return false;
        }
      })
      .map(Number);
  const waitFor = async (check: () => Promise<boolean> | boolean, ms: number) => {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      if (await check()) return true;
      await new Promise((r) => setTimeout(r, 200));
    }
    return false;
  };
  const timed = async <T>(fn: () => Promise<T>) => {
    const started = Date.now();
    const value = await fn();
    return { value, ms: Date.now() - started };
  };

  test('/healthz answers 503 within 3 s, GraphQL answers TIMEOUT at the deadline, and both recover', async () => {
    const port = await new Promise<number>((resolve) => {
      const srv = net.createServer().listen(0, '127.0.0.1', () => {
        const { port: p } = srv.address() as net.AddressInfo;
        srv.close(() => resolve(p));
      });
    });
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DATA_DIR: dataDir, NODE_ENV: 'development', LOG_LEVEL: 'debug', REQUEST_TIMEOUT_MS: String(DEADLINE_MS), SKIP_MONGOD_DOWNLOAD: '1' };
    delete env.MONGODB_URI;
    child = spawn(path.join(root, 'node_modules/.bin/tsx'), ['server/main.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    const listening = await waitFor(() => output.includes('API on http://localhost') || child?.exitCode !== null, 150_000);
    expect({ listening, exitCode: child.exitCode }).toEqual({ listening: true, exitCode: null });

    const base = `http://127.0.0.1:${port}`;
    const gql = (query: string, token?: string) =>
      fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query }) });
    const login = (await (await gql('mutation { login(username: "admin", password: "demo-password") { token } }')).json()) as { data: { login: { token: string } } };
    const token = login.data.login.token;
    // Healthy first (on a loaded machine a ping can take longer than health's 1.5 s for a while).
    expect(await waitFor(async () => (await fetch(`${base}/healthz`)).status === 200, 30_000)).toBe(true);

    stopped = databaseProcesses();
    expect(stopped.length).toBeGreaterThan(0);
    for (const pid of stopped) signal(pid, 'SIGSTOP');
    // A group stop completes asynchronously: on a loaded machine a thread may still answer for a
    // moment. Measure from when every thread of the database process is stopped.
    const allStopped = () =>
      stopped.every((pid) => fs.readdirSync(`/proc/${pid}/task`).every((tid) => / T /.test(fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8').replace(/^.*\)/, ')'))));
    expect(await waitFor(allStopped, 10_000)).toBe(true);

    const health = await timed(() => fetch(`${base}/healthz`));
    expect(health.value.status).toBe(503);
    expect(health.ms).toBeLessThan(3000);
    const slow = await timed(() => gql('{ me { username } }', token));
    expect(slow.value.status).toBe(503);
    expect(await slow.value.json()).toEqual({ errors: [{ message: expect.stringMatching(/did not answer within 3 s/), extensions: { code: 'TIMEOUT' } }] });
    expect(slow.ms).toBeGreaterThanOrEqual(DEADLINE_MS - 100);
    expect(slow.ms).toBeLessThan(DEADLINE_MS + 3000);

    for (const pid of stopped) signal(pid, 'SIGCONT');
    stopped = [];
    // The late answer to the timed-out request is dropped, not sent, and nothing crashes.
    expect(await waitFor(() => output.includes('dropped a late'), 60_000)).toBe(true);
    expect(await waitFor(async () => (await fetch(`${base}/healthz`)).status === 200, 60_000)).toBe(true);
    const again = (await (await gql('{ me { username } }', token)).json()) as { data?: { me: { username: string } } };
    expect(again.data).toEqual({ me: { username: 'admin' } });
    expect(output).not.toMatch(/ERR_HTTP_HEADERS_SENT|unhandled|uncaught/i);
    expect(child.exitCode).toBeNull();
  }, 240_000);
});
