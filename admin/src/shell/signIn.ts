/**
 * Signing in and out, without react-admin: the shell's form signs in before the console's code
 * has arrived, and react-admin's sign-out (the user menu, an expired session, a 401) comes back
 * here by reloading the page. So there is one sign-in form, the shell's (see main.ts), and one
 * way a session is saved.
 *
 * A plain fetch to POST /graphql: Apollo and the console's providers/api.ts would put the big
 * libraries on the sign-in form's critical path.
 */
import type { AuthPayload } from '../../../rules/contract';
import { saveSession, type Session } from '../providers/session';

const LOGIN = `mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) {
    token
    expiresAt
    user { id username displayName role scopeUnitId }
  }
}`;

/** A weak network may be slow, but a request that hangs for this long has failed. */
const SIGN_IN_TIMEOUT_MS = 60_000;

/** Why a sign-in failed, in the terms the form explains: the credentials, the throttle, or the connection. */
export type SignInFailure = 'WRONG_CREDENTIALS' | 'RATE_LIMITED' | 'NETWORK';

export class SignInError extends Error {
  constructor(
    readonly reason: SignInFailure,
    /** RATE_LIMITED: seconds until the API accepts another attempt. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(reason);
  }
}

/** API codes that mean "these credentials do not sign in" (a wrong password, an overlong one, a disabled account). */
const CREDENTIAL_CODES = new Set(['UNAUTHENTICATED', 'BAD_USER_INPUT', 'FORBIDDEN']);

interface LoginResponse {
  data?: { login?: AuthPayload | null } | null;
  errors?: Array<{ extensions?: { code?: string; retryAfterSeconds?: number } }>;
}

/** Signs in with the API's `login` and saves the session (providers/session.ts) the console then reads. */
export async function signIn(username: string, password: string): Promise<Session> {
  let body: LoginResponse;
  try {
    const res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ operationName: 'Login', query: LOGIN, variables: { username: username.trim(), password } }),
      signal: AbortSignal.timeout(SIGN_IN_TIMEOUT_MS),
    });
    body = (await res.json()) as LoginResponse;
  } catch {
    // No answer, or one that is not the API's JSON (a proxy's error page).
    throw new SignInError('NETWORK');
  }
  const [error] = body.errors ?? [];
  const code = error?.extensions?.code;
  if (code === 'RATE_LIMITED') throw new SignInError('RATE_LIMITED', error?.extensions?.retryAfterSeconds ?? null);
  if (code && CREDENTIAL_CODES.has(code)) throw new SignInError('WRONG_CREDENTIALS');
  const payload = body.data?.login;
  // Anything else (a timeout, a server failure) is the server not answering usefully.
  if (error || !payload) throw new SignInError('NETWORK');
  const session: Session = {
    token: payload.token,
    expiresAt: String(payload.expiresAt),
    user: { ...payload.user, scopeUnitId: payload.user.scopeUnitId ?? null },
  };
  saveSession(session);
  return session;
}

/** Set when the console signs out because the session ended, so the form says why it is back. */
const EXPIRED_KEY = 'antt.sessionExpired';

export const noteSessionExpired = () => sessionStorage.setItem(EXPIRED_KEY, '1');

/** Whether the last sign-out was an expired session (read once: the note is removed). */
export function takeSessionExpiredNote(): boolean {
  const expired = sessionStorage.getItem(EXPIRED_KEY) === '1';
  sessionStorage.removeItem(EXPIRED_KEY);
  return expired;
}

/**
 * Back to the shell's sign-in form, by reloading the page (the session is already cleared).
 * After an expired session the page stays where it was, so signing in again returns there;
 * after signing out on purpose it goes to the console's start, so the next person to sign in on
 * the device does not land on the previous one's record. replaceState, not a new history entry.
 */
export function reloadToSignIn(): void {
  if (sessionStorage.getItem(EXPIRED_KEY) !== '1') history.replaceState(null, '', import.meta.env.BASE_URL);
  window.location.reload();
}
