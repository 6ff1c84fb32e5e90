/**
 * Each user's calendar feed: a secret URL (GET /calendar/<secret>.ics) whose events are the
 * user's dated to-do items, for a phone's calendar app (which cannot send a Bearer token, so the
 * secret is the credential). The secret is 32 bytes (HMAC-SHA256 of the user and a random nonce
 * under the server's key), base64url: 43 characters; only its hash and the nonce are stored.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import ical, { ICalCalendarMethod } from 'ical-generator';
import type { Types } from 'mongoose';
import type { Config } from '../config';
import type { Viewer } from '../core/access';
import { recordAudit, registerAuditedType } from '../core/audit-log';
import { recordKey, withWriteLock } from '../core/write-lock';
import { createLoaders } from '../graphql/loaders';
import { viewerForUser } from '../users/auth';
import { User, type UserDoc } from '../users/user.model';
import { users } from '../users/user.service';
import { formatDay, vietnamDay } from '../../rules/dates';
import { todoPath } from '../../rules/deadlines';
import { CalendarFeed, type CalendarFeedDoc } from './calendar-feed.model';
import { todosFor } from './todos.service';

/** base64url of 32 bytes. */
export const FEED_SECRET_PATTERN = /^[A-Za-z0-9_-]{43}$/;

const secretOf = (config: Config, userId: Types.ObjectId | string, nonce: string): string =>
  createHmac('sha256', config.jwtSecret).update(`calendar-feed:${String(userId)}:${nonce}`).digest('base64url');
const hashOf = (secret: string): string => createHash('sha256').update(secret).digest('hex');
const urlOf = (config: Config, secret: string): string => `${config.publicUrl}/calendar/${secret}.ics`;

const AUDIT_TYPE = 'CalendarFeed';
// Those who manage the account read when its feed was made or turned off.
registerAuditedType(AUDIT_TYPE, (viewer) => users.def.access.read(viewer));

/** What the audit log keeps of a feed: whose it is and when it was made, never its secret, hash or nonce. */
async function auditSnapshot(feed: CalendarFeedDoc): Promise<Record<string, unknown>> {
  const owner = await User.findOne({ _id: feed.userId }).lean<UserDoc>();
  return {
    _id: feed._id,
    userId: feed.userId,
    username: owner?.username ?? null,
    createdAt: feed.createdAt,
    provinceId: owner?.provinceId ?? null,
    wardId: owner?.wardId ?? null,
    neighbourhoodId: owner?.neighbourhoodId ?? null,
    organisationId: owner?.organisationId ?? null,
  };
}

/** A new secret for the caller's feed; any previous one stops working at once. */
export function renewCalendarFeed(viewer: Viewer, config: Config): Promise<string> {
  return withWriteLock(recordKey('CalendarFeed', String(viewer.userId)), async () => {
    const nonce = randomBytes(32).toString('base64url');
    const secret = secretOf(config, viewer.userId, nonce);
    // FerretDB's upserts are not atomic: under the write lock, delete then insert.
    const previous = await CalendarFeed.findOne({ userId: viewer.userId }).lean<CalendarFeedDoc>();
    await CalendarFeed.deleteMany({ userId: viewer.userId });
    if (previous) await recordAudit(viewer, { action: 'DELETE', entityType: AUDIT_TYPE, entityId: previous._id, before: await auditSnapshot(previous), after: null });
    const created = await CalendarFeed.create({ userId: viewer.userId, nonce, secretHash: hashOf(secret), createdAt: new Date() });
    await recordAudit(viewer, { action: 'CREATE', entityType: AUDIT_TYPE, entityId: created._id, before: null, after: await auditSnapshot(created.toObject()) });
    return urlOf(config, secret);
  });
}

/** The caller's feed stops working; true if there was one. */
export function revokeCalendarFeed(viewer: Viewer): Promise<boolean> {
  return withWriteLock(recordKey('CalendarFeed', String(viewer.userId)), async () => {
    const previous = await CalendarFeed.findOne({ userId: viewer.userId }).lean<CalendarFeedDoc>();
    if (!previous) return false;
    await CalendarFeed.deleteMany({ userId: viewer.userId });
    await recordAudit(viewer, { action: 'DELETE', entityType: AUDIT_TYPE, entityId: previous._id, before: await auditSnapshot(previous), after: null });
    return true;
  });
}

/** The user's current feed URL, or null (none made, or made under another server key). */
export async function calendarFeedUrl(config: Config, userId: Types.ObjectId): Promise<string | null> {
  const feed = await CalendarFeed.findOne({ userId }).lean();
  if (!feed) return null;
  const secret = secretOf(config, userId, feed.nonce);
  return hashOf(secret) === feed.secretHash ? urlOf(config, secret) : null;
}

/** The (enabled) user a secret belongs to, or null. */
export async function feedOwner(secret: string): Promise<UserDoc | null> {
  if (!FEED_SECRET_PATTERN.test(secret)) return null;
  const feed = await CalendarFeed.findOne({ secretHash: hashOf(secret) }).lean();
  if (!feed) return null;
  const user = await User.findOne({ _id: feed.userId }).lean<UserDoc>();
  return user && !user.disabled ? user : null;
}

/** A UTC midnight standing for a calendar day (all-day events carry a date, not an instant). */
const dayAsDate = (day: string): Date => new Date(`${day}T00:00:00Z`);

/** The user's dated to-do items as an iCalendar document, computed as that user (their scope and roles). */
export async function feedFor(user: UserDoc, config: Config, now = new Date()): Promise<string> {
  const viewer = viewerForUser(user);
  const todos = (await todosFor(viewer, createLoaders(viewer), now)).filter((t) => t.dueAt);
  const calendar = ical({
    name: `Việc cần làm – ${user.displayName ?? user.username}`,
    description: 'Hạn các việc cần làm trong hệ thống quản lý phong trào toàn dân bảo vệ an ninh Tổ quốc',
    prodId: { company: 'antq', product: 'viec-can-lam', language: 'VI' },
    method: ICalCalendarMethod.PUBLISH,
    // Calendar apps poll at most this often (seconds).
    ttl: 3600,
  });
  for (const todo of todos) {
    const day = vietnamDay(todo.dueAt as Date);
    const path = todoPath(todo.recordType, todo.recordId);
    const link = `${config.publicUrl}/admin/#${path}`;
    calendar.createEvent({
      id: todo.id,
      allDay: true,
      start: dayAsDate(day),
      end: new Date(dayAsDate(day).getTime() + 86_400_000),
      stamp: now,
      summary: `${todo.overdue ? '[Quá hạn] ' : ''}${todo.title}`,
      description: [todo.title, todo.subjectName ? `Đơn vị: ${todo.subjectName}` : null, `Hạn: ${formatDay(day)}`, link].filter(Boolean).join('\n'),
      url: link,
    });
  }
  return calendar.toString();
}
