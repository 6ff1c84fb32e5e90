/**
 * Start-up migrations for criteria set editions (issue 13), in the shape api/db/migrations.ts
 * runs: idempotent, each matching only documents still in the old shape.
 *  - sets stored before editions are at edition 1;
 *  - assessments stored before editions were rated on their programme's set as it is now: they
 *    get that set and edition 1;
 *  - programmes issued by a unit before the issuer's name was kept get it (callers outside that
 *    unit's scope read the name only from there).
 */
import type mongoose from 'mongoose';

export interface DataMigration {
  name: string;
  run(db: mongoose.mongo.Db): Promise<number>;
}

export const CRITERIA_SET_MIGRATIONS: readonly DataMigration[] = [
  {
    name: 'criteriaSets.revision = 1',
    async run(db) {
      const res = await db.collection('criteriaSets').updateMany({ revision: { $exists: false } }, { $set: { revision: 1 } });
      return res.modifiedCount;
    },
  },
  {
    name: 'assessments.criteriaSetId/criteriaSetVersion from their programme',
    async run(db) {
      // Only the programmes whose assessments are still in the old shape: one query, then one update per such programme.
      const old = await db.collection('assessments').distinct('programmeId', { $or: [{ criteriaSetId: null }, { criteriaSetVersion: { $exists: false } }] });
      if (old.length === 0) return 0;
      const programmes = await db.collection('programmes').find({ _id: { $in: old }, criteriaSetId: { $ne: null } }, { projection: { criteriaSetId: 1 } }).toArray();
      let changed = 0;
      for (const p of programmes) {
        const noSet = await db.collection('assessments').updateMany({ programmeId: p._id, criteriaSetId: null }, { $set: { criteriaSetId: p.criteriaSetId, criteriaSetVersion: 1 } });
        const noVersion = await db.collection('assessments').updateMany({ programmeId: p._id, criteriaSetVersion: { $exists: false } }, { $set: { criteriaSetVersion: 1 } });
        changed += noSet.modifiedCount + noVersion.modifiedCount;
      }
      return changed;
    },
  },
  {
    name: 'programmes.issuerName from the issuing unit',
    async run(db) {
      const unnamed = await db.collection('programmes').find({ issuerUnitId: { $ne: null }, issuerName: { $exists: false } }, { projection: { issuerUnitId: 1, issuerLevel: 1 } }).toArray();
      const collectionOf: Record<string, string> = { PROVINCE: 'provinces', WARD: 'wards', NEIGHBOURHOOD: 'neighbourhoods' };
      let changed = 0;
      for (const p of unnamed) {
        const collection = collectionOf[String(p.issuerLevel)];
        const unit = collection ? await db.collection(collection).findOne({ _id: p.issuerUnitId }, { projection: { name: 1 } }) : null;
        const res = await db.collection('programmes').updateOne({ _id: p._id }, { $set: { issuerName: typeof unit?.name === 'string' ? unit.name : null } });
        changed += res.modifiedCount;
      }
      return changed;
    },
  },
];
