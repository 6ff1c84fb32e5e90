import { Schema, model, type Types } from 'mongoose';
import type { ObjectId, UnitLevel } from '../core/access';
import { registerScopedModel } from '../core/ancestry';
import type { BaseDoc } from '../core/repository';
import type { AssessmentPeriod, DeadlineStep, RatedLevel, RecognizingLevel, TargetComparison } from '../../rules/contract';
import { valuesOf } from '../../rules/values';

export const RATED_LEVELS = valuesOf<RatedLevel>({ NEIGHBOURHOOD: 1, WARD: 1, MODEL: 1, ESTABLISHMENT: 1, ORGANISATION: 1 });
export const DEADLINE_STEPS = valuesOf<DeadlineStep>({ SUBMIT: 1, REVIEW: 1, LAUNCH: 1, OTHER: 1 });
export const RECOGNIZING_LEVELS = valuesOf<RecognizingLevel>({ WARD: 1, PROVINCE: 1 });
export const PERIODS = valuesOf<AssessmentPeriod>({ YEAR: 1, QUARTER: 1 });
export const COMPARISONS = valuesOf<TargetComparison>({ AT_LEAST: 1, MORE_THAN: 1 });

export interface DocumentRef {
  number: string | null;
  date: string | null;
  issuer: string | null;
  title: string | null;
  /** The number (or title, when unnumbered) of the document this one implements; absent on records stored before it existed. */
  basedOn?: string | null;
}

/** A body's duties in a plan's "Tổ chức thực hiện" / "Phân công trách nhiệm". */
export interface Responsibility {
  body: string;
  duties: string[];
  note: string | null;
}

export interface TargetDoc {
  _id: Types.ObjectId;
  title: string;
  metric: string;
  goal: number;
  unit: string;
  comparison: TargetComparison;
  note: string | null;
}

export interface DeadlineDoc {
  title: string;
  due: string;
  /** Which step of the rating it is for (OTHER: informational only). */
  step: DeadlineStep;
  note: string | null;
}

/** A programme (phong trào / loại mô hình): what is rated, by which criteria, against which targets. */
export interface ProgrammeDoc extends BaseDoc {
  code: string;
  name: string;
  description: string | null;
  legalBasis: DocumentRef[];
  ratedLevel: RatedLevel;
  /** Further levels of subject it rates (Decision 3554: wards and organisations). */
  alsoRates: RatedLevel[];
  recognizingLevel: RecognizingLevel;
  period: AssessmentPeriod;
  criteriaSetId: ObjectId | null;
  targets: TargetDoc[];
  deadlines: DeadlineDoc[];
  /** The issuing unit and its ancestors (all null for a national programme). */
  issuerUnitId: ObjectId | null;
  issuerLevel: UnitLevel | null;
  provinceId: ObjectId | null;
  wardId: ObjectId | null;
  neighbourhoodId: ObjectId | null;
  /** The issuing unit's name when the programme was issued or last saved: shown to callers outside that unit's scope. */
  issuerName: string | null;
  responsibilities: Responsibility[];
  /** Nơi nhận of its plan. */
  recipients: string[];
  /** Community groups' name template with {unit}. */
  groupNamingRule: string | null;
  search: string;
  nameSort: string;
}

export const documentRefSchema = new Schema<DocumentRef>(
  { number: { type: String, default: null }, date: { type: String, default: null }, issuer: { type: String, default: null }, title: { type: String, default: null }, basedOn: { type: String, default: null } },
  { _id: false },
);

export const responsibilitySchema = new Schema<Responsibility>(
  { body: { type: String, required: true }, duties: { type: [String], default: [] }, note: { type: String, default: null } },
  { _id: false },
);

export const targetSchema = new Schema<TargetDoc>({
  title: { type: String, required: true },
  metric: { type: String, required: true },
  goal: { type: Number, required: true },
  unit: { type: String, required: true },
  comparison: { type: String, required: true, enum: COMPARISONS },
  note: { type: String, default: null },
});

export const deadlineSchema = new Schema<DeadlineDoc>(
  { title: { type: String, required: true }, due: { type: String, required: true }, step: { type: String, required: true, enum: DEADLINE_STEPS, default: 'OTHER' }, note: { type: String, default: null } },
  { _id: false },
);

const schema = new Schema<ProgrammeDoc>(
  {
    code: { type: String, required: true },
    name: { type: String, required: true },
    description: { type: String, default: null },
    legalBasis: { type: [documentRefSchema], default: [] },
    ratedLevel: { type: String, required: true, enum: RATED_LEVELS },
    alsoRates: { type: [{ type: String, enum: RATED_LEVELS }], default: [] },
    recognizingLevel: { type: String, required: true, enum: RECOGNIZING_LEVELS },
    period: { type: String, required: true, enum: PERIODS },
    criteriaSetId: { type: Schema.Types.ObjectId, default: null },
    targets: { type: [targetSchema], default: [] },
    deadlines: { type: [deadlineSchema], default: [] },
    issuerUnitId: { type: Schema.Types.ObjectId, default: null },
    issuerLevel: { type: String, default: null },
    provinceId: { type: Schema.Types.ObjectId, default: null },
    wardId: { type: Schema.Types.ObjectId, default: null },
    neighbourhoodId: { type: Schema.Types.ObjectId, default: null },
    issuerName: { type: String, default: null },
    responsibilities: { type: [responsibilitySchema], default: [] },
    recipients: { type: [String], default: [] },
    groupNamingRule: { type: String, default: null },
    search: { type: String, required: true },
    nameSort: { type: String, required: true },
    version: { type: Number, required: true, default: 1 },
  },
  { collection: 'programmes', timestamps: true, versionKey: false, minimize: false },
);
schema.index({ code: 1 }, { unique: true });
schema.index({ nameSort: 1, _id: 1 });
schema.index({ createdAt: 1, _id: 1 });
schema.index({ updatedAt: 1, _id: 1 });
schema.index({ provinceId: 1, nameSort: 1 });
schema.index({ wardId: 1 });
schema.index({ neighbourhoodId: 1 });
// programmes(filter: { appliesTo }): national ones (null) and those issued by the unit or its ancestors.
schema.index({ issuerUnitId: 1 });
schema.index({ ratedLevel: 1, nameSort: 1 });
schema.index({ criteriaSetId: 1, nameSort: 1 });

export const Programme = model<ProgrammeDoc>('Programme', schema);
registerScopedModel(Programme);
