import { Schema, model } from 'mongoose';
import type { ObjectId, UnitLevel } from '../core/access';
import { registerScopedModel } from '../core/ancestry';
import type { BaseDoc } from '../core/repository';
import type { MeetingKind } from '../../rules/contract';
import { valuesOf } from '../../rules/values';

export const MEETING_KINDS = valuesOf<MeetingKind>({ REGULAR: 1, EXTRAORDINARY: 1, INTERIM_REVIEW: 1, FINAL_REVIEW: 1 });

export interface MeetingDecisionDoc {
  text: string;
  owner: string | null;
  dueOn: string | null;
  doneOn: string | null;
}

/**
 * A meeting of a model or of a unit's steering committee (modelId null), with the unit's
 * ancestors copied so that scope is one indexed equality. Meetings stored before units were
 * recorded have no unitId: their model's unit is theirs.
 */
export interface MeetingDoc extends BaseDoc {
  modelId: ObjectId | null;
  unitId: ObjectId | null;
  unitLevel: UnitLevel | null;
  provinceId: ObjectId;
  wardId: ObjectId | null;
  neighbourhoodId: ObjectId | null;
  kind: MeetingKind;
  heldOn: string;
  place: string | null;
  chair: string | null;
  attendees: string[];
  minutes: string | null;
  decisions: MeetingDecisionDoc[];
  scheduleId: ObjectId | null;
  occurrenceOn: string | null;
  isSample: boolean;
  search: string;
}

const schema = new Schema<MeetingDoc>(
  {
    modelId: { type: Schema.Types.ObjectId, default: null },
    unitId: { type: Schema.Types.ObjectId, default: null },
    unitLevel: { type: String, default: null },
    provinceId: { type: Schema.Types.ObjectId, required: true },
    wardId: { type: Schema.Types.ObjectId, default: null },
    neighbourhoodId: { type: Schema.Types.ObjectId, default: null },
    kind: { type: String, required: true, enum: MEETING_KINDS },
    heldOn: { type: String, required: true },
    place: { type: String, default: null },
    chair: { type: String, default: null },
    attendees: { type: [String], default: [] },
    minutes: { type: String, default: null },
    decisions: {
      type: [new Schema({ text: { type: String, required: true }, owner: { type: String, default: null }, dueOn: { type: String, default: null }, doneOn: { type: String, default: null } }, { _id: false })],
      default: [],
    },
    scheduleId: { type: Schema.Types.ObjectId, default: null },
    occurrenceOn: { type: String, default: null },
    isSample: { type: Boolean, required: true, default: false },
    search: { type: String, default: '' },
    version: { type: Number, required: true, default: 1 },
  },
  { collection: 'meetings', timestamps: true, versionKey: false },
);
// Every list filter (a scope field or the model) with the default order, newest first.
schema.index({ provinceId: 1, heldOn: -1, _id: -1 });
schema.index({ wardId: 1, heldOn: -1, _id: -1 });
schema.index({ neighbourhoodId: 1, heldOn: -1, _id: -1 });
schema.index({ modelId: 1, heldOn: -1, _id: -1 });
schema.index({ unitId: 1, heldOn: -1, _id: -1 });
// A schedule's occurrences find their meetings with one query on these.
schema.index({ scheduleId: 1, occurrenceOn: 1 });
schema.index({ heldOn: -1, _id: -1 });
schema.index({ kind: 1, heldOn: -1 });
schema.index({ createdAt: 1, _id: 1 });
schema.index({ updatedAt: 1, _id: 1 });

export const Meeting = model<MeetingDoc>('Meeting', schema);
// A model stays on its unit; when the unit moves, its meetings move with it (core/ancestry).
registerScopedModel(Meeting);
