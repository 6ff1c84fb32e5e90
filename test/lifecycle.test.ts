/**
 * The real entry point as `make start` runs it: chooses and starts the embedded database,
 * seeds on first run, serves, stops cleanly on SIGTERM (taking its database down with it),
 * and finds its data again on the next start. Keep-alive clients do not hold the shutdown up.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';

const root = path.resolve(__dirname, '..');

/** Just the fields this test reads. */
interface GraphQLData {
  login: { token: string };
  me: { scope: { id: string } };
  neighbourhood: { households: number; version: number };
}
let dataDir: string;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

interface Running {
  child: ChildProcess;
  port: number;
  output: () => string;
}

/** Starts server/main.ts and waits for its "API on" line. */
async function start(): Promise<Running> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DATA_DIR: dataDir, NODE_ENV: 'development', LOG_LEVEL: 'info' };
  delete env.MONGODB_URI;
  const child = spawn(path.join(root, 'node_modules/.bin/tsx'), ['server/main.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout?.on('data', (d) => (log += d));
  child.stderr?.on('data', (d) => (log += d));
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (log.includes('API on http://localhost')) {
        clearInterval(timer);
        resolve();
      }
      if (child.exitCode !== null) {
        clearInterval(timer);
        reject(new Error(`server exited early:\n${log}`));
      }
    }, 100);
  });
  return { child, port, output: () => log };
}

async function stop(run: Running): Promise<number | null> {
  run.child.kill('SIGTERM');
  return new Promise((resolve) => run.child.once('exit', (code) => resolve(code)));
}

const ferretProcesses = () =>
  spawnSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).stdout.split('\n').filter((l) => l.includes('ferretdb-embedded') && l.includes(dataDir));

beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'antt-lifecycle-'));
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

test('first start seeds; SIGTERM stops the API and its database; the next start reuses the data', async () => {
  const first = await start();
  // One line says which database was chosen and why (FerretDB here; a mongod where one is installed).
  expect(first.output()).toMatch(/INFO {2}database: (ferretdb|mongod) at mongodb:\/\/127\.0\.0\.1:\d+\/ \(.+\)/);
  expect(first.output()).toMatch(/seeded \{"provinces":34,"wards":3321/);
  const health = await fetch(`http://127.0.0.1:${first.port}/healthz`);
  expect(health.status).toBe(200);

  // Change something, so the restart can prove the data survived.
  const gql = async (port: number, query: string, token?: string) =>
    (await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query }),
    }).then((r) => r.json())) as { data: GraphQLData };
  const login = await gql(first.port, 'mutation { login(username: "tdp32", password: "demo-password") { token } }');
  const token = login.data.login.token;
  const me = await gql(first.port, '{ me { scope { id } } }', token);
  await gql(first.port, `mutation { updateNeighbourhood(id: "${me.data.me.scope.id}", input: { households: 287 }) { version } }`, token);

  expect(ferretProcesses()).toHaveLength(1);
  expect(await stop(first)).toBe(0);
  expect(first.output()).toContain('stopped');
  expect(ferretProcesses()).toHaveLength(0);

  const second = await start();
  expect(second.output()).not.toContain('empty database');
  const again = await gql(second.port, `{ neighbourhood(id: "${me.data.me.scope.id}") { households version } }`, token);
  expect(again.data.neighbourhood).toEqual({ households: 287, version: 2 });
  expect(await stop(second)).toBe(0);
}, 180_000);

test('SIGTERM with keep-alive clients and a request in flight: it is answered, the API exits 0 and stops its database', async () => {
  const run = await start();
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const get = (agent: http.Agent) =>
    new Promise<number | undefined>((resolve, reject) => {
      http.get({ host: '127.0.0.1', port: run.port, path: '/healthz', agent }, (res) => res.resume().on('end', () => resolve(res.statusCode))).on('error', reject);
    });
  // An idle keep-alive connection …
  const idle = new http.Agent({ keepAlive: true });
  expect(await get(idle)).toBe(200);
  // … and one with a request in flight: its head and half its body now, the rest after SIGTERM.
  const busy = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const body = JSON.stringify({ query: '{ __typename }' });
  const req = http.request({
    host: '127.0.0.1',
    port: run.port,
    path: '/graphql',
    method: 'POST',
    agent: busy,
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
  });
  const answer = new Promise<{ status?: number; body: unknown }>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      res.on('data', (d) => (text += d)).on('end', () => resolve({ status: res.statusCode, body: JSON.parse(text) }));
    });
    req.on('error', reject);
  });
  req.write(body.slice(0, 5));
  await sleep(300); // let the server read the request's head

  const signalledAt = Date.now();
  const exited = new Promise<number | null>((resolve) => run.child.once('exit', (code) => resolve(code)));
  run.child.kill('SIGTERM');
  await sleep(500);
  req.end(body.slice(5));
  expect(await answer).toEqual({ status: 200, body: { data: { __typename: 'Query' } } });
  // The client keeps reusing its connection (as browsers and proxies do) until the server closes it.
  while (run.child.exitCode === null && (await get(busy).then(() => true, () => false))) await sleep(200);

  expect(await exited).toBe(0);
  // The forced exit (status 1) comes at 15 s; an orderly stop takes about a second.
  expect(Date.now() - signalledAt).toBeLessThan(10_000);
  expect(run.output()).toContain('stopped');
  expect(ferretProcesses()).toHaveLength(0);
  idle.destroy();
  busy.destroy();
}, 180_000);
