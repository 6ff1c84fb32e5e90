import { Schema, model } from 'mongoose';
import type { ObjectId, UnitLevel } from '../core/access';
import { registerScopedModel } from '../core/ancestry';
import type { BaseDoc } from '../core/repository';
import type { MeetingKind, MeetingRecurrence } from '../../rules/contract';
import { valuesOf } from '../../rules/values';
import { MEETING_KINDS } from './meeting.model';

export const MEETING_RECURRENCES = valuesOf<MeetingRecurrence>({ MONTHLY: 1, QUARTERLY: 1, HALF_YEARLY: 1, YEARLY: 1 });

/**
 * When the meetings of a model (or of a unit's steering committee: modelId null) are due
 * (rules/meeting-schedules.ts computes the days). The unit's ancestors are copied in.
 */
export interface MeetingScheduleDoc extends BaseDoc {
  modelId: ObjectId | null;
  unitId: ObjectId;
  unitLevel: UnitLevel;
  provinceId: ObjectId;
  wardId: ObjectId | null;
  neighbourhoodId: ObjectId | null;
  kind: MeetingKind;
  recurrence: MeetingRecurrence;
  dayOfMonth: number;
  month: number | null;
  startsOn: string;
  endsOn: string | null;
  minutesGraceDays: number;
  note: string | null;
  isSample: boolean;
  search: string;
}

const schema = new Schema<MeetingScheduleDoc>(
  {
    modelId: { type: Schema.Types.ObjectId, default: null },
    unitId: { type: Schema.Types.ObjectId, required: true },
    unitLevel: { type: String, required: true },
    provinceId: { type: Schema.Types.ObjectId, required: true },
    wardId: { type: Schema.Types.ObjectId, default: null },
    neighbourhoodId: { type: Schema.Types.ObjectId, default: null },
    kind: { type: String, required: true, enum: MEETING_KINDS },
    recurrence: { type: String, required: true, enum: MEETING_RECURRENCES },
    dayOfMonth: { type: Number, required: true },
    month: { type: Number, default: null },
    startsOn: { type: String, required: true },
    endsOn: { type: String, default: null },
    minutesGraceDays: { type: Number, required: true },
    note: { type: String, default: null },
    isSample: { type: Boolean, required: true, default: false },
    search: { type: String, default: '' },
    version: { type: Number, required: true, default: 1 },
  },
  { collection: 'meetingSchedules', timestamps: true, versionKey: false },
);
// Every list filter with the default order (startsOn, oldest first).
schema.index({ provinceId: 1, startsOn: 1, _id: 1 });
schema.index({ wardId: 1, startsOn: 1, _id: 1 });
schema.index({ neighbourhoodId: 1, startsOn: 1, _id: 1 });
schema.index({ modelId: 1, startsOn: 1, _id: 1 });
schema.index({ unitId: 1, startsOn: 1, _id: 1 });
schema.index({ startsOn: 1, _id: 1 });
schema.index({ kind: 1, startsOn: 1 });
schema.index({ recurrence: 1, startsOn: 1 });
schema.index({ createdAt: 1, _id: 1 });
schema.index({ updatedAt: 1, _id: 1 });

export const MeetingSchedule = model<MeetingScheduleDoc>('MeetingSchedule', schema);
registerScopedModel(MeetingSchedule);
