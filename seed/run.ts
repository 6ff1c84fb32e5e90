/**
 * `npm run seed`: fills in whatever seed data is missing in the configured database (MONGODB_URI,
 * or the embedded default in DATA_DIR), without touching existing records.
 */
import { loadConfig } from '../api/config';
import { connectDatabase, disconnectDatabase, ensureIndexes } from '../api/db/connection';
import { startDatabase } from '../api/db/database';
import { log } from '../api/log';
import { seedAll } from './seed';

async function run(): Promise<void> {
  const config = loadConfig();
  const database = await startDatabase({ mongodbUri: config.mongodbUri, dataDir: config.dataDir });
  try {
    await connectDatabase(database.uri);
    await ensureIndexes();
    const report = await seedAll(config);
    log.info(`inserted ${JSON.stringify(report)}`);
  } finally {
    await disconnectDatabase();
    await database.stop();
  }
}

run().catch((error: unknown) => {
  log.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
