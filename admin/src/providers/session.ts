/** The signed-in session, kept in localStorage so a reload stays signed in until the token expires. */
import type { Role } from '../../../rules/contract';

export interface Session {
  token: string;
  /** ISO instant after which the API refuses the token. */
  expiresAt: string;
  user: { id: string; username: string; displayName: string; role: Role; scopeUnitId: string | null };
}

const KEY = 'antt.session';

export function readSession(): Session | null {
  try {
    const raw = localStorage.getItem(KEY);
    const session = raw ? (JSON.parse(raw) as Session) : null;
    return session && Date.parse(session.expiresAt) > Date.now() ? session : null;
  } catch {
    return null;
  }
}

export const saveSession = (session: Session) => localStorage.setItem(KEY, JSON.stringify(session));
export const clearSession = () => localStorage.removeItem(KEY);
