/** Starts everything: configuration, database, indexes, first-run seed, HTTP server; stops it all cleanly. */
import type { Server } from 'node:http';
import { loadConfig } from './config';
import { connectDatabase, disconnectDatabase, ensureIndexes } from './db/connection';
import { startDatabase } from './db/database';
import { log } from './log';
import { createApp } from './server';
import { seedIfEmpty } from '../seed/seed';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await startDatabase({ mongodbUri: config.mongodbUri, dataDir: config.dataDir });
  let server: Server | undefined;
  let stopApp: (() => Promise<void>) | undefined;
  let stopping = false;

  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: shutting down`);
    // Never hang on the way out: whatever is still open after 15 s is abandoned.
    setTimeout(() => {
      log.error('shutdown took longer than 15 s; exiting anyway');
      process.exit(1);
    }, 15_000).unref();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await stopApp?.();
    await disconnectDatabase().catch(() => undefined);
    await database.stop();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    await connectDatabase(database.uri);
    await ensureIndexes();
    await seedIfEmpty(config);
    const app = await createApp(config, database);
    stopApp = app.stop;
    server = app.app.listen(config.port, () => {
      log.info(`API on http://localhost:${config.port}/graphql, console on http://localhost:${config.port}/admin`);
    });
  } catch (error) {
    log.error((error as Error).stack ?? String(error));
    await database.stop();
    process.exit(1);
  }
}

void main().catch((error: unknown) => {
  log.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
