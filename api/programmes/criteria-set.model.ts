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
  search: string;
  nameSort: string;
}

const schema = new Schema<CriteriaSetDoc>(
  {
    name: { type: String, required: true },
    note: { type: String, default: null },
    groups: { type: [new Schema({ code: { type: String, required: true }, title: { type: String, required: true } }, { _id: false })], default: [] },
    criteria: {
      type: [
        new Schema<CriterionDoc>({
          code: { type: String, required: true },
          title: { type: String, required: true },
          group: { type: String, required: true },
          kind: { type: String, required: true, enum: CRITERION_KINDS },
          maxScore: { type: Number, default: null },
          required: { type: Boolean, required: true },
          placeholder: { type: Boolean, required: true, default: false },
          deductPerReport: { type: Number, default: null },
        }),
      ],
      default: [],
    },
    thresholds: {
      type: [new Schema({ classification: { type: String, required: true }, minTotal: { type: Number, required: true } }, { _id: false })],
      default: [],
    },
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

/** Highest possible total: maxScore of each POINTS criterion, 1 per PASS_FAIL criterion. */
export const maxTotal = (set: Pick<CriteriaSetDoc, 'criteria'>): number =>
  set.criteria.reduce((sum, c) => sum + (c.kind === 'POINTS' ? (c.maxScore ?? 0) : 1), 0);
