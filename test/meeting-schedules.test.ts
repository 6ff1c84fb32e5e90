/**
 * Meeting schedules and the meetings that fulfil them: scoped like meetings (officers keep their
 * area's, a head their own neighbourhood's, a viewer reads), a unit's steering-committee meetings,
 * decisions, the occurrences' states, the to-dos for a missing meeting and an unheld review, and
 * a meeting's attached files over the evidence routes.
 */
import { EvidenceFile } from '../api/evidence/evidence.model';
import { seedOrganisations } from '../seed/organisations';
import { vietnamDay } from '../rules/dates';
import { addDays } from '../rules/periods';
import { codeOf, fixtureIds, startTestApp, type FixtureIds, type TestApp } from './helpers/app';
import { png } from './helpers/files';

let app: TestApp;
let id: FixtureIds;
const today = vietnamDay(new Date());
const model = { tdp32: '', yencuong: '', review: '' };
const schedule = { tdp32: '', ward: '', yencuong: '' };

const CREATE_MODEL = 'mutation($input: ModelCreateInput!) { createModel(input: $input) { id } }';
const CREATE = `mutation($input: MeetingScheduleCreateInput!) { createMeetingSchedule(input: $input) {
  id version modelId unitId unitLevel kind recurrence dayOfMonth month startsOn endsOn minutesGraceDays note isSample unit { id name } } }`;
const CREATE_MEETING = `mutation($input: MeetingCreateInput!) { createMeeting(input: $input) {
  id version modelId unitId unitLevel unit { id name } scheduleId occurrenceOn decisions { text owner dueOn doneOn } } }`;
const TODOS = '{ todos { id kind title dueAt overdue recordType recordId subjectName } }';
type Todo = { id: string; kind: string; overdue: boolean; recordType: string; recordId: string; subjectName: string | null };

const monthly = (extra: Record<string, unknown>) => ({ kind: 'REGULAR', recurrence: 'MONTHLY', dayOfMonth: 20, startsOn: '2026-01-01', ...extra });
/** A yearly schedule whose one day in the last year is `day`. */
const yearlyOn = (day: string, extra: Record<string, unknown>) => ({
  kind: 'REGULAR',
  recurrence: 'YEARLY',
  dayOfMonth: Number(day.slice(8, 10)),
  month: Number(day.slice(5, 7)),
  startsOn: addDays(day, -1),
  ...extra,
});

async function made<T = { id: string }>(query: string, input: Record<string, unknown>, user: string, key: string): Promise<T> {
  const res = await app.gql<Record<string, T>>(query, { input }, user);
  if (!res.data) throw new Error(`${key}: ${JSON.stringify(res.errors)}`);
  return res.data[key] as T;
}
const todosOf = async (user: string): Promise<Todo[]> => {
  const res = await app.gql<{ todos: Todo[] }>(TODOS, {}, user);
  expect(res.errors).toBeUndefined();
  return res.data?.todos ?? [];
};
const fieldPaths = (res: { errors?: Array<{ extensions?: { fields?: Array<{ path: string }> } }> }) => res.errors?.[0]?.extensions?.fields?.map((f) => f.path).sort();

beforeAll(async () => {
  app = await startTestApp();
  id = await fixtureIds(app);
  // An organisation's contact person (ORGANISATION_REP), whose scope holds no meeting.
  await seedOrganisations(app.config);
  const base = { category: 'ZALO_GROUP', leadBody: 'Công an', status: 'OPERATING' };
  model.tdp32 = (await made(CREATE_MODEL, { ...base, name: 'Zalo ANTT Tổ dân phố 3/2', unitId: id.tdp32 }, 'thaonguyen', 'createModel')).id;
  model.yencuong = (await made(CREATE_MODEL, { ...base, name: 'Zalo ANTT xã Yên Cường', unitId: id.yencuong }, 'yencuong', 'createModel')).id;
  schedule.tdp32 = (await made(CREATE, monthly({ modelId: model.tdp32 }), 'tdp32', 'createMeetingSchedule')).id;
  schedule.ward = (await made(CREATE, { ...monthly({ unitId: id.thaonguyen }), recurrence: 'QUARTERLY', month: 3, dayOfMonth: 25 }, 'thaonguyen', 'createMeetingSchedule')).id;
  schedule.yencuong = (await made(CREATE, monthly({ modelId: model.yencuong }), 'yencuong', 'createMeetingSchedule')).id;
});
afterAll(() => app.close());

describe('meetingSchedules: reading', () => {
  const listed = async (user: string) => {
    const res = await app.gql<{ meetingSchedules: { items: Array<{ id: string }> } }>('{ meetingSchedules(page: { limit: 200 }) { items { id } } }', {}, user);
    expect(res.errors).toBeUndefined();
    return res.data?.meetingSchedules.items.map((s) => s.id).sort() ?? [];
  };
  test.each([
    ['admin', ['tdp32', 'ward', 'yencuong']],
    ['sonla', ['tdp32', 'ward']],
    ['thaonguyen', ['tdp32', 'ward']],
    ['tdp32', ['tdp32']],
    ['viewer', ['tdp32', 'ward']],
    ['ninhbinh', ['yencuong']],
    ['yencuong', ['yencuong']],
    ['daklak', []],
  ])('%s lists the schedules of their scope only', async (user, keys) => {
    expect(await listed(user)).toEqual(keys.map((k) => schedule[k as keyof typeof schedule]).sort());
  });

  test('an organisation’s representative reads no schedule or meeting and may keep none', async () => {
    expect(await listed('vpubndsonla')).toEqual([]);
    const res = await app.gql<{ meetings: { total: number }; permissions: Array<{ resource: string; read: boolean; create: boolean }> }>('{ meetings { total } permissions { resource read create } }', {}, 'vpubndsonla');
    expect(res.data?.meetings.total).toBe(0);
    expect(res.data?.permissions.filter((p) => p.resource.startsWith('meeting'))).toEqual([
      { resource: 'meetings', read: false, create: false },
      { resource: 'meetingSchedules', read: false, create: false },
    ]);
    expect(codeOf(await app.gql(CREATE, { input: monthly({ modelId: model.tdp32 }) }, 'vpubndsonla'))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql('query($id: ID!) { meetingSchedule(id: $id) { id } }', { id: schedule.tdp32 }, 'vpubndsonla'))).toBe('NOT_FOUND');
  });

  test('outside the scope a schedule is NOT_FOUND; a model lists its own; the unit and defaults are filled in', async () => {
    expect(codeOf(await app.gql('query($id: ID!) { meetingSchedule(id: $id) { id } }', { id: schedule.yencuong }, 'thaonguyen'))).toBe('NOT_FOUND');
    const res = await app.gql<{ model: { meetingSchedules: { total: number; items: Array<{ id: string; minutesGraceDays: number; unitLevel: string; unit: { id: string } }> } } }>(
      'query($id: ID!) { model(id: $id) { meetingSchedules { total items { id minutesGraceDays unitLevel unit { id } } } } }',
      { id: model.tdp32 },
      'tdp32',
    );
    expect(res.data?.model.meetingSchedules).toEqual({ total: 1, items: [{ id: schedule.tdp32, minutesGraceDays: 7, unitLevel: 'NEIGHBOURHOOD', unit: { id: id.tdp32 } }] });
    const ward = await app.gql<{ meetingSchedule: { modelId: string | null; unitLevel: string; unit: { id: string } } }>(
      'query($id: ID!) { meetingSchedule(id: $id) { modelId unitLevel unit { id } } }',
      { id: schedule.ward },
      'viewer',
    );
    expect(ward.data?.meetingSchedule).toEqual({ modelId: null, unitLevel: 'WARD', unit: { id: id.thaonguyen } });
    const filtered = await app.gql<{ meetingSchedules: { items: Array<{ id: string }> } }>('query($u: ID!) { meetingSchedules(filter: { unitId: $u, recurrence: QUARTERLY }) { items { id } } }', { u: id.thaonguyen }, 'admin');
    expect(filtered.data?.meetingSchedules.items).toEqual([{ id: schedule.ward }]);
  });
});

describe('meetingSchedules: writing', () => {
  test.each([
    ['viewer', { modelId: 'tdp32' }, 'FORBIDDEN'],
    ['yencuong', { modelId: 'tdp32' }, 'BAD_USER_INPUT'],
    ['daklak', { modelId: 'tdp32' }, 'BAD_USER_INPUT'],
    ['tdp32', { unitId: 'thaonguyen' }, 'FORBIDDEN'],
    ['thaonguyen', { modelId: 'yencuong' }, 'BAD_USER_INPUT'],
  ])('%s may not create a schedule for %o', async (user, owner, code) => {
    const ref = 'modelId' in owner ? { modelId: model[owner.modelId as keyof typeof model] } : { unitId: id[owner.unitId as keyof FixtureIds] };
    expect(codeOf(await app.gql(CREATE, { input: monthly(ref) }, user))).toBe(code);
  });

  test.each(['admin', 'sonla', 'thaonguyen', 'tdp32'])('%s creates, updates and (officers) deletes a schedule of Tổ dân phố 3/2’s model', async (user) => {
    const created = await made<{ id: string; version: number; isSample: boolean }>(CREATE, monthly({ modelId: model.tdp32, dayOfMonth: 5, note: `Lịch của ${user}` }), user, 'createMeetingSchedule');
    expect(created.isSample).toBe(false);
    const updated = await app.gql<{ updateMeetingSchedule: { version: number; dayOfMonth: number; minutesGraceDays: number } }>(
      'mutation($id: ID!) { updateMeetingSchedule(id: $id, input: { dayOfMonth: 6, minutesGraceDays: 3 }, expectedVersion: 1) { version dayOfMonth minutesGraceDays } }',
      { id: created.id },
      user,
    );
    expect(updated.data?.updateMeetingSchedule).toEqual({ version: 2, dayOfMonth: 6, minutesGraceDays: 3 });
    const stale = await app.gql('mutation($id: ID!) { updateMeetingSchedule(id: $id, input: { note: "x" }, expectedVersion: 1) { id } }', { id: created.id }, user);
    expect(codeOf(stale)).toBe('CONFLICT');
    const deleted = await app.gql<{ deleteMeetingSchedule: string }>('mutation($id: ID!) { deleteMeetingSchedule(id: $id) }', { id: created.id }, user);
    if (user === 'tdp32') {
      expect(codeOf(deleted)).toBe('FORBIDDEN');
      await app.gql('mutation($id: ID!) { deleteMeetingSchedule(id: $id) }', { id: created.id }, 'thaonguyen');
    } else expect(deleted.data?.deleteMeetingSchedule).toBe(created.id);
  });

  test('outside the scope it cannot be changed or deleted; a viewer reads but may not change', async () => {
    for (const op of ['mutation($id: ID!) { updateMeetingSchedule(id: $id, input: { note: "x" }) { id } }', 'mutation($id: ID!) { deleteMeetingSchedule(id: $id) }']) {
      expect(codeOf(await app.gql(op, { id: schedule.tdp32 }, 'ninhbinh'))).toBe('NOT_FOUND');
      expect(codeOf(await app.gql(op, { id: schedule.tdp32 }, 'viewer'))).toBe('FORBIDDEN');
    }
  });

  test('bad input is refused with its paths', async () => {
    const paths = async (input: Record<string, unknown>) => {
      const res = await app.gql(CREATE, { input }, 'thaonguyen');
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      return fieldPaths(res);
    };
    expect(await paths(monthly({ modelId: model.tdp32, dayOfMonth: 32, month: 13, minutesGraceDays: -1 }))).toEqual(['input.dayOfMonth', 'input.minutesGraceDays', 'input.month']);
    expect(await paths(monthly({ modelId: model.tdp32, startsOn: '2026-05-01', endsOn: '2026-04-30' }))).toEqual(['input.endsOn']);
    expect(await paths(monthly({}))).toEqual(['input.modelId']);
    expect(await paths(monthly({ modelId: model.tdp32, unitId: id.thaonguyen }))).toEqual(['input.unitId']);
    const update = await app.gql('mutation($id: ID!) { updateMeetingSchedule(id: $id, input: { endsOn: "2025-12-31" }) { id } }', { id: schedule.tdp32 }, 'thaonguyen');
    expect(fieldPaths(update)).toEqual(['input.endsOn']);
  });
});

describe('meetings of a unit, decisions and the schedule link', () => {
  test('a ward officer records the steering committee’s meeting with decisions; a head may not; others’ units are unknown', async () => {
    const meeting = await made<Record<string, unknown>>(
      CREATE_MEETING,
      {
        unitId: id.thaonguyen,
        kind: 'REGULAR',
        heldOn: '2026-03-26',
        minutes: 'Họp Ban Chỉ đạo quý I',
        scheduleId: schedule.ward,
        decisions: [{ text: 'Rà soát hộ chưa ký cam kết', owner: 'Trưởng các tổ dân phố', dueOn: '2026-04-30' }],
      },
      'thaonguyen',
      'createMeeting',
    );
    expect(meeting).toMatchObject({
      modelId: null,
      unitId: id.thaonguyen,
      unitLevel: 'WARD',
      unit: { id: id.thaonguyen },
      scheduleId: schedule.ward,
      occurrenceOn: '2026-03-25',
      decisions: [{ text: 'Rà soát hộ chưa ký cam kết', owner: 'Trưởng các tổ dân phố', dueOn: '2026-04-30', doneOn: null }],
    });
    expect(codeOf(await app.gql(CREATE_MEETING, { input: { unitId: id.thaonguyen, kind: 'REGULAR', heldOn: '2026-03-26' } }, 'tdp32'))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(CREATE_MEETING, { input: { unitId: id.yencuong, kind: 'REGULAR', heldOn: '2026-03-26' } }, 'thaonguyen'))).toBe('BAD_USER_INPUT');
    const listed = await app.gql<{ meetings: { items: Array<{ id: string }> } }>('query($u: ID!) { meetings(filter: { unitId: $u }) { items { id } } }', { u: id.thaonguyen }, 'viewer');
    expect(listed.data?.meetings.items.map((m) => m.id)).toContain(meeting.id);
    const head = await app.gql<{ meetings: { items: Array<{ id: string }> } }>('{ meetings { items { id } } }', {}, 'tdp32');
    expect(head.data?.meetings.items.map((m) => m.id)).not.toContain(meeting.id);
    // Decisions are replaced as a whole; marking one done.
    const done = await app.gql<{ updateMeeting: { decisions: Array<{ doneOn: string | null }> } }>(
      'mutation($id: ID!) { updateMeeting(id: $id, input: { decisions: [{ text: "Rà soát hộ chưa ký cam kết", doneOn: "2026-04-20" }] }) { decisions { doneOn } } }',
      { id: meeting.id },
      'thaonguyen',
    );
    expect(done.data?.updateMeeting.decisions).toEqual([{ doneOn: '2026-04-20' }]);
  });

  test('the schedule must be the same owner’s and the day one of its days; by default the nearest', async () => {
    const meeting = (extra: Record<string, unknown>) => ({ modelId: model.tdp32, kind: 'REGULAR', heldOn: '2026-02-22', ...extra });
    const linked = await made<{ id: string; occurrenceOn: string }>(CREATE_MEETING, meeting({ scheduleId: schedule.tdp32 }), 'tdp32', 'createMeeting');
    expect(linked.occurrenceOn).toBe('2026-02-20');
    expect(fieldPaths(await app.gql(CREATE_MEETING, { input: meeting({ scheduleId: schedule.tdp32, occurrenceOn: '2026-02-21' }) }, 'tdp32'))).toEqual(['input.occurrenceOn']);
    expect(fieldPaths(await app.gql(CREATE_MEETING, { input: meeting({ scheduleId: schedule.ward }) }, 'thaonguyen'))).toEqual(['input.scheduleId']);
    expect(fieldPaths(await app.gql(CREATE_MEETING, { input: meeting({ occurrenceOn: '2026-02-20' }) }, 'tdp32'))).toEqual(['input.occurrenceOn']);
    expect(fieldPaths(await app.gql(CREATE_MEETING, { input: { kind: 'REGULAR', heldOn: '2026-02-22' } }, 'tdp32'))).toEqual(['input.modelId']);
    // Moving the meeting re-reads its day; unlinking clears it.
    const moved = await app.gql<{ updateMeeting: { occurrenceOn: string } }>('mutation($id: ID!) { updateMeeting(id: $id, input: { heldOn: "2026-03-19" }) { occurrenceOn } }', { id: linked.id }, 'tdp32');
    expect(moved.data?.updateMeeting.occurrenceOn).toBe('2026-03-20');
    const unlinked = await app.gql<{ updateMeeting: { scheduleId: string | null; occurrenceOn: string | null } }>(
      'mutation($id: ID!) { updateMeeting(id: $id, input: { scheduleId: null }) { scheduleId occurrenceOn } }',
      { id: linked.id },
      'tdp32',
    );
    expect(unlinked.data?.updateMeeting).toEqual({ scheduleId: null, occurrenceOn: null });
    // A schedule with meetings recorded against it stays (set its end instead).
    const refused = await app.gql<unknown>('mutation($id: ID!) { deleteMeetingSchedule(id: $id) }', { id: schedule.ward }, 'thaonguyen');
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0]?.extensions?.refusal).toBe('HAS_DEPENDENTS');
  });
});

describe('occurrences', () => {
  const OCCURRENCES = 'query($id: ID!, $from: LocalDate, $to: LocalDate) { meetingSchedule(id: $id) { occurrences(from: $from, to: $to) { on state meeting { id } } } }';
  type Occurrence = { on: string; state: string; meeting: { id: string } | null };
  const occurrencesOf = async (scheduleId: string, from: string, to: string, user = 'thaonguyen') => {
    const res = await app.gql<{ meetingSchedule: { occurrences: Occurrence[] } }>(OCCURRENCES, { id: scheduleId, from, to }, user);
    expect(res.errors).toBeUndefined();
    return res.data?.meetingSchedule.occurrences ?? [];
  };

  test('HELD with minutes, MISSING without (with or without a meeting), DUE within the grace days, UPCOMING ahead', async () => {
    const s = (await made(CREATE, monthly({ modelId: model.tdp32, dayOfMonth: 10, startsOn: '2025-01-01' }), 'thaonguyen', 'createMeetingSchedule')).id;
    const held = await made(CREATE_MEETING, { modelId: model.tdp32, kind: 'REGULAR', heldOn: '2025-01-10', minutes: 'Biên bản', scheduleId: s }, 'tdp32', 'createMeeting');
    const noMinutes = await made(CREATE_MEETING, { modelId: model.tdp32, kind: 'REGULAR', heldOn: '2025-02-11', scheduleId: s }, 'tdp32', 'createMeeting');
    expect(await occurrencesOf(s, '2025-01-01', '2025-03-31')).toEqual([
      { on: '2025-01-10', state: 'HELD', meeting: { id: held.id } },
      { on: '2025-02-10', state: 'MISSING', meeting: { id: noMinutes.id } },
      { on: '2025-03-10', state: 'MISSING', meeting: null },
    ]);
    // Minutes recorded later turn it HELD.
    await app.gql('mutation($id: ID!) { updateMeeting(id: $id, input: { minutes: "Biên bản bổ sung" }) { id } }', { id: noMinutes.id }, 'tdp32');
    expect((await occurrencesOf(s, '2025-02-01', '2025-02-28'))[0]?.state).toBe('HELD');

    const due = (await made(CREATE, yearlyOn(addDays(today, -2), { modelId: model.tdp32 }), 'thaonguyen', 'createMeetingSchedule')).id;
    expect(await occurrencesOf(due, addDays(today, -5), addDays(today, 5))).toEqual([{ on: addDays(today, -2), state: 'DUE', meeting: null }]);
    const upcoming = (await made(CREATE, yearlyOn(addDays(today, 5), { modelId: model.tdp32 }), 'thaonguyen', 'createMeetingSchedule')).id;
    expect(await occurrencesOf(upcoming, today, addDays(today, 10), 'viewer')).toEqual([{ on: addDays(today, 5), state: 'UPCOMING', meeting: null }]);
  });

  test('spans are bounded (at most 400) and ordered; a page of schedules reads its meetings in one query', async () => {
    const res = await app.gql(OCCURRENCES, { id: schedule.tdp32, from: '2026-01-01', to: '2060-01-01' }, 'thaonguyen');
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.gql(OCCURRENCES, { id: schedule.tdp32, from: '2026-05-01', to: '2026-04-01' }, 'thaonguyen'))).toBe('BAD_USER_INPUT');
    const query = '{ meetingSchedules(page: { limit: 50 }) { items { id occurrences(from: "2025-01-01", to: "2026-12-31") { on state meeting { id } } } } }';
    await app.gql(query, {}, 'admin');
    const { byName } = await app.countCommands(() => app.gql(query, {}, 'admin'));
    // The page and its count, then one find for every schedule's meetings.
    expect(byName.find ?? 0).toBeLessThanOrEqual(3);
  });
});

describe('to-dos', () => {
  test('a missing meeting is on the list of those who keep it (the ward officer and the head), not another ward’s', async () => {
    const day = addDays(today, -20);
    const own = (await made(CREATE, yearlyOn(day, { modelId: model.tdp32 }), 'thaonguyen', 'createMeetingSchedule')).id;
    const other = (await made(CREATE, yearlyOn(day, { unitId: id.yencuong }), 'yencuong', 'createMeetingSchedule')).id;
    const key = (s: string) => `MEETING_MINUTES:${s}:${day}`;
    const lists = Object.fromEntries(await Promise.all(['thaonguyen', 'tdp32', 'sonla', 'yencuong', 'ninhbinh', 'viewer'].map(async (u) => [u, await todosOf(u)] as const)));
    const has = (user: string, s: string) => (lists[user] as Todo[]).find((t) => t.id === key(s));
    for (const user of ['thaonguyen', 'tdp32', 'sonla']) expect(has(user, own)).toMatchObject({ kind: 'MEETING_MINUTES', overdue: true, recordType: 'MeetingSchedule', recordId: own });
    for (const user of ['yencuong', 'ninhbinh', 'viewer']) expect(has(user, own)).toBeUndefined();
    for (const user of ['yencuong', 'ninhbinh']) expect(has(user, other)).toMatchObject({ kind: 'MEETING_MINUTES', recordId: other });
    for (const user of ['thaonguyen', 'tdp32']) expect(has(user, other)).toBeUndefined();
    // The same item is an event of the officer's calendar feed, linking to the schedule.
    const feed = await app.gql<{ renewCalendarFeed: string }>('mutation { renewCalendarFeed }', {}, 'thaonguyen');
    const ics = await (await fetch(`${app.url}${new URL(feed.data?.renewCalendarFeed as string).pathname}`)).text();
    expect(ics.replace(/\r\n[ \t]/g, '')).toContain(`UID:${key(own)}`);
    expect(ics.replace(/\r\n[ \t]/g, '')).toContain(`/meetingSchedules/${own}/show`);
    // Recording the meeting with minutes takes it off the list.
    await made(CREATE_MEETING, { modelId: model.tdp32, kind: 'REGULAR', heldOn: addDays(day, 1), minutes: 'Biên bản', scheduleId: own }, 'tdp32', 'createMeeting');
    expect((await todosOf('tdp32')).find((t) => t.id === key(own))).toBeUndefined();
  });

  test('a review deadline with no review meeting by then is overdue for the model’s officers until one is recorded', async () => {
    const due = addDays(today, -10);
    model.review = (
      await made(
        CREATE_MODEL,
        { category: 'OTHER', leadBody: 'Công an phường', status: 'OPERATING', name: 'Mô hình cần sơ kết', unitId: id.thaonguyen, deadlines: [{ title: 'Sơ kết mô hình', due, step: 'REVIEW' }] },
        'thaonguyen',
        'createModel',
      )
    ).id;
    const key = `REVIEW:${model.review}:${due}`;
    const review = (await todosOf('thaonguyen')).find((t) => t.id === key);
    expect(review).toMatchObject({ kind: 'REVIEW', overdue: true, recordType: 'Model', recordId: model.review });
    expect((await todosOf('sonla')).some((t) => t.id === key)).toBe(true);
    for (const user of ['tdp32', 'yencuong', 'viewer']) expect((await todosOf(user)).some((t) => t.id === key)).toBe(false);
    // A regular meeting is not a review; an interim review on or before the day is.
    await made(CREATE_MEETING, { modelId: model.review, kind: 'REGULAR', heldOn: addDays(due, -3) }, 'thaonguyen', 'createMeeting');
    expect((await todosOf('thaonguyen')).some((t) => t.id === key)).toBe(true);
    await made(CREATE_MEETING, { modelId: model.review, kind: 'INTERIM_REVIEW', heldOn: addDays(due, -2), minutes: 'Sơ kết' }, 'thaonguyen', 'createMeeting');
    expect((await todosOf('thaonguyen')).some((t) => t.id === key)).toBe(false);
  });
});

describe('attachments', () => {
  let meetingId = '';
  const upload = async (as: string | null, fields: Record<string, string>, data: Buffer = png(), name = 'bien-ban.png') => {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    form.set('file', new Blob([data]), name);
    const headers: Record<string, string> = as ? { authorization: `Bearer ${await app.token(as)}` } : {};
    const res = await fetch(`${app.url}/files`, { method: 'POST', body: form, headers });
    return { status: res.status, body: (await res.json()) as { id?: string; errors?: Array<{ extensions: { code: string; reason?: string } }> } };
  };
  const download = async (as: string, path: string) => (await fetch(`${app.url}${path}`, { headers: { authorization: `Bearer ${await app.token(as)}` } })).status;
  const ATTACHMENTS = 'query($id: ID!) { meeting(id: $id) { attachments { id name contentType downloadPath addedBy { username } } } }';

  beforeAll(async () => {
    meetingId = (await made(CREATE_MEETING, { modelId: model.tdp32, kind: 'REGULAR', heldOn: '2026-04-20' }, 'tdp32', 'createMeeting')).id;
  });

  test.each([
    ['tdp32', 201],
    ['thaonguyen', 201],
    ['sonla', 201],
    ['viewer', 403],
    ['yencuong', 404],
    ['daklak', 404],
    ['vpubndsonla', 404],
    [null, 401],
  ])('%s attaches a file to a meeting of Tổ dân phố 3/2 → %i', async (user, status) => {
    expect((await upload(user, { meetingId }, png(), `anh-${user}.png`)).status).toBe(status);
  });

  test('Meeting.attachments lists them; downloads follow the meeting’s read rule; removal its update rule', async () => {
    const res = await app.gql<{ meeting: { attachments: Array<{ id: string; name: string; contentType: string; downloadPath: string; addedBy: { username: string } }> } }>(ATTACHMENTS, { id: meetingId }, 'viewer');
    const files = res.data?.meeting.attachments ?? [];
    expect(files.map((f) => f.addedBy.username)).toEqual(['tdp32', 'thaonguyen', 'sonla']);
    expect(files.every((f) => f.contentType === 'image/png')).toBe(true);
    const first = files[0] as (typeof files)[number];
    expect(await download('viewer', first.downloadPath)).toBe(200);
    expect(await download('tdp32', first.downloadPath)).toBe(200);
    expect(await download('yencuong', first.downloadPath)).toBe(404);
    const remove = 'mutation($id: ID!) { deleteEvidence(id: $id) }';
    expect(codeOf(await app.gql(remove, { id: first.id }, 'viewer'))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(remove, { id: first.id }, 'yencuong'))).toBe('NOT_FOUND');
    expect((await app.gql<{ deleteEvidence: string }>(remove, { id: first.id }, 'tdp32')).data?.deleteEvidence).toBe(first.id);
    expect(await download('tdp32', first.downloadPath)).toBe(404);
  });

  test('an upload names one owner, takes no criterion, and is typed by its content', async () => {
    const both = await upload('thaonguyen', { meetingId, assessmentId: meetingId });
    expect(both.status).toBe(400);
    expect((await upload('thaonguyen', { meetingId, criterionId: meetingId })).status).toBe(400);
    const text = await upload('thaonguyen', { meetingId }, Buffer.from('<script>alert(1)</script>'), 'x.png');
    expect(text.status).toBe(415);
    expect((await upload('thaonguyen', { meetingId: 'nope' })).status).toBe(400);
  });

  test('deleting the meeting removes its files', async () => {
    const before = await EvidenceFile.countDocuments({ ownerType: 'Meeting', ownerId: meetingId });
    expect(before).toBeGreaterThan(0);
    expect(codeOf(await app.gql('mutation($id: ID!) { deleteMeeting(id: $id) }', { id: meetingId }, 'tdp32'))).toBe('FORBIDDEN');
    await app.gql('mutation($id: ID!) { deleteMeeting(id: $id) }', { id: meetingId }, 'thaonguyen');
    expect(await EvidenceFile.countDocuments({ ownerType: 'Meeting', ownerId: meetingId })).toBe(0);
  });
});
