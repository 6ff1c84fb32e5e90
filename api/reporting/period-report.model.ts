import { Schema, model, type Types } from 'mongoose';
import type { ObjectId, UnitLevel } from '../core/access';
import { registerScopedModel } from '../core/ancestry';
import type { BaseDoc } from '../core/repository';
import type { AttainmentBasis, PeriodKind, PeriodReportAction, PeriodReportStatus, TargetComparison } from '../../rules/contract';
import { valuesOf } from '../../rules/values';
import type { FundingTotalsDoc } from './funding';

export const PERIOD_KINDS = valuesOf<PeriodKind>({ MONTH: 1, QUARTER: 1, HALF_YEAR: 1, YEAR: 1, CUSTOM: 1 });
export const PERIOD_REPORT_STATUSES = valuesOf<PeriodReportStatus>({ DRAFT: 1, SUBMITTED: 1, ACCEPTED: 1, RETURNED: 1 });
export const PERIOD_REPORT_ACTIONS = valuesOf<PeriodReportAction>({ SUBMIT: 1, ACCEPT: 1, RETURN: 1 });

export interface PeriodReportStepDoc {
  action: PeriodReportAction;
  by: Types.ObjectId;
  byName: string;
  at: Date;
  note: string | null;
}

/** The computed sections (see compute.ts); stored only once the report is submitted, so what was sent stays as sent. */
export interface PeriodReportDataDoc {
  computedAt: Date;
  models: Array<{ category: string; status: string; count: number }>;
  modelChanges: Array<{ stage: string; count: number }>;
  figures: Array<{ indicator: string; unit: string; total: number; parts: Array<{ label: string; value: number }> }>;
  assessments: Array<{ programmeId: string; programmeCode: string; programmeName: string; status: string; count: number }>;
  publicReports: { received: number; byCategory: Array<{ category: string; count: number }>; answeredOnTime: number; medianResponseMinutes: number | null };
  /** Absent in reports frozen before targets were computed. */
  targets?: Array<{ programmeCode: string | null; programmeName: string | null; modelName?: string | null; title: string; metric: string; value: number | null; goal: number; comparison: TargetComparison; met: boolean | null; basis: AttainmentBasis }>;
  /** Kinh phí; absent in reports frozen before funding was reported. */
  funding?: FundingTotalsDoc;
  annex: Array<{ modelId: string; name: string; unitName: string; context: string | null; results: string | null; problems: string | null; nextPlan: string | null; requests: string | null }>;
}

/** A unit's periodic report (báo cáo định kỳ). Stores the unit's ancestors like every scoped record. */
export interface PeriodReportDoc extends BaseDoc {
  unitId: ObjectId;
  unitLevel: UnitLevel;
  provinceId: ObjectId;
  wardId: ObjectId | null;
  neighbourhoodId: ObjectId | null;
  periodKind: PeriodKind;
  year: number;
  periodIndex: number | null;
  from: string;
  to: string;
  status: PeriodReportStatus;
  number: string | null;
  title: string;
  place: string | null;
  issuedOn: string | null;
  addressee: string | null;
  requestsTo: string | null;
  basis: string[];
  recipients: string[];
  signerTitle: string | null;
  signerName: string | null;
  results: string | null;
  problems: string | null;
  requests: string | null;
  nextPlan: string | null;
  nextPlanPeriod: string | null;
  isSample: boolean;
  /** The frozen computed sections (null while DRAFT or RETURNED: they are computed when read). */
  snapshot: PeriodReportDataDoc | null;
  history: PeriodReportStepDoc[];
  search: string;
}

const schema = new Schema<PeriodReportDoc>(
  {
    unitId: { type: Schema.Types.ObjectId, required: true },
    unitLevel: { type: String, required: true },
    provinceId: { type: Schema.Types.ObjectId, required: true },
    wardId: { type: Schema.Types.ObjectId, default: null },
    neighbourhoodId: { type: Schema.Types.ObjectId, default: null },
    periodKind: { type: String, required: true, enum: PERIOD_KINDS },
    year: { type: Number, required: true },
    periodIndex: { type: Number, default: null },
    from: { type: String, required: true },
    to: { type: String, required: true },
    status: { type: String, required: true, enum: PERIOD_REPORT_STATUSES },
    number: { type: String, default: null },
    title: { type: String, required: true },
    place: { type: String, default: null },
    issuedOn: { type: String, default: null },
    addressee: { type: String, default: null },
    requestsTo: { type: String, default: null },
    basis: { type: [String], default: [] },
    recipients: { type: [String], default: [] },
    signerTitle: { type: String, default: null },
    signerName: { type: String, default: null },
    results: { type: String, default: null },
    problems: { type: String, default: null },
    requests: { type: String, default: null },
    nextPlan: { type: String, default: null },
    nextPlanPeriod: { type: String, default: null },
    isSample: { type: Boolean, required: true, default: false },
    snapshot: { type: Schema.Types.Mixed, default: null },
    history: {
      type: [
        new Schema<PeriodReportStepDoc>(
          {
            action: { type: String, required: true, enum: PERIOD_REPORT_ACTIONS },
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
    search: { type: String, required: true },
    version: { type: Number, required: true, default: 1 },
  },
  { collection: 'periodReports', timestamps: true, versionKey: false },
);
// One report per unit and period: a second one is a duplicate, not a new report.
schema.index({ unitId: 1, periodKind: 1, from: 1, to: 1 }, { unique: true });
schema.index({ provinceId: 1, from: -1, _id: -1 });
schema.index({ wardId: 1, from: -1, _id: -1 });
schema.index({ neighbourhoodId: 1, from: -1, _id: -1 });
schema.index({ from: -1, _id: -1 });
schema.index({ year: 1, periodKind: 1, periodIndex: 1 });
schema.index({ status: 1 });
schema.index({ createdAt: 1, _id: 1 });
schema.index({ updatedAt: 1, _id: 1 });

export const PeriodReport = model<PeriodReportDoc>('PeriodReport', schema);
registerScopedModel(PeriodReport);
