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
}

export function buildContext(config: Config, ip: string, signedIn: { viewer: Viewer; user: UserDoc } | null): GraphQLContext {
  let loaders: Loaders | null = null;
  return {
    config,
    ip,
    viewer: signedIn?.viewer ?? null,
    user: signedIn?.user ?? null,
    loaders() {
      if (!signedIn) throw unauthenticated();
      loaders ??= createLoaders(signedIn.viewer);
      return loaders;
    },
  };
}

/** The signed-in caller, or UNAUTHENTICATED. Everything but login and the public intake needs one. */
export function viewerOf(ctx: GraphQLContext): Viewer {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}
