import { Schema, model } from 'mongoose';
import type { ObjectId, UnitLevel } from '../core/access';
import { registerScopedModel } from '../core/ancestry';
import type { BaseDoc } from '../core/repository';

import type { ReportCategory, ReportLang, ReportStatus } from '../../rules/contract';
import { REPORT_CATEGORIES, REPORT_LANGS, REPORT_SOURCES, REPORT_STATUSES, type ReportSource } from '../../rules/workflow';

export type { ReportStatus };

export interface ReportContact {
  name: string | null;
  phone: string | null;
  email: string | null;
}

export interface ReportLocation {
  text: string | null;
  lat: number | null;
  lng: number | null;
}

/** One triage step: a status change, an assignment or a plain note. */
export interface ReportStepDoc {
  status: ReportStatus;
  by: ObjectId;
  byName: string;
  at: Date;
  note: string | null;
}

/** A report (phản ánh) from a resident or tourist, public intake, triaged by officers in scope. */
export interface ReportDoc extends BaseDoc {
  /** Tracking code given to the reporter (unique). */
  code: string;
  unitId: ObjectId;
  unitLevel: UnitLevel;
  provinceId: ObjectId;
  wardId: ObjectId | null;
  neighbourhoodId: ObjectId | null;
  establishmentId: ObjectId | null;
  category: ReportCategory;
  description: string;
  lang: ReportLang;
  contact: ReportContact | null;
  location: ReportLocation | null;
  status: ReportStatus;
  assigneeId: ObjectId | null;
  steps: ReportStepDoc[];
  /** When an officer first acted on it (left RECEIVED). */
  respondedAt: Date | null;
  /** Respond by: received + the configured deadline. */
  dueAt: Date;
  closedAt: Date | null;
  /** Set when resolved: whether the complaint proved true (it then counts in the business rating). */
  substantiated: boolean | null;
  /** How it came in: the public page, or an officer recording a call. */
  source: ReportSource;
  search: string;
}

const schema = new Schema<ReportDoc>(
  {
    code: { type: String, required: true },
    unitId: { type: Schema.Types.ObjectId, required: true },
    unitLevel: { type: String, required: true },
    provinceId: { type: Schema.Types.ObjectId, required: true },
    wardId: { type: Schema.Types.ObjectId, default: null },
    neighbourhoodId: { type: Schema.Types.ObjectId, default: null },
    establishmentId: { type: Schema.Types.ObjectId, default: null },
    category: { type: String, required: true, enum: REPORT_CATEGORIES },
    description: { type: String, required: true },
    lang: { type: String, required: true, enum: REPORT_LANGS },
    contact: { type: new Schema<ReportContact>({ name: String, phone: String, email: String }, { _id: false }), default: null },
    location: { type: new Schema<ReportLocation>({ text: String, lat: Number, lng: Number }, { _id: false }), default: null },
    status: { type: String, required: true, enum: REPORT_STATUSES },
    assigneeId: { type: Schema.Types.ObjectId, default: null },
    steps: {
      type: [new Schema<ReportStepDoc>({ status: String, by: Schema.Types.ObjectId, byName: String, at: Date, note: { type: String, default: null } }, { _id: false })],
      default: [],
    },
    respondedAt: { type: Date, default: null },
    dueAt: { type: Date, required: true },
    closedAt: { type: Date, default: null },
    substantiated: { type: Boolean, default: null },
    source: { type: String, required: true, enum: REPORT_SOURCES },
    search: { type: String, required: true },
    version: { type: Number, required: true, default: 1 },
  },
  { collection: 'reports', timestamps: true, versionKey: false },
);
schema.index({ code: 1 }, { unique: true });
schema.index({ provinceId: 1, createdAt: -1, _id: 1 });
schema.index({ wardId: 1, createdAt: -1, _id: 1 });
schema.index({ neighbourhoodId: 1, createdAt: -1, _id: 1 });
schema.index({ establishmentId: 1, createdAt: -1 });
schema.index({ status: 1, dueAt: 1 });
schema.index({ dueAt: 1, _id: 1 });
schema.index({ category: 1, createdAt: -1 });
// The hot-spot map: a ward's reports that have a location, newest first.
schema.index({ wardId: 1, 'location.lat': 1, createdAt: -1 });
schema.index({ createdAt: 1, _id: 1 });
schema.index({ updatedAt: 1, _id: 1 });
// An account's history (deleting a user who triaged reports is refused).
schema.index({ assigneeId: 1 });
schema.index({ 'steps.by': 1 });

export const Report = model<ReportDoc>('Report', schema);
registerScopedModel(Report);
