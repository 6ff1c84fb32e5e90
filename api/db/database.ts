/**
 * Chooses the database, in the order of docs/database.md, and says which and why in one log line:
 *  1. MONGODB_URI                           → use it (production: a replica set or Atlas)
 *  2. a real mongod (MONGOMS_SYSTEM_BINARY or on PATH) → mongodb-memory-server runs it
 *  3. mongodb-memory-server can download mongod        → use that
 *  4. FerretDB 1.x on SQLite in DATA_DIR (PostgreSQL with FERRETDB_POSTGRESQL_URL)
 * Steps 2–4 keep their data in DATA_DIR, so a restart finds it again.
 */
import { spawnSync } from 'node:child_process';
import dns from 'node:dns/promises';
import fs from 'node:fs';
import path from 'node:path';
import { MongoMemoryServer } from 'mongodb-memory-server-core';
import { log } from '../log';
import { DataFolderLockedError, ensureFerretDBBinary, startFerretDB } from './ferretdb';

export type DatabaseKind = 'external' | 'mongod' | 'ferretdb';

export interface StartedDatabase {
  kind: DatabaseKind;
  uri: string;
  reason: string;
  stop(): Promise<void>;
}

function systemMongod(): string | null {
  const explicit = process.env.MONGOMS_SYSTEM_BINARY;
  if (explicit) return explicit;
  const found = spawnSync('sh', ['-c', 'command -v mongod'], { encoding: 'utf8' });
  return found.status === 0 && found.stdout.trim() ? found.stdout.trim() : null;
}

async function startMemoryServer(dataDir: string, systemBinary?: string): Promise<MongoMemoryServer> {
  const dbPath = path.join(dataDir, 'mongod');
  fs.mkdirSync(dbPath, { recursive: true });
  return MongoMemoryServer.create({
    binary: systemBinary ? { systemBinary } : {},
    instance: { dbPath, storageEngine: 'wiredTiger', ip: '127.0.0.1' },
  });
}

const withTimeout = <T>(promise: Promise<T>, ms: number, what: string): Promise<T> =>
  Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what} timed out after ${ms / 1000} s`)), ms).unref())]);

export async function startDatabase(options: { mongodbUri?: string; dataDir: string }): Promise<StartedDatabase> {
  const started = await choose(options);
  log.info(`database: ${started.kind} at ${started.uri.replace(/\/\/[^@/]*@/, '//***@')} (${started.reason})`);
  return started;
}

async function choose({ mongodbUri, dataDir }: { mongodbUri?: string; dataDir: string }): Promise<StartedDatabase> {
  if (mongodbUri) {
    return { kind: 'external', uri: mongodbUri, reason: 'MONGODB_URI is set', stop: async () => undefined };
  }
  const tried: string[] = ['MONGODB_URI is not set'];

  const mongod = systemMongod();
  if (mongod) {
    try {
      const server = await startMemoryServer(dataDir, mongod);
      return { kind: 'mongod', uri: server.getUri(), reason: `found mongod at ${mongod}`, stop: async () => void (await server.stop({ doCleanup: false })) };
    } catch (error) {
      tried.push(`mongod at ${mongod} failed: ${(error as Error).message}`);
    }
  } else {
    tried.push('no mongod on PATH and MONGOMS_SYSTEM_BINARY is not set');
  }

  // Only try a download where MongoDB's download host resolves; otherwise skip it quietly.
  const canDownload = process.env.SKIP_MONGOD_DOWNLOAD !== '1' && (await dns.lookup('fastdl.mongodb.org').then(() => true, () => false));
  if (!canDownload) tried.push('mongodb-memory-server cannot reach fastdl.mongodb.org to download mongod');
  if (canDownload) {
    try {
      const server = await withTimeout(startMemoryServer(dataDir), 60_000, 'mongod download');
      return { kind: 'mongod', uri: server.getUri(), reason: 'mongodb-memory-server downloaded mongod', stop: async () => void (await server.stop({ doCleanup: false })) };
    } catch (error) {
      tried.push(`mongodb-memory-server could not get mongod: ${(error as Error).message.split('\n')[0]}`);
    }
  }

  const binary = ensureFerretDBBinary();
  if (binary) {
    const postgresqlUrl = process.env.FERRETDB_POSTGRESQL_URL;
    const backend = postgresqlUrl ? { postgresqlUrl } : { sqliteDir: path.join(dataDir, 'ferretdb') };
    const ferret = await startFerretDB(binary, backend).catch((error: unknown) => {
      if (!(error instanceof DataFolderLockedError)) throw error;
      throw new Error(
        `another database process${error.pid ? ` (pid ${error.pid})` : ''} already serves DATA_DIR ${dataDir} (it holds ${error.dir}/ferretdb.lock); ` +
          'stop that process (often an API still running on this DATA_DIR) or give this one its own DATA_DIR',
      );
    });
    const where = postgresqlUrl ? 'PostgreSQL backend' : `SQLite backend in ${backend.sqliteDir}`;
    return { kind: 'ferretdb', uri: ferret.uri, reason: `${tried.join('; ')}; using FerretDB 1.24.2, ${where}`, stop: ferret.stop };
  }
  tried.push('FerretDB is not built and Go is not installed to build it');

  throw new Error(
    [
      'No database available. Tried:',
      ...tried.map((t) => `  - ${t}`),
      'Provide one of:',
      '  - MONGODB_URI=mongodb://… pointing at a MongoDB server',
      '  - a mongod binary on PATH or in MONGOMS_SYSTEM_BINARY',
      '  - internet access so mongodb-memory-server can download mongod',
      '  - Go (to build FerretDB from tools/ferretdb) or FERRETDB_BIN pointing at a built launcher',
    ].join('\n'),
  );
}
