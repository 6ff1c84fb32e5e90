/**
 * Criteria sets are versioned (issue 13): editing a set that has ratings freezes the edition they
 * were rated on and moves the set to the next; those assessments keep scoring and showing it,
 * new assessments take the newest; a name-only edit changes no edition.
 */
import mongoose from 'mongoose';
import { AuditEntry } from '../api/core/audit-log';
import { CRITERIA_SET_MIGRATIONS } from '../api/programmes/criteria-set-migrations';
import { ratedSet } from '../api/programmes/criteria-set-revisions';
import { codeOf, fixtureIds, startTestApp, type FixtureIds, type TestApp } from './helpers/app';

let app: TestApp;
let id: FixtureIds;
let setId: string;
let programmeId: string;
const crit: Record<string, string> = {};

type Criterion = { id: string; code: string; title: string; group: string; kind: string; maxScore: number | null; required: boolean };
type SetView = { id: string; version: number; revision: number; criteria: Criterion[]; thresholds: Array<{ classification: string; minTotal: number }>; revisions: Array<{ revision: number; criteria: Array<{ code: string }>; maxTotal: number; replacedAt: string | null }> };
type AssessmentView = {
  id: string;
  total: number;
  classification: string | null;
  criteriaSetVersion: number;
  results: Array<{ criterionId: string; criterion: { code: string } | null }>;
  unmetRequired: Array<{ code: string }>;
  criteriaSetEdition: { revision: number; criteria: Array<{ code: string }>; maxTotal: number; replacedAt: string | null } | null;
};

const SET_FIELDS = 'id version revision criteria { id code title group kind maxScore required } thresholds { classification minTotal } revisions { revision criteria { code } maxTotal replacedAt }';
const ASSESSMENT_FIELDS = 'id total classification criteriaSetVersion results { criterionId criterion { code } } unmetRequired { code } criteriaSetEdition { revision criteria { code } maxTotal replacedAt }';
const readSet = async (as = 'admin') => (await app.gql<{ criteriaSet: SetView }>(`query($id: ID!) { criteriaSet(id: $id) { ${SET_FIELDS} } }`, { id: setId }, as)).data?.criteriaSet as SetView;
const updateSet = (input: Record<string, unknown>) => app.gql<{ updateCriteriaSet: SetView }>(`mutation($id: ID!, $input: CriteriaSetUpdateInput!) { updateCriteriaSet(id: $id, input: $input) { ${SET_FIELDS} } }`, { id: setId, input }, 'admin');
const readAssessment = async (assessmentId: string, as = 'thaonguyen') =>
  (await app.gql<{ assessment: AssessmentView }>(`query($id: ID!) { assessment(id: $id) { ${ASSESSMENT_FIELDS} } }`, { id: assessmentId }, as)).data?.assessment as AssessmentView;
const createAssessment = (year: number, results: unknown[]) =>
  app.gql<{ createAssessment: AssessmentView }>(`mutation($input: AssessmentCreateInput!) { createAssessment(input: $input) { ${ASSESSMENT_FIELDS} } }`, { input: { programmeId, subjectId: id.tdp32, year, results } }, 'thaonguyen');
const asInput = (criteria: Criterion[]) => criteria.map(({ id: criterionId, ...c }) => ({ id: criterionId, ...c }));

let first: string;

beforeAll(async () => {
  app = await startTestApp();
  id = await fixtureIds(app);
  const set = await app.gql<{ createCriteriaSet: SetView }>(
    `mutation($input: CriteriaSetCreateInput!) { createCriteriaSet(input: $input) { ${SET_FIELDS} } }`,
    {
      input: {
        name: 'Bộ tiêu chí có phiên bản',
        groups: [{ code: '1', title: 'Tổ chức' }, { code: '2', title: 'An ninh, trật tự' }],
        criteria: [
          { code: '1.1', title: 'Có quyết định thành lập', group: '1', kind: 'PASS_FAIL', required: true },
          { code: '2.1', title: 'Không có tội phạm', group: '2', kind: 'PASS_FAIL', required: true },
          { code: '2.2', title: 'Tuyên truyền', group: '2', kind: 'POINTS', maxScore: 10, required: false },
        ],
        thresholds: [{ classification: 'Đạt', minTotal: 8 }],
      },
    },
    'admin',
  );
  expect(set.errors).toBeUndefined();
  setId = set.data?.createCriteriaSet.id as string;
  for (const c of set.data?.createCriteriaSet.criteria ?? []) crit[c.code] = c.id;
  const programme = await app.gql<{ createProgramme: { id: string } }>(
    'mutation($input: ProgrammeCreateInput!) { createProgramme(input: $input) { id } }',
    { input: { code: 'VER-1', name: 'Phong trào thử phiên bản', ratedLevel: 'NEIGHBOURHOOD', recognizingLevel: 'WARD', period: 'YEAR', criteriaSetId: setId, issuerUnitId: id.thaonguyen } },
    'thaonguyen',
  );
  expect(programme.errors).toBeUndefined();
  programmeId = programme.data?.createProgramme.id as string;
});
afterAll(() => app.close());

describe('criteria set editions', () => {
  test('a new set is at edition 1, and editing it before any rating changes no edition', async () => {
    expect((await readSet()).revision).toBe(1);
    const res = await updateSet({ thresholds: [{ classification: 'Đạt', minTotal: 9 }] });
    expect(res.errors).toBeUndefined();
    expect(res.data?.updateCriteriaSet).toMatchObject({ revision: 1, revisions: [] });
  });

  test('an assessment takes the current edition', async () => {
    const res = await createAssessment(2025, [
      { criterionId: crit['1.1'], met: true },
      { criterionId: crit['2.1'], met: true },
      { criterionId: crit['2.2'], score: 7 },
    ]);
    expect(res.errors).toBeUndefined();
    first = res.data?.createAssessment.id as string;
    expect(res.data?.createAssessment).toMatchObject({ total: 9, classification: 'Đạt', criteriaSetVersion: 1 });
  });

  test('a name-only edit of a rated set changes no edition', async () => {
    const res = await updateSet({ name: 'Bộ tiêu chí có phiên bản (tên mới)', note: 'Chỉ sửa tên' });
    expect(res.errors).toBeUndefined();
    expect(res.data?.updateCriteriaSet).toMatchObject({ revision: 1, revisions: [] });
  });

  test('removing a criterion and changing a threshold of a rated set freezes edition 1 and moves to edition 2', async () => {
    const before = await readSet();
    const kept = before.criteria.filter((c) => c.code !== '2.1');
    const res = await updateSet({ criteria: asInput(kept), thresholds: [{ classification: 'Đạt', minTotal: 5 }] });
    expect(res.errors).toBeUndefined();
    const after = res.data?.updateCriteriaSet as SetView;
    expect(after.revision).toBe(2);
    expect(after.criteria.map((c) => c.code)).toEqual(['1.1', '2.2']);
    // Criteria kept keep their ids.
    expect(after.criteria.map((c) => c.id)).toEqual([crit['1.1'], crit['2.2']]);
    expect(after.revisions).toEqual([{ revision: 1, criteria: [{ code: '1.1' }, { code: '2.1' }, { code: '2.2' }], maxTotal: 12, replacedAt: expect.any(String) }]);
    // Everyone who reads sets reads its editions.
    expect((await readSet('tdp32')).revisions.map((r) => r.revision)).toEqual([1]);
    // The change is audited, edition included, and the frozen copy is recorded.
    const entries = await AuditEntry.find({ entityId: new mongoose.Types.ObjectId(setId), action: 'UPDATE' }).lean();
    const bump = entries.find((e) => (e.after as { revision?: number } | null)?.revision === 2);
    expect((bump?.before as { revision?: number }).revision).toBe(1);
    expect(await AuditEntry.countDocuments({ entityType: 'CriteriaSetRevision', action: 'CREATE' })).toBe(1);
  });

  test('the old assessment still scores and shows its removed criterion, with edition 1', async () => {
    for (const user of ['thaonguyen', 'tdp32', 'sonla']) {
      const a = await readAssessment(first, user);
      expect(a).toMatchObject({ total: 9, classification: 'Đạt', criteriaSetVersion: 1, unmetRequired: [] });
      expect(a.results.map((r) => r.criterion?.code)).toEqual(['1.1', '2.1', '2.2']);
      expect(a.criteriaSetEdition).toMatchObject({ revision: 1, maxTotal: 12, criteria: [{ code: '1.1' }, { code: '2.1' }, { code: '2.2' }] });
      expect(a.criteriaSetEdition?.replacedAt).not.toBeNull();
    }
    // The API's helper answers the same editions.
    const viewer = { userId: new mongoose.Types.ObjectId(), username: 'admin', role: 'ADMIN' as const, scope: null };
    expect((await ratedSet(viewer, setId, 1)).set.criteria.map((c) => c.code)).toEqual(['1.1', '2.1', '2.2']);
    expect((await ratedSet(viewer, setId, 1)).revision).toBe(1);
    expect(await ratedSet(viewer, setId)).toMatchObject({ revision: 2 });
    expect((await ratedSet(viewer, setId)).set.criteria.map((c) => c.code)).toEqual(['1.1', '2.2']);
  });

  test('a draft rated on edition 1 is still edited by edition 1 (its removed criterion included)', async () => {
    const res = await app.gql<{ updateAssessment: AssessmentView }>(
      `mutation($id: ID!, $r: [CriterionResultInput!]) { updateAssessment(id: $id, input: { results: $r }) { ${ASSESSMENT_FIELDS} } }`,
      { id: first, r: [{ criterionId: crit['1.1'], met: true }, { criterionId: crit['2.1'], met: true }, { criterionId: crit['2.2'], score: 8 }] },
      'thaonguyen',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.updateAssessment).toMatchObject({ total: 10, classification: 'Đạt', criteriaSetVersion: 1 });
    expect(res.data?.updateAssessment.results.map((r) => r.criterion?.code)).toEqual(['1.1', '2.1', '2.2']);
  });

  test('a new assessment takes edition 2: the removed criterion is refused, the new threshold classifies', async () => {
    const refused = await createAssessment(2026, [{ criterionId: crit['2.1'], met: true }]);
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    const res = await createAssessment(2026, [
      { criterionId: crit['1.1'], met: true },
      { criterionId: crit['2.2'], score: 5 },
    ]);
    expect(res.errors).toBeUndefined();
    expect(res.data?.createAssessment).toMatchObject({ total: 6, classification: 'Đạt', criteriaSetVersion: 2 });
    expect(res.data?.createAssessment.criteriaSetEdition).toMatchObject({ revision: 2, replacedAt: null, criteria: [{ code: '1.1' }, { code: '2.2' }] });
  });

  test('editing again before anyone rates edition 2 freezes nothing more; after a rating it freezes edition 2', async () => {
    const current = await readSet();
    // Edition 2 is rated now (the 2026 assessment): a change freezes it.
    const res = await updateSet({ criteria: asInput(current.criteria).map((c) => (c.code === '2.2' ? { ...c, maxScore: 20 } : c)) });
    expect(res.data?.updateCriteriaSet.revision).toBe(3);
    expect(res.data?.updateCriteriaSet.revisions.map((r) => r.revision)).toEqual([2, 1]);
    // Nothing is rated on edition 3 yet: a further change stays at 3.
    const again = await updateSet({ thresholds: [{ classification: 'Đạt', minTotal: 6 }] });
    expect(again.data?.updateCriteriaSet.revision).toBe(3);
    expect(again.data?.updateCriteriaSet.revisions).toHaveLength(2);
  });

  test('reading many assessments loads the editions batched, not per row', async () => {
    const token = await app.token('thaonguyen');
    const counted = await app.countCommands(async () => {
      const res = await app.gql<{ assessments: { items: AssessmentView[] } }>(`{ assessments(filter: { programmeId: "${programmeId}" }) { items { ${ASSESSMENT_FIELDS} } } }`, {}, { token });
      expect(res.errors).toBeUndefined();
      expect(res.data?.assessments.items.map((a) => a.criteriaSetVersion).sort()).toEqual([1, 2]);
    });
    // caller, the list (find + count), programme, set, the set's editions
    expect(counted.total).toBeLessThanOrEqual(8);
  });

  test('assessments stored before editions get their programme’s set and edition 1 at start-up (idempotent)', async () => {
    const db = mongoose.connection.db as mongoose.mongo.Db;
    await db.collection('assessments').updateOne({ _id: new mongoose.Types.ObjectId(first) }, { $unset: { criteriaSetId: '', criteriaSetVersion: '' } });
    await db.collection('criteriaSets').updateOne({ _id: new mongoose.Types.ObjectId(setId) }, { $unset: { revision: '' } });
    const run = async () => {
      let changed = 0;
      for (const m of CRITERIA_SET_MIGRATIONS) changed += await m.run(db);
      return changed;
    };
    // The set's edition and the assessment's set and edition (and nothing else: the programme has its issuer's name).
    expect(await run()).toBe(2);
    expect(await run()).toBe(0);
    await db.collection('programmes').updateOne({ _id: new mongoose.Types.ObjectId(programmeId) }, { $unset: { issuerName: '' } });
    expect(await run()).toBe(1);
    expect((await db.collection('programmes').findOne({ _id: new mongoose.Types.ObjectId(programmeId) }))?.issuerName).toBe('Phường Thảo Nguyên');
    const stored = await db.collection('assessments').findOne({ _id: new mongoose.Types.ObjectId(first) });
    expect(String(stored?.criteriaSetId)).toBe(setId);
    expect(stored?.criteriaSetVersion).toBe(1);
    await db.collection('criteriaSets').updateOne({ _id: new mongoose.Types.ObjectId(setId) }, { $set: { revision: 3 } });
    expect((await readAssessment(first)).results.map((r) => r.criterion?.code)).toEqual(['1.1', '2.1', '2.2']);
  });
});
