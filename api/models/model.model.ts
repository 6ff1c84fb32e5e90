import { Schema, model, type SchemaDefinition, type Types } from 'mongoose';
import type { ObjectId, UnitLevel } from '../core/access';
import { registerScopedModel } from '../core/ancestry';
import type { BaseDoc } from '../core/repository';
import { deadlineSchema, documentRefSchema, responsibilitySchema, targetSchema, type DeadlineDoc, type DocumentRef, type Responsibility, type TargetDoc } from '../programmes/programme.model';
import type { ChannelKind, ModelCategory, ModelStatus } from '../../rules/contract';
import { valuesOf } from '../../rules/values';

export const MODEL_CATEGORIES = valuesOf<ModelCategory>({
  ZALO_GROUP: 1,
  CAMERA: 1,
  HOTLINE: 1,
  SELF_MANAGED_GROUP: 1,
  MODEL_RESIDENTIAL_AREA: 1,
  CLUB: 1,
  YOUTH_TEAM: 1,
  TOURISM_SAFETY: 1,
  REINTEGRATION: 1,
  CREDIT_SUPPORT: 1,
  PROPAGANDA: 1,
  OTHER: 1,
});
export const MODEL_STATUSES = valuesOf<ModelStatus>({ PLANNED: 1, ESTABLISHED: 1, LAUNCHED: 1, OPERATING: 1, SUSPENDED: 1, ENDED: 1 });
export const CHANNEL_KINDS = valuesOf<ChannelKind>({ ZALO_GROUP: 1, ZALO_ACCOUNT: 1, QR_CODE: 1, HOTLINE: 1, WEB_FORM: 1, SIGN: 1, OTHER: 1 });
export const STATUS_DATE_KEYS = ['planned', 'established', 'launched', 'operating', 'suspended', 'ended'] as const;

export type StatusDates = Record<(typeof STATUS_DATE_KEYS)[number], string | null>;
export interface CommitteeMember {
  name: string;
  position: string;
  role: string;
  group: string;
}
export interface Channel {
  kind: ChannelKind;
  name: string;
  value: string | null;
  languages: string[];
  note: string | null;
  isSample: boolean;
}
export interface RolloutStep {
  order: number;
  title: string;
  dueOn: string | null;
  /** The day it was done (null: not yet); an undone step past dueOn is overdue. */
  doneOn: string | null;
  note: string | null;
}
export interface ModelComponent {
  title: string;
  description: string;
  place: string | null;
}
/** A funding row; amounts in VND. Rows stored before issue 14 have only source and note. */
export interface FundingRow {
  source: string;
  legalBasis: string | null;
  year: number | null;
  plannedAmount: number | null;
  spentAmount: number | null;
  note: string | null;
}
export interface FigureDoc {
  _id: Types.ObjectId;
  indicator: string;
  value: number;
  unit: string;
  period: string;
  place: string | null;
  planned: boolean;
  note: string | null;
}

/** A model (mô hình) run by a unit at any level. Stores the unit's ancestors like every scoped record. */
export interface ModelDoc extends BaseDoc {
  name: string;
  category: ModelCategory;
  unitId: ObjectId;
  unitLevel: UnitLevel;
  provinceId: ObjectId;
  wardId: ObjectId | null;
  neighbourhoodId: ObjectId | null;
  programmeId: ObjectId | null;
  leadBody: string;
  area: string | null;
  status: ModelStatus;
  statusDates: StatusDates;
  /** A partial date (YYYY, YYYY-MM or YYYY-MM-DD): when it started, as precisely as the source says. */
  startedIn: string | null;
  /** A partial date: when its status was last known (Lai Vung's report: 2020-12). */
  statusAsOf: string | null;
  context: string | null;
  results: string | null;
  problems: string | null;
  nextPlan: string | null;
  nextPlanPeriod: string | null;
  requests: string | null;
  funding: FundingRow[];
  /** Who does what (Tổ chức thực hiện / Phân công trách nhiệm). */
  responsibilities: Responsibility[];
  /** Nơi nhận of its plan. */
  recipients: string[];
  /** Community groups' name template with {unit}; null: the programme's applies. */
  groupNamingRule: string | null;
  committee: CommitteeMember[];
  meetingSchedule: string | null;
  channels: Channel[];
  steps: RolloutStep[];
  components: ModelComponent[];
  targets: TargetDoc[];
  deadlines: DeadlineDoc[];
  figures: FigureDoc[];
  documents: DocumentRef[];
  unitMappingNote: string | null;
  isSample: boolean;
  /**
   * For a neighbourhood's model: days from the neighbourhood's re-arrangement (rearrangedOn) to
   * the model's launch; null unless both dates are known. Kept so the dashboard can count
   * "launched within 3 months of re-arrangement" in the database.
   */
  launchLagDays: number | null;
  search: string;
  nameSort: string;
}

const optional = { type: String, default: null };
/** A sub-document schema without its own _id. */
const rows = (fields: SchemaDefinition) => ({ type: [new Schema(fields, { _id: false })], default: [] });

const schema = new Schema<ModelDoc>(
  {
    name: { type: String, required: true },
    category: { type: String, required: true, enum: MODEL_CATEGORIES },
    unitId: { type: Schema.Types.ObjectId, required: true },
    unitLevel: { type: String, required: true },
    provinceId: { type: Schema.Types.ObjectId, required: true },
    wardId: { type: Schema.Types.ObjectId, default: null },
    neighbourhoodId: { type: Schema.Types.ObjectId, default: null },
    programmeId: { type: Schema.Types.ObjectId, default: null },
    leadBody: { type: String, required: true },
    area: optional,
    status: { type: String, required: true, enum: MODEL_STATUSES },
    statusDates: {
      type: new Schema(Object.fromEntries(STATUS_DATE_KEYS.map((k) => [k, optional])), { _id: false }),
      default: () => ({}),
    },
    context: optional,
    results: optional,
    problems: optional,
    nextPlan: optional,
    nextPlanPeriod: optional,
    requests: optional,
    funding: rows({
      source: { type: String, required: true },
      legalBasis: optional,
      year: { type: Number, default: null },
      plannedAmount: { type: Number, default: null },
      spentAmount: { type: Number, default: null },
      note: optional,
    }),
    responsibilities: { type: [responsibilitySchema], default: [] },
    recipients: { type: [String], default: [] },
    groupNamingRule: optional,
    committee: rows({ name: { type: String, required: true }, position: { type: String, required: true }, role: { type: String, required: true }, group: { type: String, required: true } }),
    meetingSchedule: optional,
    channels: rows({ kind: { type: String, required: true, enum: CHANNEL_KINDS }, name: { type: String, required: true }, value: optional, languages: { type: [String], default: [] }, note: optional, isSample: { type: Boolean, default: false } }),
    steps: rows({ order: { type: Number, required: true }, title: { type: String, required: true }, dueOn: optional, doneOn: optional, note: optional }),
    components: rows({ title: { type: String, required: true }, description: { type: String, required: true }, place: optional }),
    targets: { type: [targetSchema], default: [] },
    deadlines: { type: [deadlineSchema], default: [] },
    figures: {
      type: [
        new Schema<FigureDoc>({
          indicator: { type: String, required: true },
          value: { type: Number, required: true },
          unit: { type: String, required: true },
          period: { type: String, required: true },
          place: optional,
          planned: { type: Boolean, required: true, default: false },
          note: optional,
        }),
      ],
      default: [],
    },
    documents: { type: [documentRefSchema], default: [] },
    unitMappingNote: optional,
    startedIn: optional,
    statusAsOf: optional,
    isSample: { type: Boolean, required: true, default: false },
    launchLagDays: { type: Number, default: null },
    search: { type: String, required: true },
    nameSort: { type: String, required: true },
    version: { type: Number, required: true, default: 1 },
  },
  { collection: 'models', timestamps: true, versionKey: false, minimize: false },
);
// Scope fields first: every list is filtered by one of them.
schema.index({ provinceId: 1, nameSort: 1, _id: 1 });
schema.index({ wardId: 1, nameSort: 1, _id: 1 });
schema.index({ neighbourhoodId: 1, nameSort: 1, _id: 1 });
schema.index({ unitId: 1, nameSort: 1 });
schema.index({ programmeId: 1, nameSort: 1 });
schema.index({ status: 1, nameSort: 1 });
schema.index({ category: 1, nameSort: 1 });
schema.index({ programmeId: 1, launchLagDays: 1 });
schema.index({ nameSort: 1, _id: 1 });
schema.index({ createdAt: 1, _id: 1 });
schema.index({ updatedAt: 1, _id: 1 });

/** A community security model (mô hình), named so that it does not read as mongoose's own Model. */
export const SecurityModel = model<ModelDoc>('Model', schema);
registerScopedModel(SecurityModel);

/** Days from re-arrangement to launch, when both are known. */
export function launchLag(rearrangedOn: string | null | undefined, launched: string | null | undefined): number | null {
  if (!rearrangedOn || !launched) return null;
  return Math.round((Date.parse(`${launched}T00:00:00Z`) - Date.parse(`${rearrangedOn}T00:00:00Z`)) / 86_400_000);
}
