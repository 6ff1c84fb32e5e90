/**
 * The calendar feed: a secret, revocable URL per user whose events are their dated to-do items,
 * parsed back with an iCalendar parser; unknown, revoked, replaced and disabled feeds are 404.
 */
import { createHash } from 'node:crypto';
import ical from 'node-ical';
import { CalendarFeed } from '../api/deadlines/calendar-feed.model';
import { vietnamDay } from '../rules/dates';
import { startTestApp, type TestApp } from './helpers/app';

let app: TestApp;
type Todo = { id: string; kind: string; title: string; dueAt: string | null; recordType: string; recordId: string };

const renew = async (user: string) => (await app.gql<{ renewCalendarFeed: string }>('mutation { renewCalendarFeed }', {}, user)).data?.renewCalendarFeed as string;
/** The feed's path on the test server (the URL names PUBLIC_URL, not the test's port). */
const get = (feedUrl: string) => fetch(`${app.url}${new URL(feedUrl).pathname}`);
const localDay = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

beforeAll(async () => {
  app = await startTestApp({ seed: 'demo' });
}, 240_000);
afterAll(() => app?.close());

test('no feed until one is made; the URL holds a 256-bit base64url secret and only its owner sees it', async () => {
  const before = await app.gql<{ me: { calendarFeedUrl: string | null } }>('{ me { calendarFeedUrl } }', {}, 'thaonguyen');
  expect(before.data?.me.calendarFeedUrl).toBeNull();
  const url = await renew('thaonguyen');
  expect(url).toMatch(new RegExp(`^${app.config.publicUrl}/calendar/[A-Za-z0-9_-]{43}\\.ics$`));
  const me = await app.gql<{ me: { id: string; calendarFeedUrl: string | null } }>('{ me { id calendarFeedUrl } }', {}, 'thaonguyen');
  expect(me.data?.me.calendarFeedUrl).toBe(url);
  // Nobody else, not even ADMIN, reads another account's URL.
  const other = await app.gql<{ user: { calendarFeedUrl: string | null } }>('query($id: ID!) { user(id: $id) { calendarFeedUrl } }', { id: me.data?.me.id }, 'admin');
  expect(other.errors).toBeUndefined();
  expect(other.data?.user.calendarFeedUrl).toBeNull();
  // Only a hash is stored, never the secret.
  const secret = /\/calendar\/(.+)\.ics$/.exec(url)?.[1] as string;
  const stored = await CalendarFeed.find({}).lean();
  expect(stored).toHaveLength(1);
  expect(JSON.stringify(stored)).not.toContain(secret);
  expect(stored[0]?.secretHash).toBe(createHash('sha256').update(secret).digest('hex'));
});

test('the feed is text/calendar, not cached, one all-day event per dated to-do item', async () => {
  const url = await renew('thaonguyen');
  const res = await get(url);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/calendar; charset=utf-8/);
  expect(res.headers.get('cache-control')).toBe('private, no-store');
  const text = await res.text();
  const events = Object.values(ical.sync.parseICS(text)).filter((c) => c?.type === 'VEVENT') as ical.VEvent[];
  const todos = (await app.gql<{ todos: Todo[] }>('{ todos { id kind title dueAt recordType recordId } }', {}, 'thaonguyen')).data?.todos ?? [];
  const dated = todos.filter((t) => t.dueAt);
  expect(dated.length).toBeGreaterThan(0);
  expect(events.map((e) => e.uid).sort()).toEqual(dated.map((t) => t.id).sort());
  for (const todo of dated) {
    const event = events.find((e) => e.uid === todo.id) as ical.VEvent;
    expect(event.datetype).toBe('date');
    expect(localDay(event.start)).toBe(vietnamDay(todo.dueAt as string));
    expect(String(event.summary)).toContain(todo.title);
    const resource = { Assessment: 'assessments', Report: 'reports', Model: 'models', PeriodReport: 'periodReports', Programme: 'programmes', Ward: 'wards', Neighbourhood: 'neighbourhoods' }[todo.recordType];
    expect(String(event.description)).toContain(`/admin/#/${resource}/${todo.recordId}/show`);
  }
});

test('the viewer’s feed is an empty calendar; one account’s secret says nothing of another’s', async () => {
  const viewerUrl = await renew('viewer');
  const res = await get(viewerUrl);
  expect(res.status).toBe(200);
  const events = Object.values(ical.sync.parseICS(await res.text())).filter((c) => c?.type === 'VEVENT');
  expect(events).toHaveLength(0);
  const a = await renew('sonla');
  const b = await renew('daklak');
  expect(a).not.toBe(b);
  // A secret differing in one character is unknown.
  const secret = /\/calendar\/(.+)\.ics$/.exec(a)?.[1] as string;
  const flipped = `${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`;
  expect((await fetch(`${app.url}/calendar/${flipped}.ics`)).status).toBe(404);
  expect((await fetch(`${app.url}/calendar/short.ics`)).status).toBe(404);
  expect((await fetch(`${app.url}/calendar/${secret}`)).status).toBe(404);
});

test('renewing replaces the URL (the old one is 404); revoking ends it; a disabled account’s feed is 404', async () => {
  const first = await renew('buonmathuot');
  expect((await get(first)).status).toBe(200);
  const second = await renew('buonmathuot');
  expect(second).not.toBe(first);
  const old = await get(first);
  expect(old.status).toBe(404);
  expect(old.headers.get('cache-control')).toBe('private, no-store');
  expect((await get(second)).status).toBe(200);
  const revoked = await app.gql<{ revokeCalendarFeed: boolean }>('mutation { revokeCalendarFeed }', {}, 'buonmathuot');
  expect(revoked.data?.revokeCalendarFeed).toBe(true);
  expect((await app.gql<{ revokeCalendarFeed: boolean }>('mutation { revokeCalendarFeed }', {}, 'buonmathuot')).data?.revokeCalendarFeed).toBe(false);
  expect((await get(second)).status).toBe(404);
  expect((await app.gql<{ me: { calendarFeedUrl: string | null } }>('{ me { calendarFeedUrl } }', {}, 'buonmathuot')).data?.me.calendarFeedUrl).toBeNull();

  // Each making and ending of a feed is in the audit log, for the officers over the account, without its secret.
  type Log = { auditEntries: { items: Array<{ action: string; username: string; before: unknown; after: unknown }> } };
  const Q = '{ auditEntries(filter: { entityType: "CalendarFeed" }, page: { limit: 50 }) { items { action username before after } } }';
  const ward = (await app.gql<Log>(Q, {}, 'daklak')).data?.auditEntries.items.filter((e) => e.username === 'buonmathuot') ?? [];
  expect(ward.map((e) => e.action).sort()).toEqual(['CREATE', 'CREATE', 'DELETE', 'DELETE']);
  const logged = JSON.stringify(ward);
  for (const secret of [first, second].map((u) => /\/calendar\/(.+)\.ics$/.exec(u)?.[1] as string)) expect(logged).not.toContain(secret);
  expect(logged).not.toMatch(/nonce|secretHash/);
  expect((await app.gql<Log>(Q, {}, 'sonla')).data?.auditEntries.items.filter((e) => e.username === 'buonmathuot')).toEqual([]);

  const url = await renew('daklak');
  const me = await app.gql<{ me: { id: string; version: number } }>('{ me { id version } }', {}, 'daklak');
  const disabled = await app.gql('mutation($id: ID!, $v: Int) { updateUser(id: $id, input: { disabled: true }, expectedVersion: $v) { id } }', { id: me.data?.me.id, v: me.data?.me.version }, 'admin');
  expect(disabled.errors).toBeUndefined();
  expect((await get(url)).status).toBe(404);
});

test('the feed needs no token and refuses to be mistaken for the API: anonymous, no Bearer', async () => {
  const url = await renew('yencuong');
  const res = await fetch(`${app.url}${new URL(url).pathname}`, { headers: { authorization: 'Bearer nonsense' } });
  expect(res.status).toBe(200);
  expect(res.headers.get('x-robots-tag')).toBe('noindex');
});

test('guessing is throttled per client address: unknown secrets soon answer 429 with Retry-After', async () => {
  let status = 0;
  let retryAfter: string | null = null;
  for (let i = 0; i < 25 && status !== 429; i++) {
    const res = await fetch(`${app.url}/calendar/${'x'.repeat(42)}${String.fromCharCode(65 + i)}.ics`);
    status = res.status;
    retryAfter = res.headers.get('retry-after');
  }
  expect(status).toBe(429);
  expect(Number(retryAfter)).toBeGreaterThan(0);
});
