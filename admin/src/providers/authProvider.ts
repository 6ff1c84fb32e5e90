/**
 * The session comes from the page's shell, which signs in before react-admin is mounted
 * (shell/signIn.ts); it expires with its token. Signing out, or a session that ended (checkAuth,
 * a 401 seen by checkError), clears it and reloads the page back to the shell's sign-in form:
 * logout answers `false`, so react-admin never navigates to a login route of its own (its
 * LogoutOnMount loop wrote #/login into history thousands of times). What the console shows
 * comes from the API's `permissions` (per resource) and each record's `access` (per record): the
 * rules live in the API only.
 */
import type { AuthProvider } from 'react-admin';
import type { ResourceAccess } from '../../../rules/contract';
import { SignInError, noteSessionExpired, reloadToSignIn, signIn } from '../shell/signIn';
import { fetchPermissions } from './api';
import { clearSession, readSession } from './session';

let permissions: Promise<ResourceAccess[]> | null = null;
const permissionsOnce = () => (permissions ??= fetchPermissions().catch((e: unknown) => {
  permissions = null;
  throw e;
}));

type Action = 'list' | 'show' | 'edit' | 'create' | 'delete' | 'export' | string;

export const authProvider: AuthProvider = {
  /** The console has no login form of its own (the shell's is the one); this is the same sign-in, for react-admin's useLogin. */
  async login({ username, password }: { username: string; password: string }) {
    await signIn(username, password).catch((e: unknown) => {
      const reason = e instanceof SignInError ? e.reason : 'NETWORK';
      throw new Error(reason === 'RATE_LIMITED' ? 'app.errors.RATE_LIMITED' : reason === 'WRONG_CREDENTIALS' ? 'app.auth.login_failed' : 'app.errors.NETWORK');
    });
    permissions = null;
  },
  async logout() {
    clearSession();
    permissions = null;
    reloadToSignIn();
    return false;
  },
  async checkAuth() {
    if (!readSession()) {
      noteSessionExpired();
      throw { message: 'app.auth.session_expired' };
    }
  },
  async checkError(error: { status?: number }) {
    if (error?.status === 401) {
      clearSession();
      permissions = null;
      noteSessionExpired();
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
