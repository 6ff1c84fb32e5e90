/**
 * The embedded default database: FerretDB 1.24.2 (SQLite backend) run by our small launcher in
 * tools/ferretdb (a go.mod pinning FerretDB, built once with `go build` into .tools/bin).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { log } from '../log';

export const PROJECT_ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../../..' : '../..');
const SOURCE_DIR = path.join(PROJECT_ROOT, 'tools', 'ferretdb');
export const FERRETDB_BIN = path.join(PROJECT_ROOT, '.tools', 'bin', 'ferretdb-embedded');

const hasGo = () => spawnSync('go', ['version'], { stdio: 'ignore' }).status === 0;

/** The launcher binary: FERRETDB_BIN if set, the cached build, or a fresh build when Go is present. */
export function ensureFerretDBBinary(): string | null {
  const explicit = process.env.FERRETDB_BIN;
  if (explicit) return fs.existsSync(explicit) ? explicit : null;
  if (fs.existsSync(FERRETDB_BIN)) return FERRETDB_BIN;
  if (!hasGo()) return null;
  log.info(`building FerretDB 1.24.2 into ${path.relative(PROJECT_ROOT, FERRETDB_BIN)} (once; takes a few minutes)`);
  const result = spawnSync('go', ['build', '-o', FERRETDB_BIN, '.'], { cwd: SOURCE_DIR, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0 || !fs.existsSync(FERRETDB_BIN)) {
    log.error('building FerretDB failed (see the go output above)');
    return null;
  }
  return FERRETDB_BIN;
}

export interface RunningFerretDB {
  uri: string;
  stop(): Promise<void>;
}

/** The launcher's exit code when another process holds the SQLite folder's lock (tools/ferretdb/main.go). */
const LAUNCHER_LOCKED = 3;
/** The API's exit code when the database died and could not be restarted. */
export const EXIT_DATABASE_LOST = 3;
const MAX_FAILED_RESTARTS = 5;
/** A launcher that ran this long was a success: its crash starts the backoff afresh. */
const STABLE_MS = 30_000;
const restartDelay = (failures: number) => Math.min(500 * 2 ** failures, 10_000);

/** Another launcher (pid if known) holds the lock on this SQLite folder. */
export class DataFolderLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number | undefined,
  ) {
    super(`${dir} is locked by another database process${pid ? ` (pid ${pid})` : ''}`);
  }
}

function lockHolder(dir: string): number | undefined {
  try {
    const pid = Number.parseInt(fs.readFileSync(path.join(dir, 'ferretdb.lock'), 'utf8'), 10);
    return pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Starts FerretDB on a free loopback port; resolves once it accepts connections. It is then
 * supervised: when it dies unexpectedly it is restarted on the same port (so the driver simply
 * reconnects) with exponential backoff; after MAX_FAILED_RESTARTS failures in a row, onGiveUp
 * runs (by default: log and exit with EXIT_DATABASE_LOST, for an outside supervisor to act).
 */
export async function startFerretDB(
  binary: string,
  backend: { sqliteDir: string } | { postgresqlUrl: string },
  { onGiveUp = giveUpAndExit }: { onGiveUp?: (reason: string) => void } = {},
): Promise<RunningFerretDB> {
  const args = ['-log-level', process.env.FERRETDB_LOG_LEVEL ?? 'error'];
  if ('sqliteDir' in backend) {
    fs.mkdirSync(backend.sqliteDir, { recursive: true });
    args.push('-sqlite-dir', backend.sqliteDir);
  } else {
    args.push('-postgresql-url', backend.postgresqlUrl);
  }
  let child: ChildProcess | undefined;
  let stopping = false;
  let failures = 0;
  const cancelBackoff = new AbortController();
  // Never leave FerretDB running behind an exiting parent (it also exits by itself when our end of its stdin closes).
  const killOnExit = () => child?.kill('SIGTERM');
  process.once('exit', killOnExit);

  /** Spawns one launcher and waits for its "ready" line; supervises it from then on. */
  const launch = (listen: string) =>
    new Promise<string>((resolve, reject) => {
      // stdin is a pipe only so that the launcher sees EOF when this process dies, even by SIGKILL.
      const proc = spawn(binary, ['-listen', listen, ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
      child = proc;
      const timer = setTimeout(() => {
        reject(new Error('FerretDB did not start within 30 s'));
        proc.kill('SIGKILL');
      }, 30_000);
      readline.createInterface({ input: proc.stdout as NonNullable<ChildProcess['stdout']> }).on('line', (line) => {
        const uri = /^ready (\S+)/.exec(line)?.[1];
        if (!uri) return;
        clearTimeout(timer);
        const readyAt = Date.now();
        proc.once('exit', (code, signal) => {
          if (stopping) return;
          log.error(`FerretDB (pid ${proc.pid}) exited unexpectedly with ${signal ?? `code ${code}`}`);
          if (Date.now() - readyAt >= STABLE_MS) failures = 0;
          // The same port again: the connection string the driver holds stays valid.
          void restart(`127.0.0.1:${new URL(uri).port}`);
        });
        resolve(uri);
      });
      proc.once('exit', (code) => {
        clearTimeout(timer);
        if (code === LAUNCHER_LOCKED && 'sqliteDir' in backend) reject(new DataFolderLockedError(backend.sqliteDir, lockHolder(backend.sqliteDir)));
        else reject(new Error(`FerretDB exited early with code ${code}`));
      });
    });

  const restart = async (listen: string) => {
    while (!stopping) {
      if (failures >= MAX_FAILED_RESTARTS) return onGiveUp(`FerretDB failed to restart ${failures} times in a row`);
      const delay = restartDelay(failures++);
      log.warn(`restarting FerretDB on ${listen} in ${delay / 1000} s (attempt ${failures} of ${MAX_FAILED_RESTARTS})`);
      await sleep(delay, undefined, { signal: cancelBackoff.signal }).catch(() => undefined);
      if (stopping) return;
      try {
        await launch(listen);
        return log.info(`FerretDB restarted on ${listen}`);
      } catch (error) {
        if (!stopping) log.error(`FerretDB restart failed: ${(error as Error).message}`);
      }
    }
  };

  return {
    uri: await launch('127.0.0.1:0'),
    stop: () =>
      new Promise<void>((resolve) => {
        stopping = true;
        cancelBackoff.abort();
        process.removeListener('exit', killOnExit);
        const proc = child;
        if (!proc || proc.exitCode !== null || proc.signalCode !== null) return resolve();
        proc.once('exit', () => resolve());
        proc.kill('SIGTERM');
        setTimeout(() => proc.kill('SIGKILL'), 10_000).unref();
      }),
  };
}

function giveUpAndExit(reason: string): void {
  log.error(`${reason}; exiting with code ${EXIT_DATABASE_LOST} so that a process supervisor can restart the API`);
  process.exit(EXIT_DATABASE_LOST);
}
