import { Schema, model, type Types } from 'mongoose';
import type { BaseDoc } from '../core/repository';
import type { CriterionKind } from '../../rules/contract';
import { valuesOf } from '../../rules/values';

export const CRITERION_KINDS = valuesOf<CriterionKind>({ PASS_FAIL: 1, POINTS: 1 });

export interface CriterionDoc {
  _id: Types.ObjectId;
  code: string;
  title: string;
  group: string;
  kind: CriterionKind;
  maxScore: number | null;
  required: boolean;
  placeholder: boolean;
  /**
   * Points scored by the server, not the rater: maxScore less this many points per resolved,
   * substantiated report about the rated business in the period (never below 0).
   */
  deductPerReport: number | null;
}

/** A criteria set (bộ tiêu chí): groups, criteria and the thresholds that classify a total. */
export interface CriteriaSetDoc extends BaseDoc {
  name: string;
  note: string | null;
  groups: Array<{ code: string; title: string }>;
  criteria: CriterionDoc[];
  thresholds: Array<{ classification: string; minTotal: number }>;
  /**
   * The edition assessments are rated on (starts at 1). Changing groups, criteria or thresholds
   * while assessments rated on the current edition exist first freezes it (CriteriaSetRevision)
   * and then goes up by one; a change of name or note alone does not.
   */
  revision: number;
  search: string;
  nameSort: string;
}

const groupSchema = new Schema({ code: { type: String, required: true }, title: { type: String, required: true } }, { _id: false });
const thresholdSchema = new Schema({ classification: { type: String, required: true }, minTotal: { type: Number, required: true } }, { _id: false });
const criterionSchema = new Schema<CriterionDoc>({
  code: { type: String, required: true },
  title: { type: String, required: true },
  group: { type: String, required: true },
  kind: { type: String, required: true, enum: CRITERION_KINDS },
  maxScore: { type: Number, default: null },
  required: { type: Boolean, required: true },
  placeholder: { type: Boolean, required: true, default: false },
  deductPerReport: { type: Number, default: null },
});

const schema = new Schema<CriteriaSetDoc>(
  {
    name: { type: String, required: true },
    note: { type: String, default: null },
    groups: { type: [groupSchema], default: [] },
    criteria: { type: [criterionSchema], default: [] },
    thresholds: { type: [thresholdSchema], default: [] },
    revision: { type: Number, required: true, default: 1 },
    search: { type: String, required: true },
    nameSort: { type: String, required: true },
    version: { type: Number, required: true, default: 1 },
  },
  { collection: 'criteriaSets', timestamps: true, versionKey: false, minimize: false },
);
schema.index({ nameSort: 1, _id: 1 });
schema.index({ createdAt: 1, _id: 1 });
schema.index({ updatedAt: 1, _id: 1 });

export const CriteriaSet = model<CriteriaSetDoc>('CriteriaSet', schema);

/**
 * A frozen edition of a criteria set (never changed once written): what assessments rated on
 * `revision` were scored by, kept when the set's groups, criteria or thresholds change later.
 * Criteria keep their ids, so results stay linked to them.
 */
export interface CriteriaSetRevisionDoc extends BaseDoc {
  setId: Types.ObjectId;
  revision: number;
  name: string;
  groups: CriteriaSetDoc['groups'];
  criteria: CriterionDoc[];
  thresholds: CriteriaSetDoc['thresholds'];
  /** When the next edition replaced it. */
  replacedAt: Date;
}

const revisionSchema = new Schema<CriteriaSetRevisionDoc>(
  {
    setId: { type: Schema.Types.ObjectId, required: true },
    revision: { type: Number, required: true },
    name: { type: String, required: true },
    groups: { type: [groupSchema], default: [] },
    criteria: { type: [criterionSchema], default: [] },
    thresholds: { type: [thresholdSchema], default: [] },
    replacedAt: { type: Date, required: true },
    version: { type: Number, required: true, default: 1 },
  },
  { collection: 'criteriaSetRevisions', timestamps: true, versionKey: false, minimize: false },
);
// One frozen copy per edition: freezing twice (a retried edit) finds the first.
revisionSchema.index({ setId: 1, revision: 1 }, { unique: true });
revisionSchema.index({ revision: 1, _id: 1 });

export const CriteriaSetRevision = model<CriteriaSetRevisionDoc>('CriteriaSetRevision', revisionSchema);

/** Highest possible total: maxScore of each POINTS criterion, 1 per PASS_FAIL criterion. */
export const maxTotal = (set: Pick<CriteriaSetDoc, 'criteria'>): number =>
  set.criteria.reduce((sum, c) => sum + (c.kind === 'POINTS' ? (c.maxScore ?? 0) : 1), 0);
