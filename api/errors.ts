import { GraphQLError } from 'graphql';
import type { ZodError } from 'zod';

import { conflictReasonOf, type ErrorCode, type Refusal } from '../rules/errors';

/** The error codes of the contract (docs/contract.md, rules/errors.ts), carried in `extensions.code`. */
export type { ErrorCode };

export interface FieldError {
  path: string;
  message: string;
}

function fail(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const unauthenticated = (message = 'Sign in first') => fail('UNAUTHENTICATED', message);
export const forbidden = (message = 'Your role may not do this') => fail('FORBIDDEN', message);
/** Deliberately says nothing about whether the record exists outside the caller's scope. */
export const notFound = (entity: string, id: string) => fail('NOT_FOUND', `${entity} ${id} not found`);
/**
 * `refusal` (rules/errors.ts REFUSALS) says why, so the console explains it in the user's language;
 * `reason` keeps the older two-way split: STALE_VERSION (someone saved first: reload) or REFUSED
 * (the record's state or what refers to it forbids the change: the message says what). `extra`
 * carries the refusal's details (e.g. `duplicateFields`).
 */
export const conflict = (message: string, refusal?: Refusal, extra: Record<string, unknown> = {}) =>
  fail('CONFLICT', message, { reason: conflictReasonOf(refusal), ...(refusal ? { refusal } : {}), ...extra });
export const rateLimited = (message: string, retryAfterSeconds: number) =>
  fail('RATE_LIMITED', message, { retryAfterSeconds });

export function badInput(fields: FieldError[], message = 'Invalid input'): GraphQLError {
  const detail = fields.map((f) => (f.path ? `${f.path}: ${f.message}` : f.message)).join('; ');
  return fail('BAD_USER_INPUT', detail ? `${message}: ${detail}` : message, { fields });
}

export function fromZodError(error: ZodError, pathPrefix = 'input', message?: string): GraphQLError {
  return badInput(
    error.issues.map((issue) => ({
      path: [pathPrefix, ...issue.path.map(String)].filter(Boolean).join('.'),
      message: issue.message,
    })),
    message,
  );
}

/**
 * True for a duplicate-key error, which we turn into CONFLICT (refusal DUPLICATE or DUPLICATE_PERIOD):
 * MongoDB's code 11000, which FerretDB also gives on insert; FerretDB's findAndModify (an update)
 * reports the same as an internal error naming its SQLite unique constraint.
 */
export function isDuplicateKey(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return code === 11000 || (typeof message === 'string' && /\bE11000 duplicate key\b|UNIQUE constraint failed: index /.test(message));
}
