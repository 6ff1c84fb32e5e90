import type { Config } from '../config';
import { GraphQLError } from 'graphql';
import type { Viewer } from '../core/access';
import { take, type ThrottleRule } from '../core/throttle';
import { unauthenticated } from '../errors';
import type { UserDoc } from '../users/user.model';
import { createLoaders, type Loaders } from './loaders';

export interface GraphQLContext {
  config: Config;
  /** The caller, or null for an anonymous request. */
  viewer: Viewer | null;
  user: UserDoc | null;
  /** The client's address (for throttling public endpoints). */
  ip: string;
  /** Created on first use, once per request. */
  loaders(): Loaders;
  /** After a successful login, the rest of that response is resolved as the new user. */
  signIn(signedIn: { viewer: Viewer; user: UserDoc }): void;
}

/** Every request without a token (login, public unit names, report status, submissions) counts here. */
const anonymousRequests = (config: Config): ThrottleRule => ({
  name: 'anonymous',
  limit: config.anonRequestLimit,
  windowMs: 60_000,
  rememberFullMs: 5_000,
  message: (s) => `Too many requests from your address; try again in ${s} s`,
});

/**
 * The context of one request. Anonymous callers are throttled per client address first, and a
 * refusal is HTTP 429 with Retry-After.
 */
export async function buildContext(config: Config, ip: string, signedIn: { viewer: Viewer; user: UserDoc } | null): Promise<GraphQLContext> {
  if (!signedIn) {
    try {
      await take(anonymousRequests(config), ip);
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      const retry = String(error.extensions.retryAfterSeconds ?? 60);
      throw new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status: 429, headers: new Map([['retry-after', retry]]) } } });
    }
  }
  let loaders: Loaders | null = null;
  const context: GraphQLContext = {
    config,
    ip,
    viewer: signedIn?.viewer ?? null,
    user: signedIn?.user ?? null,
    loaders() {
      if (!context.viewer) throw unauthenticated();
      loaders ??= createLoaders(context.viewer);
      return loaders;
    },
    signIn(next) {
      context.viewer = next.viewer;
      context.user = next.user;
      loaders = null;
    },
  };
  return context;
}

/** The signed-in caller, or UNAUTHENTICATED. Everything but login and the public intake needs one. */
export function viewerOf(ctx: GraphQLContext): Viewer {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}
