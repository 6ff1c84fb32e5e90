/**
 * Where a programme applies (issue 13): to the subtree of the unit that issued it, a national
 * programme (no issuing unit) to every unit. The same rule serves the assessment check (a subject
 * outside the subtree is refused), the dashboards and targets (they count only the programmes
 * that apply to the unit looked at) and `programmes(filter: { appliesTo })`.
 */
import { toObjectId, type Filter, type ObjectId } from '../core/access';
import { badInput } from '../errors';
import type { ProgrammeDoc } from './programme.model';

/** A place in the tree: a unit's own ancestors (its own id included at its level), or a subject's. */
export interface PlaceAncestors {
  provinceId?: ObjectId | string | null;
  wardId?: ObjectId | string | null;
  neighbourhoodId?: ObjectId | string | null;
}

type IssuedBy = Pick<ProgrammeDoc, 'provinceId' | 'wardId' | 'neighbourhoodId'>;

const same = (a: unknown, b: unknown) => a != null && b != null && String(a) === String(b);

/**
 * Whether the programme applies to a subject or unit with these ancestors: it is national, or
 * each ancestor the programme's issuing unit has is also the place's (the place lies in the
 * issuing unit's subtree, the issuing unit itself included).
 */
export function programmeApplies(programme: IssuedBy, ancestors: PlaceAncestors): boolean {
  return (
    (programme.provinceId == null || same(programme.provinceId, ancestors.provinceId)) &&
    (programme.wardId == null || same(programme.wardId, ancestors.wardId)) &&
    (programme.neighbourhoodId == null || same(programme.neighbourhoodId, ancestors.neighbourhoodId))
  );
}

/** True for a programme issued nationally (it applies everywhere). */
export const isNational = (programme: IssuedBy): boolean => programme.provinceId == null;

/**
 * The programmes query's constraint for "applies to the place with these ancestors": national,
 * or issued by the place or one of its ancestors. One `$in` on the issuing unit.
 */
export function appliesToFilter(ancestors: PlaceAncestors): Filter {
  const ids = [ancestors.provinceId, ancestors.wardId, ancestors.neighbourhoodId].map((id) => (id == null ? null : toObjectId(String(id))));
  return nationalOrIssuedBy(ids.filter((id): id is ObjectId => id !== null));
}

/** National programmes and those issued by any of these units. */
export const nationalOrIssuedBy = (issuers: ObjectId[]): Filter => ({ $or: [{ issuerUnitId: null }, { issuerUnitId: { $in: issuers } }] });

/** The refusal (BAD_USER_INPUT at input.subjectId) when a subject lies outside a programme's issuing unit. */
export const notApplicableMessage = (issuerName: string | null): string =>
  `This programme applies only within ${issuerName ?? 'its issuing unit'}; the subject is outside it`;

/**
 * Refuses (BAD_USER_INPUT at input.subjectId) rating a subject outside the programme's issuing
 * unit's subtree; `ancestors` are the subject's (for a model or organisation: of its unit).
 */
export function assertProgrammeApplies(programme: IssuedBy & Pick<ProgrammeDoc, 'name'>, ancestors: PlaceAncestors, issuerName: string | null = null): void {
  if (!programmeApplies(programme, ancestors)) throw badInput([{ path: 'input.subjectId', message: notApplicableMessage(issuerName) }], `Programme ${programme.name} does not apply to this subject`);
}
