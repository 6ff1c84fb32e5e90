/**
 * Throttles: fixed-window counters kept in the database, so that every API instance shares them
 * and a restart forgets nothing.
 *
 * A caller *takes* a slot before it does the guarded work (a password compare, a public
 * submission), never after, so concurrency cannot push more than `limit` attempts through one
 * window: the slot is reserved by a conditional increment `{ _id, count: { $lt: limit } }`.
 * On MongoDB that update is atomic; FerretDB 1.x applies findAndModify as read-then-write, so
 * the increment also runs under this process's per-key lock (core/write-lock.ts), which makes
 * it exact for the embedded default (one process). Work that turns out not to count (a login
 * that succeeds) gives its slot back with `release`, or clears the window with `reset`.
 *
 * One document per rule and key holds the open window (it starts with its first attempt, so
 * bursts are judged alike whenever they come). FerretDB 1.x has no TTL indexes, so ended
 * windows are deleted by an occasional sweep.
 */
import { Schema, model } from 'mongoose';
import { isDuplicateKey, rateLimited } from '../errors';
import { withWriteLock } from './write-lock';

export interface ThrottleRule {
  /** Names the counter in the database, e.g. "login-user". */
  name: string;
  limit: number;
  windowMs: number;
  /** The RATE_LIMITED message, given the seconds until the window ends. */
  message(retryAfterSeconds: number): string;
  /**
   * Refuse a full window from memory for up to this long, without asking the database, so that
   * a flood costs nothing once its window is full. Only ever stricter: a slot given back by
   * another instance meanwhile is seen at the latest this much later.
   */
  rememberFullMs?: number;
}

interface ThrottleDoc {
  _id: string;
  count: number;
  /** A window opens with its first attempt and lasts `windowMs`. */
  windowStartedAt: Date;
  expiresAt: Date;
}

const schema = new Schema<ThrottleDoc>(
  {
    _id: { type: String, required: true },
    count: { type: Number, required: true },
    windowStartedAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
  },
  { collection: 'throttles', versionKey: false },
);
// For the sweep. Not a TTL index: FerretDB 1.x refuses `expireAfterSeconds` ("not implemented yet").
schema.index({ expiresAt: 1 });
export const Throttle = model<ThrottleDoc>('Throttle', schema);

/** A slot taken from one rule's window; give it back if the attempt did not count. */
export interface Slot {
  release(): Promise<void>;
  reset(): Promise<void>;
}

/** Windows known to be full: until when to refuse without asking (see rememberFullMs), and when they end. */
const knownFull = new Map<string, { until: number; endsAt: number }>();
let lastSweep = 0;
const SWEEP_EVERY_MS = 60_000;

function refuse(rule: ThrottleRule, endsAt: number, now: number): never {
  const seconds = Math.max(1, Math.ceil((endsAt - now) / 1000));
  throw rateLimited(rule.message(seconds), seconds);
}

/** Takes one slot of `rule` for `key`, or throws RATE_LIMITED when its window is full. */
export async function take(rule: ThrottleRule, key: string): Promise<Slot> {
  const id = `${rule.name}:${key}`;
  const known = knownFull.get(id);
  if (known && known.until > Date.now()) refuse(rule, known.endsAt, Date.now());
  sweep(Date.now());
  await withWriteLock(`throttle:${id}`, () => reserve(rule, id));
  return {
    release: () =>
      withWriteLock(`throttle:${id}`, async () => {
        await Throttle.updateOne({ _id: id, count: { $gt: 0 } }, { $inc: { count: -1 } });
      }),
    reset: () =>
      withWriteLock(`throttle:${id}`, async () => {
        await Throttle.deleteOne({ _id: id });
      }),
  };
}

/**
 * Every step is a single conditional write, so it also holds across instances on MongoDB:
 * count one more in an open window that has room; else open a new window in place of an
 * ended one; else create the first window; else the window is full.
 */
async function reserve(rule: ThrottleRule, id: string): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const now = Date.now();
    const opened = new Date(now - rule.windowMs);
    const counted = await Throttle.updateOne({ _id: id, windowStartedAt: { $gt: opened }, count: { $lt: rule.limit } }, { $inc: { count: 1 } });
    if (counted.matchedCount === 1) return;
    const current = await Throttle.findById(id).lean();
    if (current && current.windowStartedAt > opened) {
      if (current.count < rule.limit) continue; // a slot was given back meanwhile
      const endsAt = current.windowStartedAt.getTime() + rule.windowMs;
      if (rule.rememberFullMs) knownFull.set(id, { until: Math.min(endsAt, now + rule.rememberFullMs), endsAt });
      refuse(rule, endsAt, now);
    }
    const fresh = { count: 1, windowStartedAt: new Date(now), expiresAt: new Date(now + rule.windowMs) };
    if (current) {
      const renewed = await Throttle.updateOne({ _id: id, windowStartedAt: current.windowStartedAt }, { $set: fresh });
      if (renewed.matchedCount === 1) return;
      continue;
    }
    try {
      await Throttle.create({ _id: id, ...fresh });
      return;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error; // another instance opened it first: count again
    }
  }
  throw new Error(`throttle ${id}: could not take a slot`);
}

/** Takes a slot of every rule in order; if one refuses, the slots already taken are given back. */
export async function takeAll(rules: ReadonlyArray<readonly [ThrottleRule, string]>): Promise<Slot[]> {
  const slots: Slot[] = [];
  try {
    for (const [rule, key] of rules) slots.push(await take(rule, key));
    return slots;
  } catch (error) {
    await Promise.all(slots.map((s) => s.release()));
    throw error;
  }
}

/** Deletes finished windows now and then (FerretDB 1.x has no TTL indexes). */
function sweep(now: number): void {
  if (now - lastSweep < SWEEP_EVERY_MS) return;
  lastSweep = now;
  for (const [id, known] of knownFull) if (known.until <= now) knownFull.delete(id);
  void Throttle.deleteMany({ expiresAt: { $lt: new Date(now) } }).catch(() => undefined);
}
