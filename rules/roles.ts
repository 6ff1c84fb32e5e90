/** Roles: how senior each is, and the level its scope unit sits at. */
import type { Role, UnitLevel } from './contract';
import { valuesOf } from './values';

/** Seniority for user management: officers hand out and manage only roles ranked below their own. */
export const ROLE_RANK = {
  ADMIN: 0,
  PROVINCE_OFFICER: 1,
  WARD_OFFICER: 2,
  NEIGHBOURHOOD_HEAD: 3,
  VIEWER: 4,
  // Beside VIEWER: handed out by the officers over the organisation's unit, and managing nobody.
  ORGANISATION_REP: 4,
} as const satisfies Record<Role, number>;

export const ROLES = valuesOf<Role>(ROLE_RANK);

/**
 * Which level a role's scope unit must be at (VIEWER: any level; ADMIN: none, the whole country;
 * ORGANISATION_REP: no unit but one organisation, which is its whole scope).
 */
export const ROLE_LEVEL: Record<Role, UnitLevel | 'ANY' | 'ORGANISATION' | null> = {
  ADMIN: null,
  PROVINCE_OFFICER: 'PROVINCE',
  WARD_OFFICER: 'WARD',
  NEIGHBOURHOOD_HEAD: 'NEIGHBOURHOOD',
  VIEWER: 'ANY',
  ORGANISATION_REP: 'ORGANISATION',
};

/** The roles ranked below `role` (those its officers may hand out). */
export const rolesBelow = (role: Role): Role[] => ROLES.filter((r) => ROLE_RANK[r] > ROLE_RANK[role]);

/** The roles a caller may give an account: an administrator every role, an officer those below their own. */
export const assignableRoles = (callerRole: Role | undefined): Role[] => (callerRole === undefined ? [] : callerRole === 'ADMIN' ? [...ROLES] : rolesBelow(callerRole));
