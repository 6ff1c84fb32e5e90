/**
 * An evidence file's record (hồ sơ minh chứng): what it is, whose, and where its bytes are
 * (blob-store.ts). Its owner (an assessment, a meeting, … see owners.ts) is `ownerType` and
 * `ownerId`; an assessment's files also keep `assessmentId` (files stored before owners existed
 * have only that). The owner's ancestors and organisation are copied in, like every scoped
 * record; access is still decided through the owner itself (evidence.service.ts).
 */
import { Schema, model, type Types } from 'mongoose';
import type { BlobStorage } from './blob-store';
import type { EvidenceOwnerType } from './owners';

export interface EvidenceActor {
  id: Types.ObjectId | null;
  username: string;
  displayName: string | null;
}

export interface EvidenceFileDoc {
  _id: Types.ObjectId;
  /** Absent on files stored before owners existed: those are an assessment's. */
  ownerType?: EvidenceOwnerType;
  ownerId?: Types.ObjectId;
  /** The assessment it is evidence of; null for another owner's file. */
  assessmentId: Types.ObjectId | null;
  /** The criterion it supports; null: the assessment as a whole. */
  criterionId: Types.ObjectId | null;
  /** As uploaded, for display (the download name is made safe separately). */
  name: string;
  /** Detected from the content. */
  contentType: string;
  /** The extension of the detected type (pdf, jpg, …). */
  extension: string;
  size: number;
  sha256: string;
  storage: BlobStorage;
  chunkCount: number;
  addedBy: EvidenceActor;
  addedAt: Date;
  provinceId: Types.ObjectId | null;
  wardId: Types.ObjectId | null;
  neighbourhoodId: Types.ObjectId | null;
  organisationId: Types.ObjectId | null;
}

const schema = new Schema<EvidenceFileDoc>(
  {
    ownerType: { type: String, default: 'Assessment' },
    ownerId: { type: Schema.Types.ObjectId, default: null },
    assessmentId: { type: Schema.Types.ObjectId, default: null },
    criterionId: { type: Schema.Types.ObjectId, default: null },
    name: { type: String, required: true },
    contentType: { type: String, required: true },
    extension: { type: String, required: true },
    size: { type: Number, required: true },
    sha256: { type: String, required: true },
    storage: { type: String, required: true, enum: ['gridfs', 'chunks'] },
    chunkCount: { type: Number, required: true },
    addedBy: {
      type: new Schema({ id: { type: Schema.Types.ObjectId, default: null }, username: { type: String, required: true }, displayName: { type: String, default: null } }, { _id: false }),
      required: true,
    },
    addedAt: { type: Date, required: true },
    provinceId: { type: Schema.Types.ObjectId, default: null },
    wardId: { type: Schema.Types.ObjectId, default: null },
    neighbourhoodId: { type: Schema.Types.ObjectId, default: null },
    organisationId: { type: Schema.Types.ObjectId, default: null },
  },
  { collection: 'evidenceFiles', versionKey: false },
);

schema.index({ assessmentId: 1, addedAt: 1 });
schema.index({ ownerType: 1, ownerId: 1, addedAt: 1 });
schema.index({ provinceId: 1 });
schema.index({ wardId: 1 });
schema.index({ neighbourhoodId: 1 });
schema.index({ organisationId: 1 });

export const EvidenceFile = model<EvidenceFileDoc>('EvidenceFile', schema);
