/**
 * Accounts. ADMIN manages everyone; officers manage accounts inside their scope whose role
 * ranks below their own (a ward officer creates neighbourhood heads and viewers of their
 * ward, never another ward officer). Everyone can read their own account.
 */
import bcrypt from 'bcryptjs';
import { z } from 'zod';
import {
  allOf,
  isAdmin,
  isOfficer,
  scopeFilter,
  type Role,
  type Rule,
  type Viewer,
} from '../core/access';
import { Repository } from '../core/repository';
import { searchField } from '../core/text';
import { commonFilterQuery, idsFilter, newPassword, objectId, oid, searchText, text } from '../core/validation';
import { badInput, conflict, forbidden, fromZodError, unauthenticated } from '../errors';
import { Assessment } from '../assessments/assessment.model';
import { AuditEntry } from '../core/audit-log';
import { Neighbourhood } from '../hierarchy/neighbourhood.model';
import { Report } from '../tourism/report.model';
import { findUnit } from '../hierarchy/units';
import { organisations } from '../organisations/organisation.service';
import { currentConfig } from '../runtime';
import { PASSWORD_CHANGE_THROTTLE, hashPassword, throttledCheck } from './auth';
import { USERNAME_PATTERN } from '../../rules/limits';
import { ROLE_LEVEL, ROLES, rolesBelow } from '../../rules/roles';
import { User, type UserDoc } from './user.model';
import type { UserSortField } from '../generated/graphql';

const password = newPassword;
const username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(USERNAME_PATTERN, 'must be 3–40 characters: letters a–z, digits, . _ -');

const UserCreateInput = z.object({
  username,
  displayName: text(120),
  password,
  role: z.enum(ROLES),
  scopeUnitId: objectId.nullish(),
  organisationId: objectId.nullish(),
});
const UserUpdateInput = z.object({
  displayName: text(120).optional(),
  role: z.enum(ROLES).optional(),
  scopeUnitId: objectId.nullish(),
  organisationId: objectId.nullish(),
  password: password.optional(),
  disabled: z.boolean().optional(),
});
const UserFilterInput = z
  .object({
    ids: idsFilter,
    provinceId: objectId.nullish(),
    wardId: objectId.nullish(),
    neighbourhoodId: objectId.nullish(),
    role: z.enum(ROLES).nullish(),
    organisationId: objectId.nullish(),
    q: searchText,
  })
  .transform((f) => ({ ...commonFilterQuery(f), ...(f.role ? { role: f.role } : {}), ...(f.organisationId ? { organisationId: oid(f.organisationId) } : {}) }));

/** Roles a caller may hand out: strictly below their own. */

/** Accounts inside the caller's scope with a role below theirs. */
function manageRule(viewer: Viewer): Rule {
  if (isAdmin(viewer)) return {};
  if (!isOfficer(viewer)) return false;
  return allOf(scopeFilter(viewer), { role: { $in: rolesBelow(viewer.role) } });
}

/**
 * Resolves the scope unit (or, for ORGANISATION_REP, the organisation) for a role and checks that it
 * fits the role. A representative's account stores its organisation's ward and province as
 * ancestors, so the officers over that unit manage it like any account of their scope.
 */
async function scopeFields(viewer: Viewer, role: Role, scopeUnitId: string | null | undefined, organisationId: string | null | undefined): Promise<Partial<UserDoc>> {
  const wanted = ROLE_LEVEL[role];
  if (wanted !== 'ORGANISATION' && organisationId) throw badInput([{ path: 'input.organisationId', message: 'only an ORGANISATION_REP speaks for an organisation' }]);
  if (wanted === null) {
    if (scopeUnitId) throw badInput([{ path: 'input.scopeUnitId', message: 'an ADMIN has no scope unit' }]);
    return { scopeUnitId: null, scopeLevel: null, provinceId: null, wardId: null, neighbourhoodId: null, organisationId: null };
  }
  if (wanted === 'ORGANISATION') {
    if (scopeUnitId) throw badInput([{ path: 'input.scopeUnitId', message: 'an ORGANISATION_REP has no scope unit: give organisationId' }]);
    if (!organisationId) throw badInput([{ path: 'input.organisationId', message: 'an ORGANISATION_REP needs an organisation' }]);
    const org = await organisations.get(viewer, organisationId).catch(() => null);
    if (!org) throw badInput([{ path: 'input.organisationId', message: 'no such organisation in your scope' }]);
    return { scopeUnitId: null, scopeLevel: null, provinceId: org.provinceId, wardId: org.wardId, neighbourhoodId: null, organisationId: org._id };
  }
  if (!scopeUnitId) throw badInput([{ path: 'input.scopeUnitId', message: `a ${role} needs a scope unit` }]);
  const unit = await findUnit(viewer, scopeUnitId);
  if (!unit) throw badInput([{ path: 'input.scopeUnitId', message: 'no such unit in your scope' }]);
  if (wanted !== 'ANY' && unit.level !== wanted) {
    throw badInput([{ path: 'input.scopeUnitId', message: `a ${role} must be scoped to a ${wanted.toLowerCase()}, not a ${unit.level.toLowerCase()}` }]);
  }
  return { scopeUnitId: unit.doc._id, scopeLevel: unit.level, ...unit.ancestors, organisationId: null };
}

type UserCreate = z.infer<typeof UserCreateInput>;
type UserUpdate = z.infer<typeof UserUpdateInput>;

export const users = new Repository<UserDoc, UserCreate, UserUpdate>({
  entityType: 'User',
  model: User,
  access: {
    read: (viewer) => (isAdmin(viewer) ? {} : { $or: [scopeFilter(viewer), { _id: viewer.userId }] }),
    create: manageRule,
    update: manageRule,
    delete: manageRule,
  },
  createInput: UserCreateInput,
  updateInput: UserUpdateInput,
  filterInput: UserFilterInput,
  sortFields: { username: 'username', displayName: 'displayName', role: 'role', createdAt: 'createdAt', updatedAt: 'updatedAt' } satisfies Record<UserSortField, string>,
  defaultSort: { field: 'username' },
  auditOmit: ['passwordHash', 'search'],
  async toDocument(viewer, input) {
    return {
      username: input.username,
      displayName: input.displayName,
      passwordHash: await hashPassword(input.password, currentConfig().bcryptRounds),
      passwordChangedAt: new Date(),
      role: input.role,
      ...(await scopeFields(viewer, input.role, input.scopeUnitId, input.organisationId)),
      disabled: false,
      lastLoginAt: null,
      search: searchField(input.username, input.displayName),
    } as Omit<UserDoc, '_id' | 'version' | 'createdAt' | 'updatedAt'>;
  },
  async toUpdate(viewer, current, input) {
    if (
      String(current._id) === String(viewer.userId) &&
      (input.role !== undefined || input.scopeUnitId !== undefined || input.organisationId !== undefined || input.disabled !== undefined)
    ) {
      throw forbidden('You may not change your own role, scope or status');
    }
    const changes: Partial<UserDoc> = {};
    if (input.displayName !== undefined) changes.displayName = input.displayName;
    if (input.disabled !== undefined) changes.disabled = input.disabled;
    if (input.role !== undefined || input.scopeUnitId !== undefined || input.organisationId !== undefined) {
      const role = input.role ?? current.role;
      // What is not sent is kept, where it still fits the role (a unit for a unit role, the organisation for a representative).
      const rep = ROLE_LEVEL[role] === 'ORGANISATION';
      const unitId = input.scopeUnitId !== undefined ? input.scopeUnitId : rep ? null : current.scopeUnitId && String(current.scopeUnitId);
      const organisationId = input.organisationId !== undefined ? input.organisationId : rep && current.organisationId ? String(current.organisationId) : null;
      Object.assign(changes, { role }, await scopeFields(viewer, role, unitId, organisationId));
    }
    if (input.password !== undefined) {
      changes.passwordHash = await hashPassword(input.password, currentConfig().bcryptRounds);
      changes.passwordChangedAt = new Date();
    }
    changes.search = searchField(current.username, changes.displayName ?? current.displayName);
    return changes;
  },
  async beforeDelete(viewer, doc) {
    if (String(doc._id) === String(viewer.userId)) throw forbidden('You may not delete your own account');
    const headOf = await Neighbourhood.findOne({ headUserId: doc._id }, { name: 1 }).lean();
    if (headOf) throw conflict(`User ${doc.username} is the head of ${headOf.name}; name another head there first`, 'HAS_DEPENDENTS');
    // Every lookup is an indexed equality with limit 1: whether any such record exists, not how many.
    const [rated, reported, acted] = await Promise.all([
      Assessment.exists({ $or: [{ 'history.by': doc._id }, { submittedBy: doc._id }, { appraisedBy: doc._id }] }),
      Report.exists({ $or: [{ assigneeId: doc._id }, { 'steps.by': doc._id }] }),
      AuditEntry.exists({ userId: doc._id }),
    ]);
    const history = [rated && 'assessments (workflow steps)', reported && 'reports (assignee or triage steps)', acted && 'the audit log (changes they made)'].filter(Boolean);
    if (history.length) throw conflict(`User ${doc.username} is referred to by ${history.join(', ')}; disable the account instead of deleting it`, 'HAS_DEPENDENTS');
  },
});

const ChangePasswordInput = z.object({ currentPassword: z.string().min(1), newPassword: password });

/** Any signed-in user changes their own password; older tokens stop working. */
export async function changeOwnPassword(viewer: Viewer, raw: unknown): Promise<boolean> {
  const parsed = ChangePasswordInput.safeParse(raw);
  if (!parsed.success) throw fromZodError(parsed.error, '');
  const input = parsed.data;
  await users.apply(viewer, String(viewer.userId), 'UPDATE', async (user) => {
    // Guesses of the current password are throttled like logins (taken before the compare).
    const ok = await throttledCheck([[PASSWORD_CHANGE_THROTTLE, String(user._id), 'reset']], () => bcrypt.compare(input.currentPassword, user.passwordHash));
    if (!ok) throw unauthenticated('Current password is wrong');
    return { passwordHash: await hashPassword(input.newPassword, currentConfig().bcryptRounds), passwordChangedAt: new Date() };
  });
  return true;
}
