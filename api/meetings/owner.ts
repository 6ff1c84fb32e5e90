/**
 * Whose a meeting or schedule is: a model (its unit's) or a unit's steering committee, found in
 * the caller's scope, with the unit's ancestors to copy in.
 */
import type { ObjectId, UnitLevel, Viewer } from '../core/access';
import { badInput } from '../errors';
import { findUnit } from '../hierarchy/units';
import { models } from '../models/model.service';

export interface MeetingOwner {
  modelId: ObjectId | null;
  unitId: ObjectId;
  unitLevel: UnitLevel;
  provinceId: ObjectId;
  wardId: ObjectId | null;
  neighbourhoodId: ObjectId | null;
}

/** The model (modelId) or the unit (unitId) named by a create input; one of the two, in the caller's scope. */
export async function meetingOwner(viewer: Viewer, input: { modelId?: string | null; unitId?: string | null }): Promise<MeetingOwner> {
  if (input.modelId) {
    const model = await models.get(viewer, input.modelId).catch(() => null);
    if (!model) throw badInput([{ path: 'input.modelId', message: 'no such model in your scope' }]);
    if (input.unitId && input.unitId !== String(model.unitId)) throw badInput([{ path: 'input.unitId', message: 'is not the unit of the model (leave it out)' }]);
    return { modelId: model._id, unitId: model.unitId, unitLevel: model.unitLevel, provinceId: model.provinceId, wardId: model.wardId, neighbourhoodId: model.neighbourhoodId };
  }
  if (!input.unitId) throw badInput([{ path: 'input.modelId', message: 'give the model (modelId) or the unit whose steering committee meets (unitId)' }]);
  const unit = await findUnit(viewer, input.unitId);
  if (!unit) throw badInput([{ path: 'input.unitId', message: 'no such unit in your scope' }]);
  return {
    modelId: null,
    unitId: unit.doc._id,
    unitLevel: unit.level,
    provinceId: unit.ancestors.provinceId,
    wardId: unit.ancestors.wardId ?? null,
    neighbourhoodId: unit.ancestors.neighbourhoodId ?? null,
  };
}

/** Whether two records belong to the same model, or to the same unit's committee. */
export const sameOwner = (a: { modelId: unknown; unitId: unknown }, b: { modelId: unknown; unitId: unknown }): boolean =>
  a.modelId || b.modelId ? String(a.modelId) === String(b.modelId) : String(a.unitId) === String(b.unitId);
