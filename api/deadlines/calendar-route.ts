/** GET /calendar/<secret>.ics: a user's deadlines as an iCalendar feed. */
import type express from 'express';
import { GraphQLError } from 'graphql';
import type { Config } from '../config';
import { take, type ThrottleRule } from '../core/throttle';
import { sendError } from '../http/errors';
import { throttledCheck } from '../users/auth';
import { feedFor, feedOwner } from './calendar.service';

/** Every feed request per client address (calendar apps poll; a household or office shares an address). */
export const CALENDAR_REQUESTS: ThrottleRule = {
  name: 'calendar-feed',
  limit: 120,
  windowMs: 60_000,
  rememberFullMs: 5_000,
  message: (s) => `Too many calendar requests from your address; try again in ${s} s`,
};

/** Unknown secrets per client address: guessing stops long before it could matter (2^256 secrets). */
export const CALENDAR_MISSES: ThrottleRule = {
  name: 'calendar-feed-miss',
  limit: 20,
  windowMs: 15 * 60_000,
  rememberFullMs: 5_000,
  message: (s) => `Too many unknown calendar feeds from your address; try again in ${Math.ceil(s / 60)} minute(s)`,
};

function tooMany(res: express.Response, error: GraphQLError): void {
  res
    .status(429)
    .set('Retry-After', String(error.extensions.retryAfterSeconds ?? 60))
    .set('Cache-Control', 'no-store')
    .json({ errors: [{ message: error.message, extensions: { code: 'RATE_LIMITED' } }] });
}

export function mountCalendarFeed(app: express.Express, config: Config): void {
  app.get('/calendar/:file', async (req, res, next) => {
    try {
      const ip = req.ip ?? 'unknown';
      await take(CALENDAR_REQUESTS, ip);
      const match = /^(.+)\.ics$/.exec(req.params.file ?? '');
      let owner: Awaited<ReturnType<typeof feedOwner>> = null;
      // An unknown secret keeps its slot (a miss); a known one gives it back.
      await throttledCheck([[CALENDAR_MISSES, ip]], async () => {
        owner = match?.[1] ? await feedOwner(match[1]) : null;
        return owner !== null;
      });
      res.set('Cache-Control', 'private, no-store');
      if (!owner) return sendError(res, 404, 'NOT_FOUND', 'No such calendar feed');
      const body = await feedFor(owner, config);
      res
        .status(200)
        .set('Content-Type', 'text/calendar; charset=utf-8')
        .set('Content-Disposition', 'inline; filename="viec-can-lam.ics"')
        .set('X-Robots-Tag', 'noindex')
        .set('Referrer-Policy', 'no-referrer')
        .send(body);
    } catch (error) {
      if (error instanceof GraphQLError && error.extensions.code === 'RATE_LIMITED') return tooMany(res, error);
      next(error);
    }
  });
}
