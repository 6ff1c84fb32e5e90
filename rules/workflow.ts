/**
 * The steps records go through: an assessment's appraisal and recognition, a report's triage.
 * Who may take a step in a given scope is the API's (api/assessments, api/tourism); which step
 * may follow which is here, so the console offers only the moves the API accepts.
 */
import type { AssessmentAction, AssessmentStatus, ReportCategory, ReportLang, ReportStatus } from './contract';
import { valuesOf } from './values';

/** The states each assessment step starts from. */
export const ASSESSMENT_STEP_FROM = {
  SUBMIT: ['DRAFT', 'RETURNED'],
  APPRAISE: ['SUBMITTED'],
  RETURN: ['SUBMITTED', 'APPRAISED'],
  RECOGNIZE: ['APPRAISED'],
  NOT_RECOGNIZE: ['APPRAISED'],
} as const satisfies Record<AssessmentAction, readonly AssessmentStatus[]>;

/** The state each assessment step leads to. */
export const ASSESSMENT_STEP_TO = {
  SUBMIT: 'SUBMITTED',
  APPRAISE: 'APPRAISED',
  RETURN: 'RETURNED',
  RECOGNIZE: 'RECOGNIZED',
  NOT_RECOGNIZE: 'NOT_RECOGNIZED',
} as const satisfies Record<AssessmentAction, AssessmentStatus>;

export const ASSESSMENT_ACTIONS = valuesOf<AssessmentAction>(ASSESSMENT_STEP_FROM);
export const ASSESSMENT_STATUSES = valuesOf<AssessmentStatus>({ DRAFT: 1, SUBMITTED: 1, APPRAISED: 1, RETURNED: 1, RECOGNIZED: 1, NOT_RECOGNIZED: 1 });

/** A step sending an assessment back says why: the note is what the drafters act on. */
export const noteRequired = (action: AssessmentAction): boolean => action === 'RETURN';

/** The statuses a report's triage may set next; resolved and rejected reports are closed. */
export const REPORT_NEXT_STATUSES = {
  RECEIVED: ['VERIFYING', 'REJECTED'],
  VERIFYING: ['RESOLVED', 'REJECTED'],
  RESOLVED: [],
  REJECTED: [],
} as const satisfies Record<ReportStatus, readonly ReportStatus[]>;

export const REPORT_STATUSES = valuesOf<ReportStatus>(REPORT_NEXT_STATUSES);
export const REPORT_CATEGORIES = valuesOf<ReportCategory>({ CRIME: 1, PRICE_GOUGING: 1, POOR_QUALITY_GOODS: 1, TOUTING: 1, DISORDER: 1, ACCIDENT_OR_DANGER: 1, TRAFFIC: 1, OTHER: 1 });
export const REPORT_LANGS = valuesOf<ReportLang>({ vi: 1, en: 1 });
/** Who filed a report: the public page (a tourist, a resident) or an officer on their behalf. */
export const REPORT_SOURCES = ['PUBLIC', 'OFFICER'] as const;
export type ReportSource = (typeof REPORT_SOURCES)[number];

export const canReportBecome = (from: ReportStatus, to: ReportStatus): boolean => (REPORT_NEXT_STATUSES[from] as readonly ReportStatus[]).includes(to);
