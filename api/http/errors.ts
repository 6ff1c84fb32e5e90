/**
 * Errors the HTTP layer sends itself (outside Apollo): always the GraphQL error shape
 * `{ errors: [{ message, extensions: { code } }] }`, on every path and in every NODE_ENV,
 * never a stack trace or a file path (those go to the log only).
 */
import type express from 'express';
import { log } from '../log';

export type HttpErrorCode =
  | 'BAD_REQUEST'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'TIMEOUT'
  | 'INTERNAL_SERVER_ERROR';

export function sendError(res: express.Response, status: number, code: HttpErrorCode, message: string): void {
  if (res.headersSent) return;
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/** POST /graphql takes JSON only; anything else would reach Apollo with no body. */
export const requireJsonBody: express.RequestHandler = (req, res, next) => {
  if (req.method !== 'POST' || /^application\/json\s*(;|$)/i.test(req.get('content-type') ?? '')) return next();
  sendError(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the request as Content-Type: application/json');
};

/** The last route: a JSON 404 instead of Express's HTML page. */
export const notFound: express.RequestHandler = (req, res) => sendError(res, 404, 'NOT_FOUND', `Nothing at ${req.method} ${req.path}`);

interface HttpishError {
  status?: unknown;
  statusCode?: unknown;
  type?: unknown;
  limit?: unknown;
}

/** The final error handler: body-parser, router and static-file errors, and our own bugs. */
export const errorHandler: express.ErrorRequestHandler = (error: unknown, req, res, _next) => {
  if (res.headersSent) {
    // Typically a late result after the request deadline already answered TIMEOUT: drop it.
    log.debug(`${req.method} ${req.path}: dropped a late error (${(error as Error)?.message ?? String(error)})`);
    if (!res.writableEnded) res.destroy();
    return;
  }
  const e = (typeof error === 'object' && error !== null ? error : {}) as HttpishError;
  const given = Number(e.status ?? e.statusCode);
  const status = given >= 400 && given < 600 ? given : 500;
  if (status >= 500) {
    log.error(`internal error on ${req.method} ${req.path}: ${(error as Error)?.stack ?? String(error)}`);
    return sendError(res, status, 'INTERNAL_SERVER_ERROR', 'Internal server error');
  }
  if (status === 413) {
    const limit = typeof e.limit === 'number' ? ` of ${Math.round(e.limit / 1024)} KiB` : '';
    return sendError(res, 413, 'PAYLOAD_TOO_LARGE', `The request body is larger than the limit${limit}`);
  }
  if (status === 415) return sendError(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Unsupported content encoding or charset');
  if (status === 404) return sendError(res, 404, 'NOT_FOUND', `Nothing at ${req.method} ${req.path}`);
  if (e.type === 'entity.parse.failed') return sendError(res, 400, 'BAD_REQUEST', 'The request body is not valid JSON');
  if (error instanceof URIError) return sendError(res, 400, 'BAD_REQUEST', 'The URL is not correctly percent-encoded');
  sendError(res, status, 'BAD_REQUEST', 'Bad request');
};
