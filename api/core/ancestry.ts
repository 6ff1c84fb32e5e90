/**
 * Scoped documents copy their ancestors (provinceId, wardId, neighbourhoodId) so that scope
 * checks are one indexed equality. When a unit moves (a ward to another province, a
 * neighbourhood to another ward) those copies must follow: every collection holding them
 * registers here, and `moveSubtree` rewrites them in one updateMany per collection.
 */
import type { Model } from 'mongoose';
import { LEVEL_FIELD, LEVELS, levelDepth, type Ancestors, type UnitLevel } from './access';

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

