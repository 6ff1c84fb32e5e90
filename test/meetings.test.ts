/**
 * Meetings of a model, scoped like models: officers keep their area's, a head records their own
 * neighbourhood's, a viewer reads, nobody reaches outside their scope. Every change is audited,
 * and a unit moved to another parent takes its models' meetings and their history along.
 */
import { codeOf, fixtureIds, startTestApp, type FixtureIds, type TestApp } from './helpers/app';

let app: TestApp;
let id: FixtureIds;
const model = { tdp32: '', yencuong: '' };
const meeting = { tdp32: '', yencuong: '' };

const CREATE_MODEL = 'mutation($u: ID!, $n: String!) { createModel(input: { name: $n, category: ZALO_GROUP, unitId: $u, leadBody: "Công an", status: OPERATING }) { id } }';
const CREATE = 'mutation($input: MeetingCreateInput!) { createMeeting(input: $input) { id version provinceId: model { provinceId } kind heldOn attendees isSample } }';
const meetingInput = (modelId: string, extra: Record<string, unknown> = {}) => ({ modelId, kind: 'REGULAR', heldOn: '2026-05-20', chair: 'Trưởng thôn', attendees: ['Nguyễn Văn A', 'Trần Thị B'], minutes: 'Rà soát tình hình an ninh trật tự tháng 5', ...extra });

beforeAll(async () => {
  app = await startTestApp();
  id = await fixtureIds(app);
  const make = async (unitId: string, name: string, user: string) => {
    const res = await app.gql<{ createModel: { id: string } }>(CREATE_MODEL, { u: unitId, n: name }, user);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.createModel.id;
  };
  model.tdp32 = await make(id.tdp32, 'Zalo ANTT Tổ dân phố 3/2', 'thaonguyen');
  model.yencuong = await make(id.yencuong, 'Zalo ANTT xã Yên Cường', 'yencuong');
  for (const [key, modelId, user] of [['tdp32', model.tdp32, 'thaonguyen'], ['yencuong', model.yencuong, 'yencuong']] as const) {
    const res = await app.gql<{ createMeeting: { id: string } }>(CREATE, { input: meetingInput(modelId) }, user);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    meeting[key] = res.data.createMeeting.id;
  }
});
afterAll(() => app.close());

const listed = async (user: string) => {
  const res = await app.gql<{ meetings: { items: Array<{ id: string }> } }>('{ meetings(page: { limit: 200 }) { items { id } } }', {}, user);
  expect(res.errors).toBeUndefined();
  return res.data?.meetings.items.map((m) => m.id).sort() ?? [];
};

describe('reading', () => {
  test.each([
    ['admin', ['tdp32', 'yencuong']],
    ['sonla', ['tdp32']],
    ['thaonguyen', ['tdp32']],
    ['tdp32', ['tdp32']],
    ['viewer', ['tdp32']],
    ['ninhbinh', ['yencuong']],
    ['daklak', []],
  ])('%s lists the meetings of their scope only', async (user, keys) => {
    expect(await listed(user)).toEqual(keys.map((k) => meeting[k as keyof typeof meeting]).sort());
  });

  test('a meeting outside the scope is NOT_FOUND, and a model lists its own meetings', async () => {
    expect(codeOf(await app.gql('query($id: ID!) { meeting(id: $id) { id } }', { id: meeting.yencuong }, 'thaonguyen'))).toBe('NOT_FOUND');
    const res = await app.gql<{ model: { meetings: { total: number; items: Array<{ id: string; model: { id: string } }> } } }>(
      'query($id: ID!) { model(id: $id) { meetings { total items { id model { id } } } } }',
      { id: model.tdp32 },
      'tdp32',
    );
    expect(res.data?.model.meetings).toEqual({ total: 1, items: [{ id: meeting.tdp32, model: { id: model.tdp32 } }] });
  });

  test('filters by kind and dates; sorts by its own enum, newest first by default', async () => {
    await app.gql(CREATE, { input: meetingInput(model.tdp32, { kind: 'INTERIM_REVIEW', heldOn: '2026-12-10' }) }, 'thaonguyen');
    type Items = { items: Array<{ kind: string; heldOn: string }> };
    const res = await app.gql<{ newest: Items; byKind: Items; fromJune: Items; oldestFirst: Items }>(
      `query($m: ID!) {
        newest: meetings(page: { limit: 1 }) { items { kind heldOn } }
        byKind: meetings(filter: { kind: INTERIM_REVIEW }) { items { kind heldOn } }
        fromJune: meetings(filter: { heldFrom: "2026-06-01" }) { items { kind heldOn } }
        oldestFirst: meetings(filter: { modelId: $m }, orderBy: { field: heldOn, order: ASC }) { items { kind heldOn } }
      }`,
      { m: model.tdp32 },
      'admin',
    );
    expect(res.errors).toBeUndefined();
    const review = [{ kind: 'INTERIM_REVIEW', heldOn: '2026-12-10' }];
    expect(res.data?.newest.items).toEqual(review);
    expect(res.data?.byKind.items).toEqual(review);
    expect(res.data?.fromJune.items).toEqual(review);
    expect(res.data?.oldestFirst.items.map((m) => m.heldOn)).toEqual(['2026-05-20', '2026-12-10']);
  });
});

describe('writing', () => {
  test('the head records a meeting of their own neighbourhood’s model, not of another’s', async () => {
    const own = await app.gql<{ createMeeting: { id: string; isSample: boolean } }>(CREATE, { input: meetingInput(model.tdp32, { heldOn: '2026-06-20' }) }, 'tdp32');
    expect(own.errors).toBeUndefined();
    expect(own.data?.createMeeting.isSample).toBe(false);
    expect(codeOf(await app.gql(CREATE, { input: meetingInput(model.yencuong) }, 'tdp32'))).toBe('BAD_USER_INPUT');
    // A head may update it but not delete it; officers may.
    const meetingId = own.data?.createMeeting.id as string;
    const updated = await app.gql<{ updateMeeting: { version: number; minutes: string } }>(
      'mutation($id: ID!) { updateMeeting(id: $id, input: { minutes: "Đã bổ sung kết luận" }, expectedVersion: 1) { version minutes } }',
      { id: meetingId },
      'tdp32',
    );
    expect(updated.data?.updateMeeting).toEqual({ version: 2, minutes: 'Đã bổ sung kết luận' });
    expect(codeOf(await app.gql('mutation($id: ID!) { deleteMeeting(id: $id) }', { id: meetingId }, 'tdp32'))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql('mutation($id: ID!) { updateMeeting(id: $id, input: { minutes: "x" }, expectedVersion: 1) { id } }', { id: meetingId }, 'thaonguyen'))).toBe('CONFLICT');
    expect((await app.gql<{ deleteMeeting: string }>('mutation($id: ID!) { deleteMeeting(id: $id) }', { id: meetingId }, 'thaonguyen')).data?.deleteMeeting).toBe(meetingId);
  });

  test.each([
    ['viewer', 'tdp32', 'FORBIDDEN'],
    ['daklak', 'tdp32', 'BAD_USER_INPUT'],
    ['thaonguyen', 'yencuong', 'BAD_USER_INPUT'],
  ])('%s may not record a meeting of the %s model', async (user, key, code) => {
    expect(codeOf(await app.gql(CREATE, { input: meetingInput(model[key as keyof typeof model]) }, user))).toBe(code);
  });

  test('an officer outside the scope can neither change nor delete it', async () => {
    expect(codeOf(await app.gql('mutation($id: ID!) { updateMeeting(id: $id, input: { place: "x" }) { id } }', { id: meeting.tdp32 }, 'ninhbinh'))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql('mutation($id: ID!) { deleteMeeting(id: $id) }', { id: meeting.tdp32 }, 'ninhbinh'))).toBe('NOT_FOUND');
  });

  test('bad input is refused with its paths', async () => {
    const paths = async (extra: Record<string, unknown>) => {
      const res = await app.gql(CREATE, { input: meetingInput(model.tdp32, extra) }, 'thaonguyen');
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      return (res.errors?.[0]?.extensions?.fields as Array<{ path: string }> | undefined)?.map((f) => f.path).sort();
    };
    expect(await paths({ heldOn: '2026-02-30' })).toEqual(['input.heldOn']);
    expect(await paths({ attendees: ['Nguyễn Văn A', '  '], minutes: 'x'.repeat(20_001) })).toEqual(['input.attendees.1', 'input.minutes']);
  });
});

describe('audit and moves', () => {
  test('every change is audited, readable in scope only', async () => {
    const log = (user: string) =>
      app.gql<{ auditEntries: { items: Array<{ action: string }> } }>('query($e: ID!) { auditEntries(filter: { entityId: $e }) { items { action } } }', { e: meeting.yencuong }, user);
    expect((await log('ninhbinh')).data?.auditEntries.items.map((e) => e.action)).toEqual(['CREATE']);
    expect((await log('sonla')).data?.auditEntries.items).toEqual([]);
  });

  test('a neighbourhood moved to another ward takes its models’ meetings and their history into the new scope', async () => {
    // The province re-arranges Tổ dân phố 3/2 under another ward of Sơn La.
    const moved = await app.gql('mutation($id: ID!, $w: ID!) { updateNeighbourhood(id: $id, input: { wardId: $w }) { id } }', { id: id.tdp32, w: id.otherSonlaWard }, 'sonla');
    expect(moved.errors).toBeUndefined();
    expect(await listed('thaonguyen')).toEqual([]);
    expect(await listed('tdp32')).toContain(meeting.tdp32);
    expect(await listed('sonla')).toContain(meeting.tdp32);
    const history = await app.gql<{ auditEntries: { items: Array<{ action: string }> } }>(
      'query($e: ID!) { auditEntries(filter: { entityId: $e }) { items { action } } }',
      { e: meeting.tdp32 },
      'thaonguyen',
    );
    expect(history.data?.auditEntries.items).toEqual([]);
  });
});
