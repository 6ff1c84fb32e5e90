/** Passwords (bcrypt), tokens (JWT), login throttling and turning a token into a Viewer. */
import bcrypt from 'bcryptjs';
import jwt from 'jsonwebtoken';
import type { Config } from '../config';
import type { Viewer } from '../core/access';
import { takeAll, type ThrottleRule } from '../core/throttle';
import { PASSWORD_TOO_LONG, passwordTooLong } from '../core/validation';
import { badInput, unauthenticated } from '../errors';
import { User, type UserDoc } from './user.model';

/**
 * Login throttles (core/throttle.ts). Every attempt takes a slot *before* the password is
 * compared, so parallel guesses cannot get past the limit; a successful login gives its slots
 * back. A username is locked per client address, so an outsider guessing `admin`'s password
 * locks out only their own address; a much higher per-username limit caps guessing spread over
 * many addresses, and a per-address limit caps one address trying many usernames.
 */
export const MAX_FAILED_LOGINS = 5;
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;
const minutes = (seconds: number) => Math.ceil(seconds / 60);
export const LOGIN_THROTTLES = {
  userAtAddress: {
    name: 'login-user-address',
    limit: MAX_FAILED_LOGINS,
    windowMs: FAILURE_WINDOW_MS,
    message: (s: number) => `Too many failed logins for this account; try again in ${minutes(s)} minute(s)`,
  },
  user: {
    name: 'login-user',
    limit: 100,
    windowMs: FAILURE_WINDOW_MS,
    message: (s: number) => `Too many failed logins for this account from many places; try again in ${minutes(s)} minute(s)`,
  },
  address: {
    name: 'login-address',
    limit: 20,
    windowMs: FAILURE_WINDOW_MS,
    message: (s: number) => `Too many failed logins from your address; try again in ${minutes(s)} minute(s)`,
  },
} satisfies Record<string, ThrottleRule>;

/** Wrong current passwords allowed per account when changing the password. */
export const PASSWORD_CHANGE_THROTTLE: ThrottleRule = {
  name: 'password-change',
  limit: MAX_FAILED_LOGINS,
  windowMs: FAILURE_WINDOW_MS,
  message: (s) => `Too many wrong current passwords; try again in ${minutes(s)} minute(s)`,
};

export const hashPassword = (password: string, rounds: number) => bcrypt.hash(password, rounds);

// Compared against when the username does not exist, so timing does not reveal which usernames do.
const DUMMY_HASH = bcrypt.hashSync('not-a-real-password', 10);

export const normaliseUsername = (username: string) => username.trim().toLowerCase();

/** A throttle to pass, for a key; `reset` clears its window on success instead of giving one slot back. */
export type ThrottleStep = readonly [ThrottleRule, string, 'reset'?];

/**
 * Runs `check` (a password compare) only inside the throttles' limits: slots are taken first and
 * kept when `check` returns false (a failure counts); on success, or when `check` throws (the
 * database went away: no guess was judged), they are given back.
 */
export async function throttledCheck(steps: readonly ThrottleStep[], check: () => Promise<boolean>): Promise<boolean> {
  const slots = await takeAll(steps.map(([rule, key]) => [rule, key] as const));
  const giveBack = () => Promise.all(slots.map((slot, i) => (steps[i]?.[2] === 'reset' ? slot.reset() : slot.release())));
  let ok: boolean;
  try {
    ok = await check();
  } catch (error) {
    await giveBack();
    throw error;
  }
  if (ok) await giveBack();
  return ok;
}

export interface IssuedToken {
  token: string;
  expiresAt: Date;
}

export function issueToken(user: UserDoc, config: Config): IssuedToken {
  // pwc: the password change this token was issued after; any later change revokes it exactly.
  const token = jwt.sign({ role: user.role, pwc: user.passwordChangedAt.getTime() }, config.jwtSecret, {
    subject: String(user._id),
    expiresIn: config.jwtTtl as jwt.SignOptions['expiresIn'],
  });
  const { exp } = jwt.decode(token) as { exp: number };
  return { token, expiresAt: new Date(exp * 1000) };
}

/** Checks a username and password from a client address, inside the login throttles. */
export async function login(username: string, password: string, config: Config, clientAddress: string): Promise<{ user: UserDoc } & IssuedToken> {
  const name = normaliseUsername(username);
  // bcrypt reads only the first 72 bytes: a longer password could never be told apart, so it is refused.
  if (passwordTooLong(password)) throw badInput([{ path: 'password', message: PASSWORD_TOO_LONG }]);
  let user: UserDoc | null = null;
  const ok = await throttledCheck(
    [
      [LOGIN_THROTTLES.address, clientAddress],
      [LOGIN_THROTTLES.userAtAddress, `${name}@${clientAddress}`, 'reset'],
      [LOGIN_THROTTLES.user, name],
    ],
    async () => {
      user = await User.findOne({ username: name }).lean<UserDoc>();
      const matches = await bcrypt.compare(password, user?.passwordHash ?? DUMMY_HASH);
      return Boolean(user && matches && !user.disabled);
    },
  );
  const found = user as UserDoc | null;
  if (!ok || !found) throw unauthenticated('Wrong username or password');
  const updated = await User.findOneAndUpdate({ _id: found._id }, { $set: { lastLoginAt: new Date() } }, { returnDocument: 'after', timestamps: false }).lean<UserDoc>();
  return { user: updated ?? found, ...issueToken(found, config) };
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
    // A representative's scope is its organisation; the organisation's ward and province are its ancestors.
    ...(user.role === 'ORGANISATION_REP'
      ? { organisationId: user.organisationId ?? null, organisationUnit: user.provinceId ? { provinceId: user.provinceId, wardId: user.wardId ?? null } : null }
      : {}),
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
  // Exact revocation: the token names the password change it was issued after (iat has whole seconds only).
  if (!user || user.disabled || claims.pwc !== user.passwordChangedAt.getTime()) {
    throw unauthenticated('Session is no longer valid; sign in again');
  }
  return { viewer: viewerForUser(user), user };
}
