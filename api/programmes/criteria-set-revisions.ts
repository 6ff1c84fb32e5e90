/**
 * The edition of a criteria set an assessment is rated on (issue 13), for the assessment service:
 * see criteria-set-editions.ts for how editions are frozen and numbered.
 */
import type { Viewer } from '../core/access';
import { CriteriaSetRevision, type CriteriaSetDoc, type CriteriaSetRevisionDoc } from './criteria-set.model';
import { criteriaSets } from './criteria-set.service';
import { editionAmong, revisionOf } from './criteria-set-editions';

export { editionAmong, revisionOf } from './criteria-set-editions';

/**
 * The set an assessment is rated by (NOT_FOUND if the set is not readable): the current edition
 * when `revision` is absent or current (new assessments store the returned number), else the
 * frozen edition, shaped as the set with the same `_id` so criterion ids stay comparable.
 */
export async function ratedSet(viewer: Viewer, setId: string, revision?: number | null): Promise<{ set: CriteriaSetDoc; revision: number }> {
  const set = await criteriaSets.get(viewer, setId);
  if (revision == null || revision >= revisionOf(set)) return { set, revision: revisionOf(set) };
  const frozen = await CriteriaSetRevision.findOne({ setId: set._id, revision }).lean<CriteriaSetRevisionDoc>();
  return editionAmong(set, frozen ? [frozen] : [], revision);
}

