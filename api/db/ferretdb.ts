/**
 * The embedded default database: FerretDB 1.24.2 (SQLite backend) run by our small launcher in
 * tools/ferretdb (a go.mod pinning FerretDB, built once with `go build` into .tools/bin).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
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

/** Starts FerretDB on a free loopback port; resolves once it accepts connections. */
export async function startFerretDB(binary: string, backend: { sqliteDir: string } | { postgresqlUrl: string }): Promise<RunningFerretDB> {
  const args = ['-listen', '127.0.0.1:0', '-log-level', process.env.FERRETDB_LOG_LEVEL ?? 'error'];
  if ('sqliteDir' in backend) {
    fs.mkdirSync(backend.sqliteDir, { recursive: true });
    args.push('-sqlite-dir', backend.sqliteDir);
  } else {
    args.push('-postgresql-url', backend.postgresqlUrl);
  }
  const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  // Never leave FerretDB running behind a crashed or interrupted parent.
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);

  const uri = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('FerretDB did not start within 30 s')), 30_000);
    const lines = readline.createInterface({ input: child.stdout as NonNullable<ChildProcess['stdout']> });
    lines.on('line', (line) => {
      const m = /^ready (\S+)/.exec(line);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`FerretDB exited early with code ${code}`));
    });
  });

  return {
    uri,
    stop: () =>
      new Promise<void>((resolve) => {
        process.removeListener('exit', killOnExit);
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
      }),
  };
}
