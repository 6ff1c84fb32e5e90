import { Schema, model } from 'mongoose';
import type { ObjectId, Role, UnitLevel } from '../core/access';
import { registerScopedModel } from '../core/ancestry';
import type { BaseDoc } from '../core/repository';
import { ROLES } from '../../rules/roles';


/** An account. Its scope unit's ancestors are stored like any scoped record's. */
export interface UserDoc extends BaseDoc {
  username: string;
  displayName: string;
  passwordHash: string;
  /** Tokens issued before this instant are no longer accepted. */
  passwordChangedAt: Date;
  role: Role;
  scopeUnitId: ObjectId | null;
  scopeLevel: UnitLevel | null;
  provinceId: ObjectId | null;
  wardId: ObjectId | null;
  neighbourhoodId: ObjectId | null;
  /** ORGANISATION_REP: the organisation the account speaks for (its whole scope; its ward and province are stored above). */
  organisationId: ObjectId | null;
  disabled: boolean;
  lastLoginAt: Date | null;
  search: string;
}

const schema = new Schema<UserDoc>(
  {
    username: { type: String, required: true },
    displayName: { type: String, required: true },
    passwordHash: { type: String, required: true },
    passwordChangedAt: { type: Date, required: true },
    role: { type: String, required: true, enum: ROLES },
    scopeUnitId: { type: Schema.Types.ObjectId, default: null },
    scopeLevel: { type: String, default: null },
    provinceId: { type: Schema.Types.ObjectId, default: null },
    wardId: { type: Schema.Types.ObjectId, default: null },
    neighbourhoodId: { type: Schema.Types.ObjectId, default: null },
    organisationId: { type: Schema.Types.ObjectId, default: null },
    disabled: { type: Boolean, required: true, default: false },
    lastLoginAt: { type: Date, default: null },
    search: { type: String, required: true },
    version: { type: Number, required: true, default: 1 },
  },
  { collection: 'users', timestamps: true, versionKey: false },
);
schema.index({ username: 1 }, { unique: true });
schema.index({ provinceId: 1, username: 1 });
schema.index({ wardId: 1, username: 1 });
schema.index({ neighbourhoodId: 1, username: 1 });
schema.index({ organisationId: 1, username: 1 });
schema.index({ role: 1, username: 1 });
schema.index({ displayName: 1, _id: 1 });
schema.index({ createdAt: 1, _id: 1 });
schema.index({ updatedAt: 1, _id: 1 });

export const User = model<UserDoc>('User', schema);
registerScopedModel(User);
