/** The API's error codes (extensions.code) and the HTTP status each stands for. */
export const ERROR_STATUS = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** Why a CONFLICT was raised: another save came first, or the record's state refuses the step. */
export type ConflictReason = 'STALE_VERSION' | 'REFUSED';

/**
 * Why the API refused a change (`extensions.refusal`, carried with CONFLICT), one code per reason
 * so that a client says it in its user's language; the API's message (English) is the detail.
 */
export const REFUSALS = [
  /** Someone saved the record after the caller read it (`expectedVersion` is old): reload, then change again. */
  'STALE_VERSION',
  /** A value that must be unique is taken by another record; `extensions.duplicateFields` names the field(s). */
  'DUPLICATE',
  /** The subject already has a record for that period (one assessment per programme and year or quarter, one report per period). */
  'DUPLICATE_PERIOD',
  /** The record was sent on in its workflow (submitted, appraised, accepted…) and is frozen until returned. */
  'LOCKED_BY_WORKFLOW',
  /** The workflow step does not apply to the record's current status (e.g. appraising a draft). */
  'WRONG_STATE',
  /** Other records still depend on it (models of a programme, assessments of a model, a head of a neighbourhood). */
  'HAS_DEPENDENTS',
  /** The request covers too many units or records at once: ask for a smaller unit. */
  'TOO_LARGE',
] as const;

export type Refusal = (typeof REFUSALS)[number];

/** The ConflictReason of a refusal: only STALE_VERSION means "someone saved first". */
export const conflictReasonOf = (refusal: Refusal | undefined): ConflictReason => (refusal === 'STALE_VERSION' ? 'STALE_VERSION' : 'REFUSED');
