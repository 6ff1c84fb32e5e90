/**
 * The one place where roles and scopes become query constraints (docs/roles-and-scopes.md).
 *
 * Every scoped document stores its ancestors (`provinceId`, `wardId`, `neighbourhoodId`,
 * including its own id at its own level for units), so "inside the caller's scope" is a
 * single indexed equality on the field of the caller's level. Access rules return that
 * constraint (a MongoDB filter) or `false` for "never"; the repository merges the filter
 * into every read and write and evaluates it with sift against documents it is about to
 * create or change.
 */
import { Types } from 'mongoose';

import type { Role, UnitLevel } from '../../rules/contract';

export type { Role, UnitLevel };
export type ObjectId = Types.ObjectId;
export type Filter = Record<string, unknown>;
/** A constraint the record must match, or false: this role never may. */
export type Rule = Filter | false;

export const LEVELS: readonly UnitLevel[] = ['PROVINCE', 'WARD', 'NEIGHBOURHOOD'];
export const LEVEL_FIELD = {
  PROVINCE: 'provinceId',
  WARD: 'wardId',
  NEIGHBOURHOOD: 'neighbourhoodId',
} as const satisfies Record<UnitLevel, string>;

/** Depth in the tree: a smaller number is higher up. */
export const levelDepth = (level: UnitLevel): number => LEVELS.indexOf(level);


/** Where a record hangs in the hierarchy. */
export interface Ancestors {
  provinceId: ObjectId;
  wardId?: ObjectId | null;
  neighbourhoodId?: ObjectId | null;
}

export interface ScopeUnit extends Ancestors {
  level: UnitLevel;
  unitId: ObjectId;
}

/** The signed-in caller as every rule sees it. */
export interface Viewer {
  userId: ObjectId;
  username: string;
  role: Role;
  /** The unit the caller's scope starts at, with its ancestors; null for ADMIN and ORGANISATION_REP. */
  scope: ScopeUnit | null;
  /** ORGANISATION_REP: the organisation that is the caller's whole scope (records carrying it as `organisationId`). */
  organisationId?: ObjectId | null;
  /** ORGANISATION_REP: where that organisation hangs (its province, and its ward unless it is the province's own), readable as ancestors. */
  organisationUnit?: { provinceId: ObjectId; wardId: ObjectId | null } | null;
}

export const isAdmin = (v: Viewer): boolean => v.role === 'ADMIN';
export const isOfficer = (v: Viewer): boolean => v.role === 'PROVINCE_OFFICER' || v.role === 'WARD_OFFICER';
export const isOrganisationRep = (v: Viewer): boolean => v.role === 'ORGANISATION_REP';

/** Matches nothing (a filter, for callers whose scope is empty). */
const NOTHING: Filter = { _id: { $in: [] } };

/**
 * Records at or below the caller's unit. An organisation's representative sees only records that
 * carry its organisation (`organisationId`, stored by the organisation itself, its assessments and
 * its accounts): one indexed equality, so every other resource gives it nothing.
 */
export function scopeFilter(viewer: Viewer): Filter {
  if (isOrganisationRep(viewer)) return viewer.organisationId ? { organisationId: viewer.organisationId } : NOTHING;
  if (isAdmin(viewer) || !viewer.scope) return isAdmin(viewer) ? {} : NOTHING;
  return { [LEVEL_FIELD[viewer.scope.level]]: viewer.scope.unitId };
}

/** The caller's ancestor unit at `level`, if `level` is strictly above the caller's own. */
export function ancestorAt(viewer: Viewer, level: UnitLevel): ObjectId | null {
  // An organisation sits below its ward (or its province): both are the representative's ancestors.
  if (isOrganisationRep(viewer)) {
    const unit = viewer.organisationUnit;
    if (!unit) return null;
    return level === 'PROVINCE' ? unit.provinceId : level === 'WARD' ? unit.wardId : null;
  }
  const scope = viewer.scope;
  if (!scope || levelDepth(level) >= levelDepth(scope.level)) return null;
  return scope[LEVEL_FIELD[level]] ?? null;
}

/**
 * Combines constraints, dropping empty ones. Constraints on different keys are merged into one
 * object (FerretDB's PostgreSQL backend pushes down only top-level equality); any key that
 * appears twice falls back to $and, so no constraint ever overwrites another.
 */
export function allOf(...filters: Filter[]): Filter {
  const parts = filters.filter((f) => Object.keys(f).length > 0);
  if (parts.length === 0) return {};
  if (parts.length === 1) return parts[0] as Filter;
  const keys = parts.flatMap((p) => Object.keys(p));
  if (new Set(keys).size === keys.length) return Object.assign({}, ...parts) as Filter;
  return { $and: parts };
}

/**
 * Rules for the units themselves (Province, Ward, Neighbourhood documents at `level`):
 * - read: the caller's subtree, plus the caller's own ancestors (so `neighbourhood.ward.province`
 *   resolves for a neighbourhood head), never siblings;
 * - update: the caller's subtree (their own unit included) for officers and ADMIN, a neighbourhood
 *   head's own neighbourhood (fields limited elsewhere), never an ancestor;
 * - create and delete: only units strictly below the caller's own level, inside the subtree.
 */
export function unitRules(level: UnitLevel) {
  const belowCaller = (viewer: Viewer): boolean =>
    !!viewer.scope && levelDepth(level) > levelDepth(viewer.scope.level);
  return {
    read(viewer: Viewer): Rule {
      if (isAdmin(viewer)) return {};
      const ancestor = ancestorAt(viewer, level);
      return ancestor ? { $or: [scopeFilter(viewer), { _id: ancestor }] } : scopeFilter(viewer);
    },
    update(viewer: Viewer): Rule {
      if (isAdmin(viewer)) return {};
      if (isOfficer(viewer)) return ancestorAt(viewer, level) ? false : scopeFilter(viewer);
      if (viewer.role === 'NEIGHBOURHOOD_HEAD' && level === 'NEIGHBOURHOOD') return scopeFilter(viewer);
      return false;
    },
    create(viewer: Viewer): Rule {
      if (isAdmin(viewer)) return {};
      return isOfficer(viewer) && belowCaller(viewer) ? scopeFilter(viewer) : false;
    },
    delete(viewer: Viewer): Rule {
      if (isAdmin(viewer)) return {};
      return isOfficer(viewer) && belowCaller(viewer) ? scopeFilter(viewer) : false;
    },
  };
}

/** ADMIN everywhere, province and ward officers within their scope, nobody else. */
export const officersInScope = (viewer: Viewer): Rule => (isAdmin(viewer) ? {} : isOfficer(viewer) ? scopeFilter(viewer) : false);

/** Rules for records that hang off a unit (users, audit entries, later models and assessments). */
export const readableInScope = (viewer: Viewer): Rule => scopeFilter(viewer);

/** Parses an id from the API; anything that is not an ObjectId matches nothing. */
export function toObjectId(id: string): ObjectId | null {
  return Types.ObjectId.isValid(id) && /^[0-9a-fA-F]{24}$/.test(id) ? new Types.ObjectId(id) : null;
}

/**
 * Whether a read rule can match no record of a collection whose documents carry only the fields
 * `hasField` knows: an equality on a field they never have (an organisation's representative's
 * `organisationId` on models, neighbourhoods…), an empty `$in` on `_id`, or an `$or` of such. The
 * permissions the console builds its menu from can then say "nothing to read" without the rule
 * itself becoming a refusal (lists stay empty, lookups null, as everywhere outside a scope).
 */
export function readsNothing(rule: Rule, hasField: (field: string) => boolean): boolean {
  if (rule === false) return true;
  return Object.entries(rule).some(([key, value]) => {
    if (key === '$or') return Array.isArray(value) && value.length > 0 && value.every((branch) => readsNothing(branch as Filter, hasField));
    if (key === '$and') return Array.isArray(value) && value.some((part) => readsNothing(part as Filter, hasField));
    if (key.startsWith('$')) return false;
    if (key === '_id' && value && typeof value === 'object' && '$in' in value) return Array.isArray(value.$in) && value.$in.length === 0;
    // An equality on a value (not null, not an operator) that no record can hold.
    return key !== '_id' && !hasField(key) && value instanceof Types.ObjectId;
  });
}
