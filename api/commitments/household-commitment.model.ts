import { Schema, model } from 'mongoose';
import type { ObjectId } from '../core/access';
import { registerScopedModel } from '../core/ancestry';
import type { BaseDoc } from '../core/repository';

/**
 * Households of a neighbourhood briefed on a programme and those that signed its commitment
 * (seed 002: "100% hộ gia đình … được phổ biến … và ký bản cam kết"): one record per
 * neighbourhood and programme, with the neighbourhood's ancestors copied for scope.
 */
export interface HouseholdCommitmentDoc extends BaseDoc {
  neighbourhoodId: ObjectId;
  wardId: ObjectId;
  provinceId: ObjectId;
  programmeId: ObjectId;
  briefed: number;
  briefedOn: string | null;
  signed: number;
  signedOn: string | null;
  note: string | null;
  isSample: boolean;
}

const schema = new Schema<HouseholdCommitmentDoc>(
  {
    neighbourhoodId: { type: Schema.Types.ObjectId, required: true },
    wardId: { type: Schema.Types.ObjectId, required: true },
    provinceId: { type: Schema.Types.ObjectId, required: true },
    programmeId: { type: Schema.Types.ObjectId, required: true },
    briefed: { type: Number, required: true, default: 0 },
    briefedOn: { type: String, default: null },
    signed: { type: Number, required: true, default: 0 },
    signedOn: { type: String, default: null },
    note: { type: String, default: null },
    isSample: { type: Boolean, required: true, default: false },
    version: { type: Number, required: true, default: 1 },
  },
  { collection: 'householdCommitments', timestamps: true, versionKey: false },
);
// One per neighbourhood and programme (a second is CONFLICT DUPLICATE); it also serves Neighbourhood.householdCommitments.
schema.index({ neighbourhoodId: 1, programmeId: 1 }, { unique: true });
// Every list filter with the default order (newest change first), and the dashboard's sums per programme.
schema.index({ provinceId: 1, updatedAt: -1, _id: -1 });
schema.index({ wardId: 1, updatedAt: -1, _id: -1 });
schema.index({ neighbourhoodId: 1, updatedAt: -1, _id: -1 });
schema.index({ programmeId: 1, wardId: 1 });
schema.index({ programmeId: 1, provinceId: 1 });
schema.index({ programmeId: 1, updatedAt: -1, _id: -1 });
schema.index({ signedOn: -1, _id: -1 });
schema.index({ briefedOn: -1, _id: -1 });
schema.index({ createdAt: 1, _id: 1 });
schema.index({ updatedAt: -1, _id: -1 });

export const HouseholdCommitment = model<HouseholdCommitmentDoc>('HouseholdCommitment', schema);
// A neighbourhood moved to another ward takes its commitments along (core/ancestry).
registerScopedModel(HouseholdCommitment);
