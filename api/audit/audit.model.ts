import { Schema, model, type Types } from 'mongoose';

/** Plain changes, plus the rating workflow's steps. */
export type AuditAction = 'CREATE' | 'UPDATE' | 'DELETE' | 'SUBMIT' | 'APPRAISE' | 'RETURN' | 'RECOGNIZE' | 'NOT_RECOGNIZE';

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
