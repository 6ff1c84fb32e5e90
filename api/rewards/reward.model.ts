import { Schema, model, type Types } from 'mongoose';
import type { ObjectId, UnitLevel } from '../core/access';
import { LEVELS } from '../core/access';
import { registerScopedModel } from '../core/ancestry';
import type { BaseDoc } from '../core/repository';
import type { RewardAction, RewardForm, RewardIssuingLevel, RewardKind, RewardRecipientKind, RewardRecipientUnitLevel, RewardStatus } from '../../rules/contract';
import {
  REWARD_ACTIONS,
  REWARD_FORMS,
  REWARD_ISSUING_LEVELS,
  REWARD_KINDS,
  REWARD_RECIPIENT_KINDS,
  REWARD_RECIPIENT_UNIT_LEVELS,
  REWARD_STATUSES,
} from '../../rules/rewards';

export interface RewardStepDoc {
  action: RewardAction;
  by: Types.ObjectId;
  byName: string;
  at: Date;
  note: string | null;
}

export interface RewardDecisionDoc {
  number: string;
  date: string;
  form: RewardForm;
  amount: number | null;
  issuingLevel: RewardIssuingLevel;
  issuingUnitId: ObjectId | null;
  issuingBody: string | null;
}

/** A proposal for a reward or a disciplinary measure, scoped by its proposing unit (its ancestors copied). */
export interface RewardDoc extends BaseDoc {
  kind: RewardKind;
  recipientKind: RewardRecipientKind;
  recipientName: string;
  recipientUnitId: ObjectId | null;
  recipientUnitLevel: RewardRecipientUnitLevel | null;
  modelId: ObjectId | null;
  assessmentId: ObjectId | null;
  year: number;
  reason: string;
  proposingUnitId: ObjectId;
  proposingUnitLevel: UnitLevel;
  provinceId: ObjectId;
  wardId: ObjectId | null;
  neighbourhoodId: ObjectId | null;
  /** The recipient organisation, so that its representative reads the rewards it received. */
  organisationId: ObjectId | null;
  status: RewardStatus;
  history: RewardStepDoc[];
  /** Who sent it up last (kept when it is returned: the returned draft is theirs to revise). */
  proposedBy: ObjectId | null;
  decidedBy: ObjectId | null;
  decision: RewardDecisionDoc | null;
  isSample: boolean;
  search: string;
}

const stepSchema = new Schema<RewardStepDoc>(
  {
    action: { type: String, required: true, enum: REWARD_ACTIONS },
    by: { type: Schema.Types.ObjectId, required: true },
    byName: { type: String, required: true },
    at: { type: Date, required: true },
    note: { type: String, default: null },
  },
  { _id: false },
);

const decisionSchema = new Schema<RewardDecisionDoc>(
  {
    number: { type: String, required: true },
    date: { type: String, required: true },
    form: { type: String, required: true, enum: REWARD_FORMS },
    amount: { type: Number, default: null },
    issuingLevel: { type: String, required: true, enum: REWARD_ISSUING_LEVELS },
    issuingUnitId: { type: Schema.Types.ObjectId, default: null },
    issuingBody: { type: String, default: null },
  },
  { _id: false },
);

const schema = new Schema<RewardDoc>(
  {
    kind: { type: String, required: true, enum: REWARD_KINDS },
    recipientKind: { type: String, required: true, enum: REWARD_RECIPIENT_KINDS },
    recipientName: { type: String, required: true },
    recipientUnitId: { type: Schema.Types.ObjectId, default: null },
    recipientUnitLevel: { type: String, default: null, enum: [...REWARD_RECIPIENT_UNIT_LEVELS, null] },
    modelId: { type: Schema.Types.ObjectId, default: null },
    assessmentId: { type: Schema.Types.ObjectId, default: null },
    year: { type: Number, required: true },
    reason: { type: String, required: true },
    proposingUnitId: { type: Schema.Types.ObjectId, required: true },
    proposingUnitLevel: { type: String, required: true, enum: LEVELS },
    provinceId: { type: Schema.Types.ObjectId, required: true },
    wardId: { type: Schema.Types.ObjectId, default: null },
    neighbourhoodId: { type: Schema.Types.ObjectId, default: null },
    organisationId: { type: Schema.Types.ObjectId, default: null },
    status: { type: String, required: true, enum: REWARD_STATUSES },
    history: { type: [stepSchema], default: [] },
    proposedBy: { type: Schema.Types.ObjectId, default: null },
    decidedBy: { type: Schema.Types.ObjectId, default: null },
    decision: { type: decisionSchema, default: null },
    isSample: { type: Boolean, required: true, default: false },
    search: { type: String, required: true },
    version: { type: Number, required: true, default: 1 },
  },
  { collection: 'rewards', timestamps: true, versionKey: false, minimize: false },
);
// Every list filter (a scope field, the proposing or recipient unit, the model, the assessment…) with the default order, newest year first.
schema.index({ provinceId: 1, year: -1, _id: -1 });
schema.index({ wardId: 1, year: -1, _id: -1 });
schema.index({ neighbourhoodId: 1, year: -1, _id: -1 });
schema.index({ organisationId: 1, year: -1, _id: -1 });
schema.index({ proposingUnitId: 1, year: -1, _id: -1 });
schema.index({ recipientUnitId: 1, year: -1, _id: -1 });
schema.index({ modelId: 1, year: -1, _id: -1 });
schema.index({ assessmentId: 1, status: 1 });
schema.index({ year: -1, _id: -1 });
schema.index({ status: 1, year: -1, _id: -1 });
schema.index({ kind: 1, year: -1, _id: -1 });
schema.index({ createdAt: 1, _id: 1 });
schema.index({ updatedAt: 1, _id: 1 });
// The returned drafts of a proposer (their to-do list); who took a step is not deleted while referred to.
schema.index({ proposedBy: 1, status: 1 });
schema.index({ decidedBy: 1 });
schema.index({ 'history.by': 1 });

export const Reward = model<RewardDoc>('Reward', schema);
// A proposing unit that moves takes its rewards along (core/ancestry).
registerScopedModel(Reward);
