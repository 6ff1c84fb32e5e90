/** The scope picker's helpers (which roles a caller may hand out, and at which level each sits, are rules/roles). */
import type { UnitLevel } from '../../../../rules/contract';

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
