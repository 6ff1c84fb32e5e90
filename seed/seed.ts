/**
 * Loads the seed data: the national hierarchy, the seed documents' neighbourhoods and the demo
 * accounts. Each step inserts only what is missing by natural key (code, ward + code,
 * username), so running it again never duplicates or overwrites anyone's edits.
 * The first start of an empty database runs it automatically (seedIfEmpty).
 */
import { Types } from 'mongoose';
import type { Config } from '../api/config';
import type { ObjectId } from '../api/core/access';
import { searchField } from '../api/core/text';
import { Neighbourhood, newNeighbourhood } from '../api/hierarchy/neighbourhood.model';
import { Province } from '../api/hierarchy/province.model';
import { unitDerived } from '../api/hierarchy/unit';
import { Ward } from '../api/hierarchy/ward.model';
import { log } from '../api/log';
import { hashPassword } from '../api/users/auth';
import { User } from '../api/users/user.model';
import { loadAdminUnits } from './data/admin-units';
import { correctModelNames, seedModels, seedPeriodReports, seedProgrammes, seedSampleAssessments } from './content';
import { seedLifeAfterLaunch, type LifeSeedReport } from './life';
import { seedOrganisations } from './organisations';
import { seedTourism } from './tourism';
import { setCurrentConfig } from '../api/runtime';
import { DEMO_USERS, type DemoUser } from './data/demo-users';
import { SEED_NEIGHBOURHOODS } from './data/neighbourhoods';
import { SEED_PLACES } from './data/places';

export interface SeedOptions {
  /** Only these provinces (by code) and their wards: the test suites' small fixture. */
  provinceCodes?: string[];
  /** Also the documents' programmes, models, reports and sample ratings (default true; the test fixture leaves them out). */
  content?: boolean;
}

export interface SeedReport {
  provinces: number;
  wards: number;
  neighbourhoods: number;
  establishments?: number;
  reports?: number;
  organisations?: number;
  users: number;
  programmes: number;
  models: number;
  periodReports: number;
  assessments: number;
  life?: LifeSeedReport;
}

const stamp = () => {
  const now = new Date();
  return { version: 1, createdAt: now, updatedAt: now };
};

/** Inserts the documents whose key is not stored yet; returns how many were inserted. */
async function insertMissing<T extends Record<string, unknown>>(
  model: { collection: { insertMany(docs: T[], o: { ordered: boolean }): Promise<unknown> }; find(q: object): { lean(): Promise<unknown[]> } },
  docs: T[],
  key: (doc: Record<string, unknown>) => string,
  existingQuery: object = {},
): Promise<number> {
  const existing = new Set(((await model.find(existingQuery).lean()) as Record<string, unknown>[]).map(key));
  const missing = docs.filter((d) => !existing.has(key(d)));
  if (missing.length) await model.collection.insertMany(missing, { ordered: false });
  return missing.length;
}

export async function seedAll(config: Config, options: SeedOptions = {}): Promise<SeedReport> {
  // The services the content goes through read their settings (bcrypt cost, report deadline) from here.
  setCurrentConfig(config);
  const wanted = options.provinceCodes ? new Set(options.provinceCodes) : null;
  const source = loadAdminUnits();
  const report: SeedReport = { provinces: 0, wards: 0, neighbourhoods: 0, users: 0, programmes: 0, models: 0, periodReports: 0, assessments: 0 };

  report.provinces = await insertMissing(
    Province,
    source.provinces
      .filter((p) => !wanted || wanted.has(p.code))
      .map((p) => {
        const _id = new Types.ObjectId();
        return { _id, provinceId: _id, ...p, ...unitDerived(p.name, p.code), ...stamp() };
      }),
    (d) => String(d.code),
  );
  const provinceIds = new Map((await Province.find({}, { code: 1 }).lean()).map((p) => [p.code, p._id]));

  report.wards = await insertMissing(
    Ward,
    source.wards
      .filter((w) => provinceIds.has(w.provinceCode))
      .map(({ provinceCode, ...w }) => {
        const _id = new Types.ObjectId();
        return { _id, wardId: _id, provinceId: provinceIds.get(provinceCode) as ObjectId, ...w, aliases: [], location: null, ...unitDerived(w.name, w.code), ...stamp() };
      }),
    (d) => String(d.code),
  );
  const wardsByCode = new Map((await Ward.find({}, { code: 1, provinceId: 1 }).lean()).map((w) => [w.code, w]));

  for (const group of SEED_NEIGHBOURHOODS) {
    const ward = wardsByCode.get(group.wardCode);
    if (!ward) continue;
    report.neighbourhoods += await insertMissing(
      Neighbourhood,
      group.neighbourhoods.map((n) => ({
        ...newNeighbourhood(ward, { code: n.code, name: n.name, type: n.type }, { isSample: n.isSample, note: n.note ?? null }),
        ...stamp(),
      })),
      (d) => String(d.code),
      { wardId: ward._id },
    );
  }

  await seedPlaces(wardsByCode);

  if (config.seedDemoAccounts) report.users = await seedDemoUsers(config, provinceIds, wardsByCode);
  if (options.content === false) return report;
  report.programmes = await seedProgrammes();
  // Seed 003's rated body (Văn phòng UBND tỉnh Sơn La), its contact account and its real 2026 draft:
  // after the programmes (it is rated under Decision 3554) and the demo accounts.
  const organisations = await seedOrganisations(config);
  report.organisations = organisations.organisations;
  report.users += organisations.users;
  report.models = await seedModels();
  report.periodReports = await seedPeriodReports(config.seedDemoAccounts);
  // After the report is sent with the names as it spelt them.
  await correctModelNames();
  // Meetings, groups, commitments and rewards of the models (after the models and the demo accounts they name).
  report.life = await seedLifeAfterLaunch();
  // Sample ratings are demo content: only alongside the demo accounts that walk them through the workflow.
  report.assessments = organisations.assessments;
  if (config.seedDemoAccounts) {
    report.assessments += await seedSampleAssessments(new Date().getFullYear());
    const tourism = await seedTourism();
    report.establishments = tourism.establishments;
    report.reports = tourism.reports;
    report.assessments += tourism.ratings;
  }
  return report;
}

/**
 * The seed documents' places get their aliases and points, only where none is stored yet (an
 * officer's own aliases or point are never overwritten).
 */
async function seedPlaces(wardsByCode: Map<string, { _id: ObjectId }>): Promise<void> {
  for (const place of SEED_PLACES) {
    const ward = wardsByCode.get(place.wardCode);
    if (!ward) continue;
    const update = (key: object, set: object) =>
      place.neighbourhoodCode ? Neighbourhood.updateOne({ wardId: ward._id, code: place.neighbourhoodCode, ...key }, { $set: set }) : Ward.updateOne({ _id: ward._id, ...key }, { $set: set });
    await update({ $or: [{ aliases: { $exists: false } }, { aliases: { $size: 0 } }] }, { aliases: place.aliases });
    await update({ 'location.lat': null }, { location: place.location });
  }
}

async function seedDemoUsers(
  config: Config,
  provinceIds: Map<string, ObjectId>,
  wardsByCode: Map<string, { _id: ObjectId; provinceId: ObjectId }>,
): Promise<number> {
  const passwordHash = await hashPassword(config.seedDemoPassword, config.bcryptRounds);
  const docs = [];
  for (const demo of DEMO_USERS) {
    const scope = await resolveDemoScope(demo, provinceIds, wardsByCode);
    if (scope === undefined) continue; // its unit is not in this (partial) seed
    docs.push({
      username: demo.username,
      displayName: demo.displayName,
      passwordHash,
      passwordChangedAt: new Date(0),
      role: demo.role,
      ...scope,
      disabled: false,
      lastLoginAt: null,
      search: searchField(demo.username, demo.displayName),
      ...stamp(),
    });
  }
  const inserted = await insertMissing(User, docs, (d) => String(d.username));
  // tdp32 heads Tổ dân phố 3/2.
  const head = await User.findOne({ username: 'tdp32' }).lean();
  if (head?.neighbourhoodId) {
    await Neighbourhood.updateOne({ _id: head.neighbourhoodId, headUserId: null }, { $set: { headUserId: head._id, headName: head.displayName } });
  }
  return inserted;
}

/** The stored scope fields for a demo user; undefined when its unit is not seeded. */
async function resolveDemoScope(
  demo: DemoUser,
  provinceIds: Map<string, ObjectId>,
  wardsByCode: Map<string, { _id: ObjectId; provinceId: ObjectId }>,
) {
  const none = { scopeUnitId: null, scopeLevel: null, provinceId: null, wardId: null, neighbourhoodId: null };
  if (!demo.scope) return none;
  if ('provinceCode' in demo.scope) {
    const id = provinceIds.get(demo.scope.provinceCode);
    return id ? { ...none, scopeUnitId: id, scopeLevel: 'PROVINCE', provinceId: id } : undefined;
  }
  const ward = wardsByCode.get(demo.scope.wardCode);
  if (!ward) return undefined;
  if (!('neighbourhoodCode' in demo.scope)) {
    return { ...none, scopeUnitId: ward._id, scopeLevel: 'WARD', provinceId: ward.provinceId, wardId: ward._id };
  }
  const n = await Neighbourhood.findOne({ wardId: ward._id, code: demo.scope.neighbourhoodCode }).lean();
  if (!n) return undefined;
  return { scopeUnitId: n._id, scopeLevel: 'NEIGHBOURHOOD', provinceId: n.provinceId, wardId: n.wardId, neighbourhoodId: n._id };
}

/** First start of an empty database: load everything. A database with data is left alone. */
export async function seedIfEmpty(config: Config): Promise<void> {
  if ((await Province.countDocuments({})) > 0) return;
  log.info('empty database: loading seed data (34 provinces, 3,321 wards, the seed documents’ units, programmes and models, demo accounts)');
  const report = await seedAll(config);
  log.info(`seeded ${JSON.stringify(report)}`);
}

