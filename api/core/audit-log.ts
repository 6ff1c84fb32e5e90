/**
 * The audit log's write side: the AuditEntry model, recording an entry for every change, moving
 * entries with their records, and the registry of audited types (each Repository registers its
 * read rule and redactions). It sits in core because core/repository.ts records every change;
 * reading the log (scoping, redaction) is api/audit/audit.service.ts.
 */
import { Schema, model, type Types } from 'mongoose';
import { LEVEL_FIELD, LEVELS, levelDepth, type Ancestors, type Rule, type UnitLevel, type Viewer } from './access';

/** Plain changes, plus the rating workflow's steps. */
export type { AuditAction } from '../../rules/contract';
import type { AuditAction } from '../../rules/contract';

/** One change to one record: nothing is lost, the before and after are kept whole. */
export interface AuditEntryDoc {
  _id: Types.ObjectId;
  action: AuditAction;
  entityType: string;
  entityId: Types.ObjectId;
  userId: Types.ObjectId | null;
  username: string | null;
  at: Date;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  // The record's current ancestors (rewritten when it or a unit above it moves), so officers see
  // the log of the records in their scope now, and only those.
  provinceId: Types.ObjectId | null;
  wardId: Types.ObjectId | null;
  neighbourhoodId: Types.ObjectId | null;
}

const auditEntrySchema = new Schema<AuditEntryDoc>(
  {
    action: { type: String, required: true },
    entityType: { type: String, required: true },
    entityId: { type: Schema.Types.ObjectId, required: true },
    userId: { type: Schema.Types.ObjectId, default: null },
    username: { type: String, default: null },
    at: { type: Date, required: true },
    before: { type: Schema.Types.Mixed, default: null },
    after: { type: Schema.Types.Mixed, default: null },
    provinceId: { type: Schema.Types.ObjectId, default: null },
    wardId: { type: Schema.Types.ObjectId, default: null },
    neighbourhoodId: { type: Schema.Types.ObjectId, default: null },
  },
  { collection: 'auditEntries', versionKey: false, minimize: false },
);

// Every filter the API exposes, newest first.
auditEntrySchema.index({ at: -1, _id: -1 });
auditEntrySchema.index({ entityId: 1, at: -1 });
auditEntrySchema.index({ userId: 1, at: -1 });
auditEntrySchema.index({ entityType: 1, at: -1 });
auditEntrySchema.index({ provinceId: 1, at: -1 });
auditEntrySchema.index({ wardId: 1, at: -1 });
auditEntrySchema.index({ neighbourhoodId: 1, at: -1 });

export const AuditEntry = model<AuditEntryDoc>('AuditEntry', auditEntrySchema);

// ---------------------------------------------------------------- recording

export interface AuditRecord {
  action: AuditAction;
  entityType: string;
  entityId: AuditEntryDoc['entityId'];
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export type Snapshot = Record<string, unknown>;
export type ScopeField = (typeof LEVEL_FIELD)[UnitLevel];
export const SCOPE_FIELDS = LEVELS.map((l) => LEVEL_FIELD[l]);

/** The scope fields of a record's state, as an audit entry stores them. */
export function scopeOf(state: Snapshot): Pick<AuditEntryDoc, ScopeField> {
  const ref = (key: ScopeField) => (state[key] as AuditEntryDoc['provinceId']) ?? null;
  return { provinceId: ref('provinceId'), wardId: ref('wardId'), neighbourhoodId: ref('neighbourhoodId') };
}

const sameScope = (a: Pick<AuditEntryDoc, ScopeField>, b: Pick<AuditEntryDoc, ScopeField>): boolean =>
  SCOPE_FIELDS.every((f) => String(a[f]) === String(b[f]));

/**
 * Writes one audit entry; the record's ancestors are taken from its after (or before) state.
 * Entries carry the record's current scope: when this change moved the record (its scope
 * fields changed), its earlier entries move with it.
 */
export async function recordAudit(viewer: Viewer | null, entry: AuditRecord): Promise<void> {
  const scope = scopeOf(entry.after ?? entry.before ?? {});
  await AuditEntry.create({ ...entry, userId: viewer?.userId ?? null, username: viewer?.username ?? null, at: new Date(), ...scope });
  if (entry.before && entry.after && !sameScope(scopeOf(entry.before), scope)) {
    await AuditEntry.updateMany({ entityId: entry.entityId }, { $set: scope });
  }
}

/**
 * The audit side of `moveSubtree` (core/ancestry.ts): every entry about the unit `unitId` or a
 * record under it gets the new ancestors above `level`. One updateMany on an indexed field.
 */
export async function moveAuditSubtree(level: UnitLevel, unitId: Ancestors['provinceId'], ancestors: Ancestors): Promise<void> {
  const set: Record<string, unknown> = {};
  for (const above of LEVELS.filter((l) => levelDepth(l) < levelDepth(level))) set[LEVEL_FIELD[above]] = ancestors[LEVEL_FIELD[above]] ?? null;
  await AuditEntry.updateMany({ [LEVEL_FIELD[level]]: unitId }, { $set: set });
}

// ---------------------------------------------------------------- who reads what (registered here, applied by audit.service)

/**
 * Which top-level fields of a record `viewer` may not see through the API (they are shown as
 * null in audit snapshots). `record` is a snapshot with the record's current scope and `_id`.
 */
export type AuditRedaction = (viewer: Viewer, record: Snapshot) => readonly string[];

export interface AuditedType {
  /** The record's read rule (its repository's); a type without one is read by ADMIN only. */
  read?: (viewer: Viewer) => Rule;
  hidden: Set<AuditRedaction>;
}
const registry = new Map<string, AuditedType>();
/** Every audited type by entity type, for the log's readers. */
export const auditedTypes: ReadonlyMap<string, AuditedType> = registry;

const auditedType = (entityType: string): AuditedType => {
  const found = registry.get(entityType) ?? { hidden: new Set<AuditRedaction>() };
  registry.set(entityType, found);
  return found;
};

/** Every Repository registers its read rule here: an entry is read only by those who may read its record. */
export function registerAuditedType(entityType: string, read: (viewer: Viewer) => Rule): void {
  auditedType(entityType).read = read;
}

/** Adds a redaction for snapshots of `entityType` (several add up); returns a function that removes it. */
export function registerAuditRedaction(entityType: string, hide: AuditRedaction): () => void {
  const { hidden } = auditedType(entityType);
  hidden.add(hide);
  return () => void hidden.delete(hide);
}
