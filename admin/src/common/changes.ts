/**
 * What an audit entry changed, as people read it: the fields that differ (bookkeeping and stored
 * helpers left out), each under its label. The audit log and every record's history tab use it.
 */
import type { TranslateFunction } from 'react-admin';
import type { AuditEntry } from '../../../rules/contract';

/** Bookkeeping that changes on every save and says nothing to a reader. */
const IGNORED = new Set(['_id', 'id', 'version', 'updatedAt', 'createdAt', 'search', '__v']);

function changedFields(entry: Pick<AuditEntry, 'before' | 'after'>): Array<{ field: string; before: unknown; after: unknown }> {
  const before = (entry.before ?? {}) as Record<string, unknown>;
  const after = (entry.after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !IGNORED.has(k));
  return keys.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).map((field) => ({ field, before: before[field], after: after[field] }));
}

/** Stored helpers that mean nothing to a reader (and never a password hash). */
const HIDDEN = new Set(['passwordHash', 'password', 'nameSort', 'search']);

const isEmpty = (v: unknown) =>
  v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && !Array.isArray(v) && Object.values(v as object).every(isEmpty));

export type Change = { field: string; before: unknown; after: unknown };

/** The fields an entry changed; for a creation or deletion, the fields that held a value. */
export function visibleChanges(entry: Pick<AuditEntry, 'action' | 'before' | 'after'>): Change[] {
  return changedFields(entry).filter(
    (c) => !HIDDEN.has(c.field) && (entry.action === 'CREATE' ? !isEmpty(c.after) : entry.action === 'DELETE' ? !isEmpty(c.before) : true),
  );
}

/** The record's own label for a field when its resource (see useEntityResources) has one, else the audit log's, else the stored name. */
export const fieldLabel = (translate: TranslateFunction, resource: string | undefined, field: string) => {
  const own = translate(`resources.auditEntries.entityFields.${field}`, { _: field });
  return resource ? translate(`resources.${resource}.fields.${field}`, { _: own }) : own;
};

