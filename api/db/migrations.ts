/**
 * Changes to stored data between releases, run at start-up after the indexes and before
 * serving. Each is idempotent (it matches only documents still in the old shape), so running
 * them again, or on a new database, changes nothing.
 */
import mongoose from 'mongoose';
import { log } from '../log';
import { CRITERIA_SET_MIGRATIONS } from '../programmes/criteria-set-migrations';

interface Migration {
  name: string;
  run(db: mongoose.mongo.Db): Promise<number>;
}

const MIGRATIONS: readonly Migration[] = [
  {
    // The public API spells "recognize" one way (RECOGNIZED, recognizingLevel); stored programmes follow.
    name: 'programmes.recognisingLevel → recognizingLevel',
    async run(db) {
      const res = await db.collection('programmes').updateMany({ recognisingLevel: { $exists: true } }, { $rename: { recognisingLevel: 'recognizingLevel' } });
      return res.modifiedCount;
    },
  },
  ...['wards', 'neighbourhoods'].map((collection) => ({
    // Units stored before places had aliases get an empty list (the API never returns null).
    name: `${collection}.aliases = []`,
    async run(db: mongoose.mongo.Db) {
      const res = await db.collection(collection).updateMany({ aliases: { $exists: false } }, { $set: { aliases: [] } });
      return res.modifiedCount;
    },
  })),
  ...CRITERIA_SET_MIGRATIONS,
];

export async function migrateData(): Promise<void> {
  const db = mongoose.connection.db;
  if (!db) throw new Error('migrateData needs a connected database');
  for (const migration of MIGRATIONS) {
    const changed = await migration.run(db);
    if (changed) log.info(`migration ${migration.name}: ${changed} document(s) changed`);
  }
}
