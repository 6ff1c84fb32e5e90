/**
 * A server-side deadline for every request, so a stalled database never leaves clients hanging:
 * after REQUEST_TIMEOUT_MS the client gets 503 with extensions.code TIMEOUT. The work still in
 * flight is not cancelled; whatever it tries to send later is dropped by the final error handler.
 */
import type express from 'express';
import { log } from '../log';
import { sendError } from './errors';

/** `ms` is REQUEST_TIMEOUT_MS (api/config.ts). */
export function requestDeadline(ms: number): express.RequestHandler {
  return (req, res, next) => {
    const where = `${req.method} ${req.path}`; // before a mounted router rewrites req.url
    const timer = setTimeout(() => {
      // A response already under way (a large file to a slow client) is left to finish.
      if (res.headersSent) return;
      log.warn(`${where}: no answer within ${ms} ms; sent TIMEOUT`);
      sendError(res, 503, 'TIMEOUT', `The server did not answer within ${ms / 1000} s; try again later (a change sent with this request may still be applied)`);
    }, ms);
    // 'close' follows 'finish', and also fires when the client goes away.
    res.once('close', () => clearTimeout(timer));
    next();
  };
}

/** The promise's value, or `fallback` once `ms` have passed, whichever comes first. */
export function within<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}
