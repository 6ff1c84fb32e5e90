/** How a role relates to the level of its scope unit (mirrors the API's rule, which has the last word). */
import type { Role, UnitLevel } from '../../generated/graphql';

export const ROLE_LEVEL: Record<Role, UnitLevel | 'ANY' | null> = {
  ADMIN: null,
  PROVINCE_OFFICER: 'PROVINCE',
  WARD_OFFICER: 'WARD',
  NEIGHBOURHOOD_HEAD: 'NEIGHBOURHOOD',
  VIEWER: 'ANY',
};

/** Officers hand out only roles ranked below their own; an administrator hands out every role. */
const ROLE_RANK: Record<Role, number> = { ADMIN: 0, PROVINCE_OFFICER: 1, WARD_OFFICER: 2, NEIGHBOURHOOD_HEAD: 3, VIEWER: 4 };
export const assignableRoles = (callerRole: Role | undefined): Role[] =>
  (Object.keys(ROLE_RANK) as Role[]).filter((r) => callerRole === 'ADMIN' || (callerRole !== undefined && ROLE_RANK[r] > ROLE_RANK[callerRole]));

export const LEVEL_RESOURCE: Record<UnitLevel, string> = { PROVINCE: 'provinces', WARD: 'wards', NEIGHBOURHOOD: 'neighbourhoods' };

/** Form-only helpers of the scope picker; the data provider drops them (the API's inputs do not declare them). */
export const SCOPE_LEVEL = '_scopeLevel';
export const SCOPE_PROVINCE = '_scopeProvinceId';
export const SCOPE_WARD = '_scopeWardId';

/** An edit form submits the password only when a new one was typed. */
export const keepPasswordUnlessTyped = (data: Record<string, unknown>) => {
  const { password, ...rest } = data;
  return typeof password === 'string' && password !== '' ? { ...rest, password } : rest;
};

/** Inputs of the account form, two to a row on a wide screen. */
export const FIELD = { width: { xs: '100%', sm: 340 } };
