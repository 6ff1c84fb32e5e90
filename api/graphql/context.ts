import type { Config } from '../config';
import type { Viewer } from '../core/access';
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

export function buildContext(config: Config, ip: string, signedIn: { viewer: Viewer; user: UserDoc } | null): GraphQLContext {
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
