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
