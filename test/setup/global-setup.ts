/**
 * Starts the test database once per run with the same bootstrap as the server (docs/database.md):
 * MONGODB_URI if set (run the suite against real MongoDB), else a real mongod, else FerretDB
 * in a throw-away data folder. Test files read TEST_MONGODB_URI and create their own database.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startDatabase, type StartedDatabase } from '../../api/db/database';

declare global {
  var __TEST_DATABASE__: { db: StartedDatabase; dataDir: string } | undefined;
}

export default async function globalSetup(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'antt-test-'));
  const db = await startDatabase({ mongodbUri: process.env.MONGODB_URI, dataDir });
  process.env.TEST_MONGODB_URI = db.uri;
  process.env.TEST_DATABASE_KIND = db.kind;
  globalThis.__TEST_DATABASE__ = { db, dataDir };
}
