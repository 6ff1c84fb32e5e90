/** Passwords (bcrypt), tokens (JWT), login throttling and turning a token into a Viewer. */
import bcrypt from 'bcryptjs';
import jwt from 'jsonwebtoken';
import type { Config } from '../config';
import type { Viewer } from '../core/access';
import { withWriteLock } from '../core/write-lock';
import { rateLimited, unauthenticated } from '../errors';
import { LoginThrottle } from './login-throttle.model';
import { User, type UserDoc } from './user.model';

/** Failures allowed per username inside one window before the username is locked. */
export const MAX_FAILED_LOGINS = 5;
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;
export const LOCK_MS = 15 * 60 * 1000;

export const hashPassword = (password: string, rounds: number) => bcrypt.hash(password, rounds);

// Compared against when the username does not exist, so timing does not reveal which usernames do.
const DUMMY_HASH = bcrypt.hashSync('not-a-real-password', 10);

export const normaliseUsername = (username: string) => username.trim().toLowerCase();

async function assertNotLocked(username: string, now: Date): Promise<void> {
  const entry = await LoginThrottle.findOne({ username }).lean();
  if (entry?.lockedUntil && entry.lockedUntil > now) {
    const seconds = Math.ceil((entry.lockedUntil.getTime() - now.getTime()) / 1000);
    throw rateLimited(`Too many failed logins for this account; try again in ${Math.ceil(seconds / 60)} minute(s)`, seconds);
  }
}

/** Counts one failure; serialised per username because FerretDB's $inc is not atomic (core/write-lock.ts). */
function recordFailure(username: string, now: Date): Promise<void> {
  return withWriteLock(`login:${username}`, () => countFailure(username, now));
}

async function countFailure(username: string, now: Date): Promise<void> {
  // A window that has ended starts again from zero.
  await LoginThrottle.updateOne(
    { username, windowStartedAt: { $lt: new Date(now.getTime() - FAILURE_WINDOW_MS) } },
    { $set: { failures: 0, windowStartedAt: now, lockedUntil: null } },
  );
  const entry = await LoginThrottle.findOneAndUpdate(
    { username },
    { $inc: { failures: 1 }, $setOnInsert: { windowStartedAt: now, lockedUntil: null } },
    { upsert: true, returnDocument: 'after' },
  ).lean();
  if (entry && entry.failures >= MAX_FAILED_LOGINS) {
    await LoginThrottle.updateOne({ username }, { $set: { lockedUntil: new Date(now.getTime() + LOCK_MS) } });
  }
}

export interface IssuedToken {
  token: string;
  expiresAt: Date;
}

export function issueToken(user: UserDoc, config: Config): IssuedToken {
  const token = jwt.sign({ role: user.role }, config.jwtSecret, {
    subject: String(user._id),
    expiresIn: config.jwtTtl as jwt.SignOptions['expiresIn'],
  });
  const { exp } = jwt.decode(token) as { exp: number };
  return { token, expiresAt: new Date(exp * 1000) };
}

/** Checks a username and password; throttles repeated failures per username. */
export async function login(username: string, password: string, config: Config): Promise<{ user: UserDoc } & IssuedToken> {
  const name = normaliseUsername(username);
  const now = new Date();
  await assertNotLocked(name, now);
  const user = await User.findOne({ username: name }).lean<UserDoc>();
  const ok = await bcrypt.compare(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok || user.disabled) {
    await recordFailure(name, now);
    throw unauthenticated('Wrong username or password');
  }
  await LoginThrottle.deleteOne({ username: name });
  const updated = await User.findOneAndUpdate({ _id: user._id }, { $set: { lastLoginAt: now } }, { returnDocument: 'after', timestamps: false }).lean<UserDoc>();
  return { user: updated ?? user, ...issueToken(user, config) };
}

export function viewerForUser(user: UserDoc): Viewer {
  return {
    userId: user._id,
    username: user.username,
    role: user.role,
    scope:
      user.scopeUnitId && user.scopeLevel && user.provinceId
        ? {
            level: user.scopeLevel,
            unitId: user.scopeUnitId,
            provinceId: user.provinceId,
            wardId: user.wardId,
            neighbourhoodId: user.neighbourhoodId,
          }
        : null,
  };
}

/**
 * The caller behind an `Authorization: Bearer` header, or null without one. A header with a
 * bad, expired or revoked token is an error, so a client learns to sign in again.
 */
export async function authenticate(header: string | undefined, config: Config): Promise<{ viewer: Viewer; user: UserDoc } | null> {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match?.[1]) throw unauthenticated('Authorization header must be "Bearer <token>"');
  let claims: jwt.JwtPayload;
  try {
    claims = jwt.verify(match[1], config.jwtSecret, { algorithms: ['HS256'] }) as jwt.JwtPayload;
  } catch (error) {
    throw unauthenticated(error instanceof jwt.TokenExpiredError ? 'Session expired; sign in again' : 'Invalid token');
  }
  const user = claims.sub ? await User.findById(claims.sub).lean<UserDoc>() : null;
  // iat is in whole seconds; a token from the same second as a password change stays valid.
  const issuedAt = (claims.iat ?? 0) * 1000;
  if (!user || user.disabled || issuedAt < Math.floor(user.passwordChangedAt.getTime() / 1000) * 1000) {
    throw unauthenticated('Session is no longer valid; sign in again');
  }
  return { viewer: viewerForUser(user), user };
}
