/**
 * Process supervision of the embedded database (ferretdb-embedded, started by api/db/ferretdb.ts):
 * it dies with the API however the API dies, never runs twice on one DATA_DIR, and is restarted
 * when it dies under a running API.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { FERRETDB_BIN } from '../api/db/ferretdb';
import { exitWithin, freePort, gql, healthStatus, launchers, spawnApi, startApi, stopApi, stopStrays, waitFor } from './helpers/api-process';

const binary = process.env.FERRETDB_BIN ?? FERRETDB_BIN;
const dataDirs: string[] = [];
const newDataDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'antt-supervision-'));
  dataDirs.push(dir);
  return dir;
};
/** Seeded by the first test and reused by the later ones, which saves seeding again. */
let dataDir: string;
beforeAll(() => (dataDir = newDataDir()));
afterEach(stopStrays);
afterAll(() => dataDirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** The one launcher serving dataDir; its parent is the API's node process (tsx runs that as its child). */
function theLauncher(dataDir: string) {
  const found = launchers(dataDir);
  expect(found).toHaveLength(1);
  return found[0] as (typeof found)[number];
}

const databasePort = (output: string) => Number(/database: ferretdb at mongodb:\/\/127\.0\.0\.1:(\d+)\//.exec(output)?.[1]);

test('kill -9 of the API takes its database process down; the next start gets the data folder', async () => {
  const first = await startApi(dataDir);
  const launcher = theLauncher(dataDir);

  process.kill(launcher.ppid, 'SIGKILL');
  // Its stdin pipe reaches EOF at once; the parent poll would catch it within a second or two.
  expect(await waitFor(() => launchers(dataDir).length === 0, 10_000)).toBe(true);
  await first.exited;

  const second = await startApi(dataDir);
  expect(await healthStatus(second.port)).toBe(200);
  expect(theLauncher(dataDir).pid).not.toBe(launcher.pid);
  expect(await stopApi(second)).toBe(0);
  expect(launchers(dataDir)).toHaveLength(0);
}, 180_000);

test('a second database process on the same DATA_DIR is refused, and the API says who holds it', async () => {
  const otherDir = newDataDir();
  const sqliteDir = path.join(otherDir, 'ferretdb');
  const holder = spawn(binary, ['-listen', '127.0.0.1:0', '-sqlite-dir', sqliteDir], { stdio: ['pipe', 'pipe', 'inherit'] });
  try {
    await new Promise<void>((resolve, reject) => {
      readline.createInterface({ input: holder.stdout }).on('line', (line) => line.startsWith('ready ') && resolve());
      holder.once('exit', (code) => reject(new Error(`launcher exited with ${code}`)));
    });
    expect(fs.readFileSync(path.join(sqliteDir, 'ferretdb.lock'), 'utf8').trim()).toBe(String(holder.pid));

    // The launcher itself: a distinct exit code and the holder's pid.
    const second = spawnSync(binary, ['-listen', '127.0.0.1:0', '-sqlite-dir', sqliteDir], { encoding: 'utf8', timeout: 20_000 });
    expect(second.status).toBe(3);
    expect(second.stderr).toContain(`${sqliteDir} is locked by another database process (pid ${holder.pid})`);

    // The API refuses to start (rather than serving a second copy of the same files).
    const api = spawnApi(otherDir, await freePort());
    const code = await exitWithin(api, 60_000);
    expect(code).toBe(1);
    expect(api.output()).toContain(`another database process (pid ${holder.pid}) already serves DATA_DIR ${otherDir}`);
    expect(api.output()).not.toContain('API on');
  } finally {
    holder.kill('SIGTERM');
  }
}, 120_000);

test('when the database dies under the API it is restarted on the same port and the API recovers', async () => {
  const api = await startApi(dataDir);
  const port = databasePort(api.output());
  const before = theLauncher(dataDir);

  process.kill(before.pid, 'SIGKILL');
  expect(await waitFor(async () => (await healthStatus(api.port)) === 200 && launchers(dataDir)[0]?.pid !== before.pid, 30_000)).toBe(true);
  const after = theLauncher(dataDir);
  expect(after.ppid).toBe(before.ppid);
  expect(api.output()).toMatch(/FerretDB \(pid \d+\) exited unexpectedly with SIGKILL/);
  expect(api.output()).toContain(`FerretDB restarted on 127.0.0.1:${port}`);

  // The mongoose connection is back: sign in and read as the seeded demo admin.
  const login = await gql<{ login: { token: string } }>(api.port, 'mutation { login(username: "admin", password: "demo-password") { token } }');
  const token = login.data?.login.token;
  expect(token).toEqual(expect.any(String));
  const me = await gql<{ me: { username: string; role: string } }>(api.port, '{ me { username role } }', token);
  expect(me).toEqual({ data: { me: { username: 'admin', role: 'ADMIN' } } });

  expect(await stopApi(api)).toBe(0);
  expect(launchers(dataDir)).toHaveLength(0);
}, 180_000);

test('when the database cannot be restarted the API gives up with exit code 3', async () => {
  const api = await startApi(dataDir);
  const port = databasePort(api.output());
  const launcher = theLauncher(dataDir);

  // Kill the database and take its port before the first restart (0.5 s later) can: every restart fails.
  process.kill(launcher.pid, 'SIGKILL');
  const squatter = net.createServer();
  const took = await waitFor(
    () => new Promise<boolean>((resolve) => squatter.once('error', () => resolve(false)).listen(port, '127.0.0.1', () => resolve(true))),
    400,
  );
  try {
    expect(took).toBe(true);
    const code = await exitWithin(api, 60_000);
    expect(code).toBe(3);
    expect(api.output()).toContain('FerretDB failed to restart 5 times in a row');
    expect(launchers(dataDir)).toHaveLength(0);
  } finally {
    squatter.close();
  }
}, 180_000);
