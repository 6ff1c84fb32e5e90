/** zod building blocks shared by every resource's input schemas. */
import { Types } from 'mongoose';
import { z } from 'zod';
import { badInput } from '../errors';
import { MAX_PAGE_SIZE } from './paging';
import { searchQuery } from './text';
import { toObjectId, type Filter, type ObjectId } from './access';
import { MAX_PASSWORD_BYTES, MIN_PASSWORD_LENGTH, passwordTooLong } from '../../rules/limits';

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

// ---------------------------------------------------------------- bounded numbers
// Every number a client sends is bounded here, so a huge value (1e308) is BAD_USER_INPUT with
// its field's path instead of an Infinity that breaks sums and serialisation later.

/** A finite number within [min, max] (zod 4 already refuses NaN and ±Infinity). */
export const bounded = (min: number, max: number) => z.number().min(min, `must be ${min} or more`).max(max, `must be at most ${max}`);

/** Whole numbers of things (households, people): 0 up to `max`, a billion unless told. */
export const MAX_COUNT = 1_000_000_000;
export const wholeCount = (max = MAX_COUNT) => bounded(0, max).int('must be a whole number');

/** Households or population of a unit. */
export const count = wholeCount(100_000_000).nullish();

/** Points of one criterion: a score, a criterion's maxScore or deductPerReport. */
export const MAX_SCORE = 1000;
export const points = bounded(0, MAX_SCORE);

/** A criteria set's total: at most 500 criteria of MAX_SCORE points each. */
export const MAX_TOTAL = 500 * MAX_SCORE;
export const pointsTotal = bounded(0, MAX_TOTAL);

/** A goal or amount that is not a plain count (a share in %, a sum of money): 0 up to a billion. */
export const measure = bounded(0, MAX_COUNT);

/** A model's dated figure: may be negative (a change), kept within exactly representable integers. */
export const MAX_FIGURE = 1e15;
export const figureValue = bounded(-MAX_FIGURE, MAX_FIGURE);

export const calendarYear = z.number().int('must be a whole number').min(2000, 'must be 2000 or later').max(2100, 'must be 2100 or earlier');
export const quarterOfYear = z.number().int('must be 1–4').min(1, 'must be 1–4').max(4, 'must be 1–4');

// ---------------------------------------------------------------- renamed input fields

/**
 * An input that still accepts fields by their old names for one release (see the SDL's
 * @deprecated): the old name is read as the new one, and both with different values is refused.
 */
export function acceptingOldNames<T extends z.ZodType>(schema: T, renamed: Record<string, string>) {
  return z.preprocess((raw, ctx) => {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return raw;
    const input = { ...(raw as Record<string, unknown>) };
    for (const [old, current] of Object.entries(renamed)) {
      if (input[old] != null && input[current] != null && input[old] !== input[current]) {
        ctx.addIssue({ code: 'custom', path: [old], message: `is the old name of ${current}: give one of them` });
      }
      input[current] ??= input[old];
      delete input[old];
    }
    return input;
  }, schema);
}

// ---------------------------------------------------------------- passwords

export { MAX_PASSWORD_BYTES, passwordTooLong };
export const PASSWORD_TOO_LONG = `must be at most ${MAX_PASSWORD_BYTES} bytes in UTF-8 (a letter with Vietnamese diacritics, such as “ệ”, takes 2–3 bytes)`;

/** A password being set (create, update, change): 8 characters to 72 UTF-8 bytes. */
export const newPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `must have at least ${MIN_PASSWORD_LENGTH} characters`)
  .refine((v) => !passwordTooLong(v), PASSWORD_TOO_LONG);

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
