import mongoose from 'mongoose';
import ConnectionString from 'mongodb-connection-string-url';
import { log } from '../log';

export const DEFAULT_DB_NAME = 'antt_registry';

/** The database named in the URI's path, or our default. */
export function databaseName(uri: string): string {
  const name = new ConnectionString(uri).pathname.replace(/^\//, '');
  return name || DEFAULT_DB_NAME;
}

/**
 * Connects mongoose (the one connection of the process) with command monitoring on, so tests
 * and the benchmark can count the database commands a request issues.
 */
export async function connectDatabase(uri: string, dbName = databaseName(uri)): Promise<typeof mongoose> {
  // Filters must run exactly as written. With strictQuery on, mongoose silently drops filter
  // paths a schema lacks, so a scope constraint such as { wardId } on the provinces collection
  // would turn into "match everything". Unknown paths must match nothing instead.
  mongoose.set('strictQuery', false);
  // Indexes are created explicitly by ensureIndexes, not in the background on first use.
  mongoose.set('autoIndex', false);
  // A heartbeat every 2 s (driver default 10 s): after the database comes back (e.g. the embedded
  // one restarted by its supervisor) mongoose is connected again, and /healthz green, within 2 s.
  await mongoose.connect(uri, { dbName, monitorCommands: true, serverSelectionTimeoutMS: 10_000, heartbeatFrequencyMS: 2000 });
  log.debug(`connected to database ${dbName}`);
  return mongoose;
}

/** Creates every declared index (idempotent); run at start-up before serving. */
export async function ensureIndexes(): Promise<void> {
  for (const model of Object.values(mongoose.models)) {
    await model.createCollection().catch(() => undefined);
    await model.createIndexes();
  }
}

export async function pingDatabase(): Promise<boolean> {
  const db = mongoose.connection.db;
  if (mongoose.connection.readyState !== 1 || !db) return false;
  try {
    await db.command({ ping: 1 }, { timeoutMS: 2000 });
    return true;
  } catch {
    return false;
  }
}

export async function disconnectDatabase(): Promise<void> {
  await mongoose.disconnect();
}
