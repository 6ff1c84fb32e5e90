import { badInput } from '../errors';

import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../rules/limits';

export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE };

export interface PageArgs {
  offset?: number | null;
  limit?: number | null;
}
export interface SortArgs {
  field: string;
  order?: 'ASC' | 'DESC' | null;
}
/** A list's ordering arguments: the typed `orderBy`, or the deprecated free-text `sort` (one release more). */
export interface OrderArgs {
  sort?: SortArgs | null;
  orderBy?: SortArgs | null;
}

/** The one ordering a list asked for; both arguments at once is refused rather than one silently ignored. */
export function orderOf(args: OrderArgs): SortArgs | null {
  if (args.sort && args.orderBy) throw badInput([{ path: 'sort', message: 'give orderBy or the deprecated sort, not both' }]);
  return args.orderBy ?? args.sort ?? null;
}

export interface Paging {
  offset: number;
  limit: number;
}
export type MongoSort = Record<string, 1 | -1>;

export function parsePage(page: PageArgs | null | undefined): Paging {
  const offset = page?.offset ?? 0;
  const limit = page?.limit ?? DEFAULT_PAGE_SIZE;
  const fields = [];
  if (!Number.isInteger(offset) || offset < 0) fields.push({ path: 'page.offset', message: 'must be 0 or more' });
  if (!Number.isInteger(limit) || limit < 1) fields.push({ path: 'page.limit', message: 'must be at least 1' });
  if (limit > MAX_PAGE_SIZE) fields.push({ path: 'page.limit', message: `must be at most ${MAX_PAGE_SIZE}` });
  if (fields.length) throw badInput(fields);
  return { offset, limit };
}

/**
 * Maps an API sort onto a stored field from the resource's allow-list (each backed by an index)
 * and adds _id as the tie-breaker so pages never overlap.
 */
export function parseSort(
  sort: SortArgs | null | undefined,
  allowed: Record<string, string>,
  fallback: SortArgs,
): MongoSort {
  const wanted = sort ?? fallback;
  const stored = allowed[wanted.field];
  if (!stored) {
    throw badInput([
      { path: 'sort.field', message: `cannot sort by "${wanted.field}"; use one of ${Object.keys(allowed).join(', ')}` },
    ]);
  }
  const direction = wanted.order === 'DESC' ? -1 : 1;
  return stored === '_id' ? { _id: direction } : { [stored]: direction, _id: direction };
}
