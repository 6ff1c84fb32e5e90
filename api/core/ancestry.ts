/**
 * Scoped documents copy their ancestors (provinceId, wardId, neighbourhoodId) so that scope
 * checks are one indexed equality. When a unit moves (a ward to another province, a
 * neighbourhood to another ward) those copies must follow: every collection holding them
 * registers here, and `moveSubtree` rewrites them in one updateMany per collection.
 */
import type { Model } from 'mongoose';
import { LEVEL_FIELD, LEVELS, levelDepth, type Ancestors, type ObjectId, type UnitLevel } from './access';
import { AuditEntry, SCOPE_FIELDS, scopeOf } from './audit-log';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any scoped model, whatever its document type
const scopedModels = new Set<Model<any>>();

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function registerScopedModel(model: Model<any>): void {
  scopedModels.add(model);
}

/** Sets the new ancestors above `level` on every record under the unit `unitId`. */
export async function moveSubtree(level: UnitLevel, unitId: Ancestors['provinceId'], ancestors: Ancestors): Promise<void> {
  const set: Record<string, unknown> = {};
  for (const above of LEVELS.filter((l) => levelDepth(l) < levelDepth(level))) {
    set[LEVEL_FIELD[above]] = ancestors[LEVEL_FIELD[above]] ?? null;
  }
  await Promise.all([...scopedModels].map((m) => m.updateMany({ [LEVEL_FIELD[level]]: unitId }, { $set: set })));
}

/** Every collection whose records hang off a unit. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function registeredScopedModels(): Array<Model<any>> {
  return [...scopedModels];
}

// ---------------------------------------------------------------- records that hang off a record

/**
 * Records that belong to another record (a model's meetings) copy its ancestors too. When the
 * parent moves to another unit, the repository moves them and their audit entries with it, so
 * nothing stays readable in the old scope or hidden from the new one.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const dependents = new Map<Model<any>, Array<{ child: Model<any>; parentField: string }>>();

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function registerDependent(parent: Model<any>, child: Model<any>, parentField: string): void {
  dependents.set(parent, [...(dependents.get(parent) ?? []), { child, parentField }]);
}

/** Whether a change moved a scoped record: one of its ancestor fields differs. */
export const movedScope = (before: object, after: object): boolean => {
  const [a, b] = [scopeOf(before as Record<string, unknown>), scopeOf(after as Record<string, unknown>)];
  return SCOPE_FIELDS.some((f) => String(a[f]) !== String(b[f]));
};

/** Gives the dependents of `parentId` (and their audit entries) the parent's new ancestors. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function moveDependents(parent: Model<any>, parentId: ObjectId, moved: object): Promise<void> {
  const scope = scopeOf(moved as Record<string, unknown>);
  await Promise.all(
    (dependents.get(parent) ?? []).map(async ({ child, parentField }) => {
      const ids = await child.distinct('_id', { [parentField]: parentId });
      if (!ids.length) return;
      await Promise.all([child.updateMany({ [parentField]: parentId }, { $set: scope }), AuditEntry.updateMany({ entityId: { $in: ids } }, { $set: scope })]);
    }),
  );
}
