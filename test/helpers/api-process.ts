/**
 * Runs the real entry point (server/main.ts, as `make start` does) as a child process with its own
 * DATA_DIR and PORT, and finds the embedded database processes (ferretdb-embedded) serving a
 * DATA_DIR through /proc.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export const root = path.resolve(__dirname, '../..');

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export interface RunningApi {
  child: ChildProcess;
  port: number;
  output: () => string;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
}

/**
 * Spawns server/main.ts on the embedded FerretDB: MONGODB_URI is dropped and mongod is kept out of
 * reach (no download, no mongod on PATH), so these tests run the same wherever mongod exists.
 */
export function spawnApi(dataDir: string, port: number): RunningApi {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    NODE_ENV: 'development',
    LOG_LEVEL: 'info',
    SKIP_MONGOD_DOWNLOAD: '1',
    PATH: (process.env.PATH ?? '')
      .split(path.delimiter)
      .filter((dir) => !fs.existsSync(path.join(dir, 'mongod')))
      .join(path.delimiter),
  };
  delete env.MONGODB_URI;
  delete env.MONGOMS_SYSTEM_BINARY;
  const child = spawn(path.join(root, 'node_modules/.bin/tsx'), ['server/main.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout?.on('data', (d) => (log += d));
  child.stderr?.on('data', (d) => (log += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const run = { child, port, output: () => log, exited };
  spawned.add(run);
  void exited.then(() => spawned.delete(run));
  return run;
}

const spawned = new Set<RunningApi>();

/** For afterEach: stops whatever a failed test left running. */
export async function stopStrays(): Promise<void> {
  await Promise.all(
    [...spawned].map(async (run) => {
      const code = await stopApi(run, 20_000);
      if (code === 'still running') run.child.kill('SIGKILL');
    }),
  );
}

/** Starts server/main.ts on a free port and waits for its "API on" line (rejects if it exits first). */
export async function startApi(dataDir: string): Promise<RunningApi> {
  const run = spawnApi(dataDir, await freePort());
  const listening = await waitFor(() => {
    if (run.child.exitCode !== null) throw new Error(`server exited early:\n${run.output()}`);
    return run.output().includes('API on http://localhost');
  }, 120_000);
  if (!listening) throw new Error(`server did not start within 120 s:\n${run.output()}`);
  return run;
}

/** The exit code once the process exits, or 'still running' after `ms`. */
export async function exitWithin(run: RunningApi, ms: number): Promise<number | null | 'still running'> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'still running'>((resolve) => (timer = setTimeout(() => resolve('still running'), ms)));
  return Promise.race([run.exited, late]).finally(() => clearTimeout(timer));
}

/** Sends SIGTERM and resolves with the exit code. */
export async function stopApi(run: RunningApi): Promise<number | null>;
export async function stopApi(run: RunningApi, ms: number): Promise<number | null | 'still running'>;
export async function stopApi(run: RunningApi, ms?: number): Promise<number | null | 'still running'> {
  run.child.kill('SIGTERM');
  return ms === undefined ? run.exited : exitWithin(run, ms);
}

/** Polls `check` every 100 ms until it returns true; false once `ms` have passed. */
export async function waitFor(check: () => boolean | Promise<boolean>, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

export interface Launcher {
  pid: number;
  ppid: number;
}

/** The live ferretdb-embedded processes whose command line names `dataDir`. */
export function launchers(dataDir: string): Launcher[] {
  const found: Launcher[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const args = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (!args[0]?.endsWith('ferretdb-embedded') || !args.some((a) => a.startsWith(dataDir))) continue;
      // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may contain spaces, so split after ')'.
      const [state, ppid] = fs.readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      if (state !== 'Z') found.push({ pid: Number(entry), ppid: Number(ppid) });
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}

export async function gql<T>(port: number, query: string, token?: string): Promise<{ data?: T; errors?: unknown[] }> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as { data?: T; errors?: unknown[] };
}

export const healthStatus = (port: number) => fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.status, () => 0);
