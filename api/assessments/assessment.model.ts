import { Schema, model, type Types } from 'mongoose';
import type { ObjectId, UnitLevel } from '../core/access';
import { registerScopedModel } from '../core/ancestry';
import type { BaseDoc } from '../core/repository';
import { RATED_LEVELS } from '../programmes/programme.model';

import type { AssessmentAction, AssessmentStatus } from '../../rules/contract';
import { ASSESSMENT_ACTIONS, ASSESSMENT_STATUSES } from '../../rules/workflow';

export type { AssessmentAction, AssessmentStatus };

export interface CriterionResultDoc {
  criterionId: Types.ObjectId;
  met: boolean | null;
  score: number | null;
  note: string | null;
  evidence: string[];
}

export interface AssessmentStepDoc {
  action: AssessmentAction;
  by: Types.ObjectId;
  byName: string;
  at: Date;
  note: string | null;
}

/** One rating of one subject, for one programme and period. */
export interface AssessmentDoc extends BaseDoc {
  programmeId: ObjectId;
  subjectId: ObjectId;
  subjectLevel: (typeof RATED_LEVELS)[number];
  /** The hierarchy level of the subject, or of the unit running it for a MODEL: it decides who appraises. */
  subjectUnitLevel: UnitLevel;
  /** For a MODEL subject, the model's own unit ancestors. */
  provinceId: ObjectId;
  wardId: ObjectId | null;
  neighbourhoodId: ObjectId | null;
  year: number;
  /** 0 for yearly programmes (a real value keeps the unique index simple). */
  quarter: number;
  results: CriterionResultDoc[];
  total: number;
  classification: string | null;
  status: AssessmentStatus;
  history: AssessmentStepDoc[];
  submittedBy: ObjectId | null;
  appraisedBy: ObjectId | null;
  /** For a business: the substantiated reports its report-scored criteria were computed from. */
  substantiatedReports: number | null;
  /** For an ORGANISATION subject: the organisation (its representative's scope is this field). */
  organisationId: ObjectId | null;
  /** The criteria set and the edition of it the results were rated on (kept when the set changes later). */
  criteriaSetId: ObjectId | null;
  criteriaSetVersion: number;
  /** Invented demo data, flagged like every other sample record. */
  isSample: boolean;
}

const schema = new Schema<AssessmentDoc>(
  {
    programmeId: { type: Schema.Types.ObjectId, required: true },
    subjectId: { type: Schema.Types.ObjectId, required: true },
    subjectLevel: { type: String, required: true, enum: RATED_LEVELS },
    subjectUnitLevel: { type: String, required: true },
    provinceId: { type: Schema.Types.ObjectId, required: true },
    wardId: { type: Schema.Types.ObjectId, default: null },
    neighbourhoodId: { type: Schema.Types.ObjectId, default: null },
    year: { type: Number, required: true },
    quarter: { type: Number, required: true, default: 0 },
    results: {
      type: [
        new Schema<CriterionResultDoc>(
          {
            criterionId: { type: Schema.Types.ObjectId, required: true },
            met: { type: Boolean, default: null },
            score: { type: Number, default: null },
            note: { type: String, default: null },
            evidence: { type: [String], default: [] },
          },
          { _id: false },
        ),
      ],
      default: [],
    },
    total: { type: Number, required: true, default: 0 },
    classification: { type: String, default: null },
    status: { type: String, required: true, enum: ASSESSMENT_STATUSES },
    history: {
      type: [
        new Schema<AssessmentStepDoc>(
          {
            action: { type: String, required: true, enum: ASSESSMENT_ACTIONS },
            by: { type: Schema.Types.ObjectId, required: true },
            byName: { type: String, required: true },
            at: { type: Date, required: true },
            note: { type: String, default: null },
          },
          { _id: false },
        ),
      ],
      default: [],
    },
    submittedBy: { type: Schema.Types.ObjectId, default: null },
    appraisedBy: { type: Schema.Types.ObjectId, default: null },
    substantiatedReports: { type: Number, default: null },
    organisationId: { type: Schema.Types.ObjectId, default: null },
    criteriaSetId: { type: Schema.Types.ObjectId, default: null },
    criteriaSetVersion: { type: Number, required: true, default: 1 },
    isSample: { type: Boolean, required: true, default: false },
    version: { type: Number, required: true, default: 1 },
  },
  { collection: 'assessments', timestamps: true, versionKey: false, minimize: false },
);
// One assessment per subject, programme and period.
schema.index({ programmeId: 1, subjectId: 1, year: 1, quarter: 1 }, { unique: true });
schema.index({ subjectId: 1, year: -1 });
schema.index({ provinceId: 1, year: -1, status: 1 });
schema.index({ wardId: 1, year: -1, status: 1 });
schema.index({ neighbourhoodId: 1, year: -1, status: 1 });
schema.index({ organisationId: 1, year: -1, status: 1 });
schema.index({ year: -1, _id: 1 });
schema.index({ status: 1, _id: 1 });
schema.index({ total: 1, _id: 1 });
schema.index({ createdAt: 1, _id: 1 });
schema.index({ updatedAt: 1, _id: 1 });
// Who took part in a rating: a user referred to here is not deleted (users.beforeDelete).
schema.index({ 'history.by': 1 });
schema.index({ submittedBy: 1 });
schema.index({ appraisedBy: 1 });

export const Assessment = model<AssessmentDoc>('Assessment', schema);
registerScopedModel(Assessment);
