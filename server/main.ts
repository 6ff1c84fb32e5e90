/**
 * The composition root: configuration, database, indexes, data migrations, first-run seed, HTTP server; stops it
 * all cleanly. It lives outside api/ so that api/ never imports seed/ (seed/ builds on api/).
 * Exit codes: 0 stopped cleanly (SIGTERM/SIGINT); 1 could not start, or the shutdown overran 15 s;
 * 3 (EXIT_DATABASE_LOST) the embedded database died and could not be restarted.
 */
import type { Server } from 'node:http';
import { loadConfig } from '../api/config';
import { connectDatabase, disconnectDatabase, ensureIndexes } from '../api/db/connection';
import { startDatabase, type StartedDatabase } from '../api/db/database';
import { migrateData } from '../api/db/migrations';
import { log } from '../api/log';
import { createApp } from '../api/server';
import { seedIfEmpty } from '../seed/seed';

/** What shutdown has to stop, filled in as start-up gets that far. */
interface Running {
  database: StartedDatabase;
  server?: Server;
  stopApp?: () => Promise<void>;
}

async function main(): Promise<void> {
  const config = loadConfig();
  const running: Running = { database: await startDatabase({ mongodbUri: config.mongodbUri, dataDir: config.dataDir }) };
  stopOnSignals(running);

  try {
    await connectDatabase(running.database.uri);
    await ensureIndexes();
    await migrateData();
    await seedIfEmpty(config);
    const app = await createApp(config, running.database);
    running.stopApp = app.stop;
    running.server = app.app.listen(config.port, () => {
      log.info(`API on http://localhost:${config.port}/graphql, console on http://localhost:${config.port}/admin`);
    });
  } catch (error) {
    log.error((error as Error).stack ?? String(error));
    await running.database.stop();
    process.exit(1);
  }
}

/** On SIGINT/SIGTERM: HTTP server, then Apollo, mongoose and the database, in that order; exit 0. */
function stopOnSignals(running: Running): void {
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
    if (running.server) await closeHttpServer(running.server);
    await running.stopApp?.();
    await disconnectDatabase().catch(() => undefined);
    await running.database.stop();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

/**
 * Stops accepting connections and resolves once every open one has ended: in-flight requests
 * finish, and keep-alive connections are closed as soon as they are idle. (server.close() alone
 * closes only the connections idle at that moment; one that turns idle later stays open until its
 * keep-alive timeout, or for ever while its client keeps reusing it.)
 */
function closeHttpServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    // Responses from now on tell clients not to reuse their connection. Prepended, so it runs
    // before Express, which may answer synchronously.
    server.prependListener('request', (_req, res) => res.setHeader('connection', 'close'));
    const sweep = setInterval(() => server.closeIdleConnections(), 100);
    server.close(() => {
      clearInterval(sweep);
      resolve();
    });
    server.closeIdleConnections();
  });
}

void main().catch((error: unknown) => {
  log.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
