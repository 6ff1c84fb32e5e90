/**
 * Per-request DataLoaders: every parent/child hop in the graph is batched through these. They are
 * made on first use from the repository asked for, so no list of resources is kept here: a
 * resolver asks for `byId(models)` or `childrenOf(meetings, 'modelId')`.
 */
import type DataLoader from 'dataloader';
import type { UnitLevel, Viewer } from '../core/access';
import type { BaseDoc, ChildPageKey, Page, Repository } from '../core/repository';
import { neighbourhoods, provinces, wards } from '../hierarchy/hierarchy.service';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the loaders depend only on the document type
type AnyRepository<TDoc extends BaseDoc> = Repository<TDoc, any, any>;

export function createLoaders(viewer: Viewer) {
  const made = new Map<string, unknown>();
  const once = <T>(key: string, make: () => T): T => {
    if (!made.has(key)) made.set(key, make());
    return made.get(key) as T;
  };
  /** Records of a repository by id (null where missing or out of the caller's scope). */
  const byId = <TDoc extends BaseDoc>(repo: AnyRepository<TDoc>): DataLoader<string, TDoc | null> => once(repo.entityType, () => repo.loader(viewer));
  /** Pages of a repository's records under a parent, by the field that links them to it. */
  const childrenOf = <TDoc extends BaseDoc>(repo: AnyRepository<TDoc>, parentField: string): DataLoader<ChildPageKey, Page<TDoc>, string> =>
    once(`${repo.entityType}.${parentField}`, () => repo.childLoader(viewer, parentField));
  const units = { PROVINCE: () => byId(provinces), WARD: () => byId(wards), NEIGHBOURHOOD: () => byId(neighbourhoods) };
  return {
    byId,
    childrenOf,
    /** The loader for units of `level` (for fields typed as the Unit interface). */
    unit: (level: UnitLevel) => units[level](),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
