/**
 * Every filter and sort the API exposes is backed by an index that exists in the database
 * (read back with listIndexes, not from the schema declarations).
 */
import type { Model } from 'mongoose';
import { AuditEntry } from '../api/core/audit-log';
import { neighbourhoods, provinces, wards } from '../api/hierarchy/hierarchy.service';
import { users } from '../api/users/user.service';
import { criteriaSets } from '../api/programmes/criteria-set.service';
import { programmes } from '../api/programmes/programme.service';
import { models } from '../api/models/model.service';
import { assessments } from '../api/assessments/assessment.service';
import { establishments } from '../api/tourism/establishment.service';
import { organisations } from '../api/organisations/organisation.service';
import { reports } from '../api/tourism/report.service';
import { startTestApp, type TestApp } from './helpers/app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ seed: 'none' });
});
afterAll(() => app.close());

async function leadingKeys(model: Model<never>): Promise<string[]> {
  const indexes = (await model.listIndexes()) as Array<{ key: Record<string, number> }>;
  return indexes.map((i) => Object.keys(i.key)[0] as string);
}

// Filter paths each list accepts (besides ids → _id and q → the folded search text).
interface Listed {
  entityType: string;
  def: { model: unknown; sortFields: Record<string, string> };
}
const FILTERS: Array<[Listed, string[]]> = [
  [provinces, ['provinceId', 'type']],
  [wards, ['provinceId', 'wardId', 'type']],
  [neighbourhoods, ['provinceId', 'wardId', 'neighbourhoodId', 'type', 'headUserId']],
  [users, ['provinceId', 'wardId', 'neighbourhoodId', 'organisationId', 'role', 'username']],
  [programmes, ['provinceId', 'wardId', 'neighbourhoodId', 'issuerUnitId', 'ratedLevel', 'criteriaSetId']],
  [criteriaSets, []],
  [models, ['provinceId', 'wardId', 'neighbourhoodId', 'unitId', 'programmeId', 'status', 'category']],
  [assessments, ['programmeId', 'subjectId', 'provinceId', 'wardId', 'neighbourhoodId', 'organisationId', 'year', 'status']],
  [organisations, ['provinceId', 'wardId', 'organisationId', 'kind']],
  [establishments, ['provinceId', 'wardId', 'neighbourhoodId', 'kind', 'commitmentSignedOn']],
  // overdue → status + dueAt; from/to → createdAt; the public status lookup → code.
  [reports, ['provinceId', 'wardId', 'neighbourhoodId', 'establishmentId', 'status', 'category', 'createdAt', 'code']],
];

test.each(FILTERS.map(([repo, filters]) => [repo.entityType, repo, filters] as const))('%s: every sort field and filter has an index', async (_name, repo, filters) => {
  const keys = await leadingKeys(repo.def.model as Model<never>);
  const wanted = [...Object.values(repo.def.sortFields), ...filters].filter((f) => f !== '_id');
  expect(wanted.filter((field) => !keys.includes(field))).toEqual([]);
});

test('the audit log has an index for each of its filters and its order', async () => {
  const keys = await leadingKeys(AuditEntry as unknown as Model<never>);
  for (const field of ['entityId', 'userId', 'entityType', 'at', 'provinceId', 'wardId', 'neighbourhoodId']) expect(keys).toContain(field);
});
