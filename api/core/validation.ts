/** zod building blocks shared by every resource's input schemas. */
import { Types } from 'mongoose';
import { z } from 'zod';
import { badInput } from '../errors';
import { MAX_PAGE_SIZE } from './paging';
import { searchQuery } from './text';
import { toObjectId, type Filter, type ObjectId } from './access';

export const objectId = z.string().regex(/^[0-9a-fA-F]{24}$/, 'is not a valid id');

/** Trimmed text between 1 and `max` characters. */
export const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

/** Optional free text: empty string or null clears it. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .nullish()
    .transform((v) => (v === '' ? null : v));

export const code = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(40, 'must be at most 40 characters')
  .regex(/^[\p{L}\p{N}._/-]+$/u, 'may hold only letters, digits and . _ / -');

export const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 .()-]{3,20}$/, 'is not a phone number')
  .nullish()
  .or(z.literal('').transform(() => null));

export const email = z.email('is not an e-mail address').nullish().or(z.literal('').transform(() => null));

export const localDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), 'is not a real date')
  .nullish();

export const count = z.number().int('must be a whole number').min(0, 'must be 0 or more').max(100_000_000).nullish();

/** `ids` of a list filter: at most one page of them. */
export const idsFilter = z.array(objectId).max(MAX_PAGE_SIZE, `at most ${MAX_PAGE_SIZE} ids`).nullish();

export const oid = (id: string): ObjectId => toObjectId(id) as ObjectId;

/** The pieces of a list filter every resource shares: ids, parent ids and `q`. */
export function commonFilterQuery(f: {
  ids?: string[] | null;
  provinceId?: string | null;
  wardId?: string | null;
  neighbourhoodId?: string | null;
  q?: string | null;
}): Filter {
  const query: Filter = { ...searchQuery(f.q) };
  if (f.ids) query._id = { $in: f.ids.map(oid) };
  if (f.provinceId) query.provinceId = oid(f.provinceId);
  if (f.wardId) query.wardId = oid(f.wardId);
  if (f.neighbourhoodId) query.neighbourhoodId = oid(f.neighbourhoodId);
  return query;
}

export const searchText = z.string().max(100, 'must be at most 100 characters').nullish();

/** Drops keys whose value is undefined, so an update sets only what the caller sent. */
export function definedOnly<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * For repeatable rows with ids (criteria, targets, figures): a row sent back with its id keeps
 * it, a new row gets a fresh one, and an id that is not stored is refused.
 */
export function keepIds<T extends { id?: string | null }>(items: T[], known: Set<string>, path: string): Array<Omit<T, 'id'> & { _id: Types.ObjectId }> {
  return items.map(({ id, ...rest }, i) => {
    if (id && !known.has(id)) throw badInput([{ path: `input.${path}.${i}.id`, message: 'is not one of the stored ids' }]);
    return { ...rest, _id: id ? oid(id) : new Types.ObjectId() };
  });
}
