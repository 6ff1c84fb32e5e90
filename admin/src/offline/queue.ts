/**
 * Saves made without a connection, kept on the device (IndexedDB through idb-keyval, so they
 * survive a reload or a closed tab) until they can be sent: when the browser says it is online
 * again, at start-up, and every RETRY_EVERY_MS while some wait.
 *
 * Each save is sent as it was made: an update with the record it was based on (`previousData`,
 * whose `version` is the expectedVersion), so a record changed on the server meanwhile fails with
 * CONFLICT STALE_VERSION and is shown as a failure the user resolves, never overwritten. Only the
 * user who made a save sends it (a shared phone keeps each user's saves apart).
 */
import { createStore, del, entries, set } from 'idb-keyval';
import type { DataProvider, RaRecord } from 'react-admin';
import type { Refusal } from '../../../rules/errors';
import { detailOf, isNetworkFailure, refusalOf } from '../providers/errors';
import { readSession } from '../providers/session';
import { changedValues } from './changes';

export type PendingState = 'waiting' | 'sending' | 'failed';

/** Why a save could not be sent. */
export interface PendingFailure {
  /** A message key (app.errors.*) or the API's own sentence. */
  message: string;
  refusal?: Refusal;
  /** The API's sentence (English), under the translated message. */
  detail?: string;
  /** After STALE_VERSION: the server's current values of the fields the user changed. */
  serverValues?: Record<string, unknown>;
}

export interface PendingSave {
  key: string;
  /** Who made it: only their session sends it. */
  username: string;
  resource: string;
  kind: 'create' | 'update';
  recordId?: RaRecord['id'];
  /** The form's values as the user saved them. */
  data: Record<string, unknown>;
  /** Update: the record as it was read before the change (its version is the one the change was based on). */
  previousData?: RaRecord;
  /** ISO instant of the (last) save on the device. */
  savedAt: string;
  state: PendingState;
  failure?: PendingFailure;
}

/** What one round of sending did, for the app bar's notices. */
export interface ReplayOutcome {
  sent: number;
  failed: number;
}

const RETRY_EVERY_MS = 30_000;

// No IndexedDB (a very old browser, a private mode that refuses it): saves are kept in memory only.
const store = typeof indexedDB === 'undefined' ? undefined : createStore('antt-offline', 'pending-saves');

let saves: readonly PendingSave[] = [];
const listeners = new Set<() => void>();
const outcomeListeners = new Set<(outcome: ReplayOutcome) => void>();
let provider: DataProvider | undefined;
let running: Promise<void> | undefined;

function publish(next: readonly PendingSave[]): void {
  saves = next;
  for (const listener of listeners) listener();
}

/** For useSyncExternalStore: every save on the device, oldest first. */
export const subscribePendingSaves = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};
export const pendingSavesSnapshot = (): readonly PendingSave[] => saves;

/** Called after every round of sending that sent or failed something. */
export const onReplayed = (listener: (outcome: ReplayOutcome) => void) => {
  outcomeListeners.add(listener);
  return () => void outcomeListeners.delete(listener);
};

const currentUser = () => readSession()?.user.username;

async function put(save: PendingSave): Promise<void> {
  const others = saves.filter((s) => s.key !== save.key);
  publish([...others, save].sort((a, b) => a.savedAt.localeCompare(b.savedAt)));
  if (store) await set(save.key, save, store);
}

async function remove(key: string): Promise<void> {
  publish(saves.filter((s) => s.key !== key));
  if (store) await del(key, store);
}

/** Reads what the device holds (another tab may have added or sent saves). A save left "sending" by a closed tab waits again. */
async function loadFromDevice(): Promise<void> {
  if (!store) return;
  const stored = (await entries<string, PendingSave>(store)).map(([, save]) => (save.state === 'sending' ? { ...save, state: 'waiting' as const } : save));
  publish(stored.sort((a, b) => a.savedAt.localeCompare(b.savedAt)));
}

const newKey = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/**
 * Keeps a save on the device. A second offline change of the same record joins the waiting one
 * (the form's latest values, still based on the version first read), so the two do not conflict
 * with each other.
 */
export async function keepOnDevice(save: Pick<PendingSave, 'resource' | 'kind' | 'recordId' | 'data' | 'previousData'>): Promise<PendingSave> {
  const username = currentUser() ?? '';
  const savedAt = new Date().toISOString();
  const earlier =
    save.kind === 'update'
      ? saves.find((s) => s.username === username && s.kind === 'update' && s.state === 'waiting' && s.resource === save.resource && String(s.recordId) === String(save.recordId))
      : undefined;
  const entry: PendingSave = earlier ? { ...earlier, data: save.data, savedAt } : { ...save, key: newKey(), username, savedAt, state: 'waiting' };
  await put(entry);
  return entry;
}

/** The user gives a save up (after a conflict, or a change no longer wanted). */
export const discardPendingSave = (key: string) => remove(key);

/** A failed save is tried again (e.g. after a refusal the user fixed on the server). */
export async function retryPendingSave(key: string): Promise<void> {
  const save = saves.find((s) => s.key === key);
  if (!save) return;
  await put({ ...save, state: 'waiting', failure: undefined });
  await replayPendingSaves();
}

type Attempt = 'sent' | 'later' | PendingFailure;

/**
 * A stale version may be this very save, already applied by an attempt whose answer was lost (or
 * by another tab): then the server holds exactly the values typed and nothing is left to send.
 * Otherwise the failure keeps the server's values beside the user's.
 */
async function afterStaleVersion(p: DataProvider, save: PendingSave, error: unknown): Promise<Attempt> {
  const typed = changedValues(save);
  const { data: current } = await p.getOne(save.resource, { id: save.recordId as RaRecord['id'] });
  const serverValues = Object.fromEntries(Object.keys(typed).map((field) => [field, (current as Record<string, unknown>)[field]]));
  if (Object.keys(typed).every((field) => JSON.stringify(serverValues[field] ?? null) === JSON.stringify(typed[field] ?? null))) return 'sent';
  return { message: 'app.errors.refusals.STALE_VERSION', refusal: 'STALE_VERSION', detail: detailOf(error), serverValues };
}

async function attempt(p: DataProvider, save: PendingSave): Promise<Attempt> {
  try {
    if (save.kind === 'create') await p.create(save.resource, { data: save.data });
    else await p.update(save.resource, { id: save.recordId as RaRecord['id'], data: save.data, previousData: save.previousData });
    return 'sent';
  } catch (error) {
    // No connection again, or the session expired: it waits (a new sign-in sends it).
    if (isNetworkFailure(error) || (error as { status?: number } | null)?.status === 401) return 'later';
    const refusal = refusalOf(error);
    try {
      if (refusal === 'STALE_VERSION' && save.kind === 'update') return await afterStaleVersion(p, save, error);
    } catch (reread) {
      if (isNetworkFailure(reread)) return 'later';
    }
    const message = error instanceof Error ? error.message : String(error);
    return { message, ...(refusal ? { refusal } : {}), detail: detailOf(error) };
  }
}

async function sendAll(p: DataProvider): Promise<void> {
  await loadFromDevice();
  const username = currentUser();
  if (!username) return;
  const outcome: ReplayOutcome = { sent: 0, failed: 0 };
  for (const save of saves.filter((s) => s.username === username && s.state === 'waiting')) {
    await put({ ...save, state: 'sending', failure: undefined });
    const result = await attempt(p, save);
    if (result === 'sent') {
      await remove(save.key);
      outcome.sent += 1;
    } else if (result === 'later') {
      await put({ ...save, state: 'waiting' });
      break;
    } else {
      await put({ ...save, state: 'failed', failure: result });
      outcome.failed += 1;
    }
  }
  if (outcome.sent || outcome.failed) for (const listener of outcomeListeners) listener(outcome);
}

/** Sends the signed-in user's waiting saves, one round at a time (across tabs too, where the browser has Web Locks). */
export function replayPendingSaves(): Promise<void> {
  const p = provider;
  if (!p || !navigator.onLine) return Promise.resolve();
  if (!running) {
    const round = async (): Promise<void> => {
      await (navigator.locks ? navigator.locks.request('antt-offline-replay', () => sendAll(p)) : sendAll(p));
    };
    running = round()
      .catch((error: unknown) => console.error('offline saves: sending failed', error))
      .finally(() => {
        running = undefined;
      });
  }
  return running;
}

/** Starts the queue once, sending through `p` (the data provider without the offline wrapper). */
export function startOfflineQueue(p: DataProvider): void {
  if (provider) return;
  provider = p;
  void loadFromDevice().then(replayPendingSaves);
  window.addEventListener('online', () => void replayPendingSaves());
  window.setInterval(() => {
    if (saves.some((s) => s.state === 'waiting')) void replayPendingSaves();
  }, RETRY_EVERY_MS);
}
