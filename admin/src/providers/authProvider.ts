/**
 * Sign-in with the API's `login`; the session expires with its token (checkAuth then sends the
 * user back to the login page). What the console shows comes from the API's `permissions`
 * (per resource) and each record's `access` (per record): the rules live in the API only.
 */
import type { AuthProvider } from 'react-admin';
import type { ResourceAccess } from '../../../rules/contract';
import { fetchPermissions, login } from './api';
import { clearSession, readSession, saveSession } from './session';

let permissions: Promise<ResourceAccess[]> | null = null;
const permissionsOnce = () => (permissions ??= fetchPermissions().catch((e: unknown) => {
  permissions = null;
  throw e;
}));

type Action = 'list' | 'show' | 'edit' | 'create' | 'delete' | 'export' | string;

export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    const payload = await login(username.trim(), password).catch((e: { status?: number }) => {
      // Too many failures keep their own message; anything else is the same "wrong credentials".
      throw new Error(e?.status === 429 ? 'app.errors.RATE_LIMITED' : e?.status ? 'app.auth.login_failed' : 'app.errors.NETWORK');
    });
    saveSession({ token: payload.token, expiresAt: String(payload.expiresAt), user: { ...payload.user, scopeUnitId: payload.user.scopeUnitId ?? null } });
    permissions = null;
  },
  async logout() {
    clearSession();
    permissions = null;
  },
  async checkAuth() {
    if (!readSession()) throw { message: 'app.auth.session_expired' };
  },
  async checkError(error: { status?: number }) {
    if (error?.status === 401) {
      clearSession();
      permissions = null;
      throw { message: 'app.auth.session_expired' };
    }
  },
  async getIdentity() {
    const session = readSession();
    if (!session) throw new Error('not signed in');
    return { ...session.user, fullName: session.user.displayName };
  },
  async getPermissions() {
    return readSession()?.user ?? null;
  },
  async canAccess({ action, resource, record }: { action: Action; resource: string; record?: { access?: { update: boolean; delete: boolean } } }) {
    if (!readSession()) return false;
    const forResource = (await permissionsOnce()).find((p) => p.resource === resource);
    if (!forResource) return resource === 'dashboard';
    switch (action) {
      case 'list':
      case 'show':
      case 'export':
        return forResource.read;
      case 'create':
        return forResource.create;
      case 'edit':
        return record?.access ? record.access.update : forResource.update;
      case 'delete':
        return record?.access ? record.access.delete : forResource.delete;
      default:
        return false;
    }
  },
};
