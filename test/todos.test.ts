/**
 * "Việc cần làm": each demo account's to-do list is theirs (every item inside their scope and
 * actionable by them), soonest first, and follows the workflow as records move on.
 */
import { startTestApp, type TestApp } from './helpers/app';

let app: TestApp;

const DEMO = ['admin', 'sonla', 'thaonguyen', 'tdp32', 'ninhbinh', 'yencuong', 'daklak', 'buonmathuot', 'viewer'] as const;
const TODOS = '{ todos { id kind title dueAt overdue recordType recordId subjectName } }';
interface Todo {
  id: string;
  kind: string;
  title: string;
  dueAt: string | null;
  overdue: boolean;
  recordType: string;
  recordId: string;
  subjectName: string | null;
}
const todosOf = async (user: string): Promise<Todo[]> => {
  const res = await app.gql<{ todos: Todo[] }>(TODOS, {}, user);
  expect(res.errors).toBeUndefined();
  return res.data?.todos ?? [];
};

/** The query that reads a to-do item's record as its owner (null when outside their scope). */
const READ: Record<string, string> = {
  Assessment: 'query($id: ID!) { r: assessment(id: $id) { id allowedActions } }',
  Report: 'query($id: ID!) { r: report(id: $id) { id status access { update } } }',
  Model: 'query($id: ID!) { r: model(id: $id) { id access { update } } }',
  PeriodReport: 'query($id: ID!) { r: periodReport(id: $id) { id } }',
  Programme: 'query($id: ID!) { r: programme(id: $id) { id } }',
  Ward: 'query($id: ID!) { r: ward(id: $id) { id } }',
  Neighbourhood: 'query($id: ID!) { r: neighbourhood(id: $id) { id } }',
  Province: 'query($id: ID!) { r: province(id: $id) { id } }',
  MeetingSchedule: 'query($id: ID!) { r: meetingSchedule(id: $id) { id access { update } } }',
};

beforeAll(async () => {
  app = await startTestApp({ seed: 'demo' });
}, 240_000);
afterAll(() => app?.close());

describe('each demo account', () => {
  const lists: Record<string, Todo[]> = {};
  beforeAll(async () => {
    for (const user of DEMO) lists[user] = await todosOf(user);
  });

  it.each(DEMO)('%s: soonest first, undated last, overdue exactly when past due, ids unique', (user) => {
    const list = lists[user] ?? [];
    const times = list.map((t) => (t.dueAt ? Date.parse(t.dueAt) : Number.POSITIVE_INFINITY));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const now = Date.now();
    for (const t of list) expect(t.overdue).toBe(t.dueAt !== null && Date.parse(t.dueAt) < now);
    expect(new Set(list.map((t) => t.id)).size).toBe(list.length);
    for (const t of list) expect(t.title.length).toBeGreaterThan(5);
  });

  it.each(DEMO.filter((u) => u !== 'admin'))('%s: every item is a record inside the account’s scope that it may act on', async (user) => {
    for (const t of lists[user] ?? []) {
      const query = READ[t.recordType];
      expect(query).toBeDefined();
      const res = await app.gql<{ r: { id: string; allowedActions?: string[]; access?: { update: boolean } } | null }>(query as string, { id: t.recordId }, user);
      expect(res.errors).toBeUndefined();
      expect(res.data?.r?.id).toBe(t.recordId);
      if (t.kind === 'SUBMIT_ASSESSMENT') expect(res.data?.r?.allowedActions).toContain('SUBMIT');
      if (t.kind === 'APPRAISE_ASSESSMENT') expect(res.data?.r?.allowedActions).toContain('APPRAISE');
      if (t.kind === 'DECIDE_ASSESSMENT') expect(res.data?.r?.allowedActions).toEqual(expect.arrayContaining(['RECOGNIZE']));
      if (['TRIAGE_REPORT', 'ROLLOUT_STEP', 'REVIEW', 'MEETING_MINUTES'].includes(t.kind)) expect(res.data?.r?.access?.update).toBe(true);
    }
  });

  it('viewer has nothing to act on; officers and heads have their own kinds', () => {
    expect(lists.viewer).toEqual([]);
    const kinds = (user: string) => new Set((lists[user] ?? []).map((t) => t.kind));
    // Reports are triaged by the ward police, never by a neighbourhood head.
    expect(kinds('tdp32').has('TRIAGE_REPORT')).toBe(false);
    expect(kinds('thaonguyen').has('TRIAGE_REPORT')).toBe(true);
    // Every officer and head owes the last quarter's report of their own unit (until it is sent up).
    for (const user of ['sonla', 'thaonguyen', 'tdp32', 'ninhbinh', 'yencuong', 'daklak', 'buonmathuot']) {
      const reports = (lists[user] ?? []).filter((t) => t.kind === 'PERIOD_REPORT');
      expect(reports.length).toBeLessThanOrEqual(1);
    }
    // A province has no level above it to report to in the product; ADMIN has no unit.
    for (const user of ['admin', 'sonla', 'ninhbinh', 'daklak']) expect((lists[user] ?? []).some((t) => t.kind === 'PERIOD_REPORT')).toBe(false);
    // Ninh Bình's officers see Yên Cường's model steps; Đắk Lắk's and Sơn La's do not.
    const yencuongModels = new Set((lists.yencuong ?? []).filter((t) => t.kind === 'ROLLOUT_STEP').map((t) => t.recordId));
    for (const user of ['sonla', 'daklak', 'thaonguyen']) expect((lists[user] ?? []).some((t) => yencuongModels.has(t.recordId))).toBe(false);
    // Other provinces' records never show: Sơn La's list names nothing of Đắk Lắk's.
    const daklakRecords = new Set((lists.daklak ?? []).map((t) => t.recordId));
    for (const t of lists.sonla ?? []) if (t.recordType !== 'Programme') expect(daklakRecords.has(t.recordId)).toBe(false);
  });
});

describe('meetings from the seed documents', () => {
  test('Yên Cường: the sơ kết due 15/12/2026 is a REVIEW to-do of its officers until a review meeting is recorded; not of other provinces', async () => {
    const reviewOf = async (user: string) => (await todosOf(user)).find((t) => t.kind === 'REVIEW' && t.id.endsWith(':2026-12-15'));
    const review = await reviewOf('yencuong');
    expect(review).toMatchObject({ recordType: 'Model', subjectName: 'Xã Yên Cường' });
    expect(review?.title).toContain('Zalo an ninh trật tự của Cảnh sát khu vực');
    expect((await reviewOf('ninhbinh'))?.id).toBe(review?.id);
    for (const user of ['thaonguyen', 'tdp32', 'buonmathuot', 'daklak']) expect((await todosOf(user)).some((t) => t.id === review?.id)).toBe(false);
  });

  test('Yên Cường’s monthly meeting on the 20th: the recorded 20/05/2026 is HELD, months without minutes are MEETING_MINUTES to-dos', async () => {
    const res = await app.gql<{ meetingSchedules: { items: Array<{ id: string; isSample: boolean; occurrences: Array<{ on: string; state: string; meeting: { isSample: boolean } | null }> }> } }>(
      '{ meetingSchedules(filter: { recurrence: MONTHLY }) { items { id isSample occurrences(from: "2026-05-01", to: "2026-06-30") { on state meeting { isSample } } } } }',
      {},
      'yencuong',
    );
    const [monthly] = res.data?.meetingSchedules.items ?? [];
    expect(monthly?.isSample).toBe(false);
    expect(monthly?.occurrences[0]).toEqual({ on: '2026-05-20', state: 'HELD', meeting: { isSample: true } });
    expect(monthly?.occurrences[1]).toMatchObject({ on: '2026-06-20', meeting: null });
    const missing = (await todosOf('yencuong')).filter((t) => t.kind === 'MEETING_MINUTES' && t.recordId === monthly?.id);
    expect(missing.map((t) => t.id)).not.toContain(`MEETING_MINUTES:${monthly?.id}:2026-05-20`);
    if (monthly?.occurrences[1]?.state === 'MISSING') expect(missing.map((t) => t.id)).toContain(`MEETING_MINUTES:${monthly.id}:2026-06-20`);
  });

  test('Buôn Ma Thuột’s steering committee meets quarterly (a sample unit schedule), its to-dos are the ward’s only', async () => {
    const res = await app.gql<{ meetingSchedules: { items: Array<{ id: string; modelId: string | null; isSample: boolean; unit: { name: string } }> } }>(
      '{ meetingSchedules(filter: { recurrence: QUARTERLY }) { items { id modelId isSample unit { name } } } }',
      {},
      'buonmathuot',
    );
    expect(res.data?.meetingSchedules.items).toEqual([expect.objectContaining({ modelId: null, isSample: true, unit: { name: 'Phường Buôn Ma Thuột' } })]);
    const quarterly = res.data?.meetingSchedules.items[0]?.id;
    for (const user of ['yencuong', 'thaonguyen', 'tdp32']) expect((await todosOf(user)).some((t) => t.recordId === quarterly)).toBe(false);
  });
});

test('the list is built with a bounded number of queries, not one per item', async () => {
  await todosOf('thaonguyen');
  const { total } = await app.countCommands(() => todosOf('admin'));
  const items = (await todosOf('admin')).length;
  // Assessments (4 statuses), reports (2), models, programmes, units and subjects in batches, each with its count.
  expect(total).toBeLessThanOrEqual(40);
  expect(items).toBeGreaterThan(0);
});
