/**
 * Serialises writes to one record within this process.
 *
 * Every update already carries `{ _id, version }` in its filter, which real MongoDB applies
 * atomically. FerretDB 1.x (both its SQLite and PostgreSQL backends, measured with 1.24.2) does
 * not: findAndModify reads the document and then replaces it by _id, so two concurrent saves of
 * the same version can both "succeed" and one is lost. Holding a per-record lock around the
 * read-check-write makes optimistic concurrency hold on the embedded default (one API process);
 * on MongoDB it is merely redundant, and correctness across instances comes from the database.
 */
import AsyncLock from 'async-lock';

const lock = new AsyncLock({ timeout: 30_000, maxPending: 10_000 });

export function withWriteLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
  return lock.acquire(key, fn);
}

export const recordKey = (entityType: string, id: string): string => `${entityType}:${id}`;
