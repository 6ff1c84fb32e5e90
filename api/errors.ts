import { GraphQLError } from 'graphql';
import type { ZodError } from 'zod';

import type { ConflictReason, ErrorCode } from '../rules/errors';

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
 * `reason` tells a client which kind: STALE_VERSION (someone saved first: reload), or REFUSED (the
 * record's state or what refers to it forbids the change: the message says what).
 */
export const conflict = (message: string, reason: ConflictReason = 'REFUSED') => fail('CONFLICT', message, { reason });
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

/** True for MongoDB's duplicate-key error, which we turn into CONFLICT. */
export function isDuplicateKey(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 11000;
}
