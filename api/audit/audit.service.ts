/**
 * Reading the audit log (the GraphQL side): scoping entries to what the caller may read now and
 * redacting what is hidden from them. Writing entries is core/audit-log.ts.
 */
import sift from 'sift';
import { z } from 'zod';
import {
  allOf,
  isAdmin,
  isOfficer,
  scopeFilter,
  toObjectId,
  unitRules,
  type Filter,
  type UnitLevel,
  type Viewer,
} from '../core/access';
import { AuditEntry, SCOPE_FIELDS, auditedTypes, scopeOf, type AuditEntryDoc, type ScopeField, type Snapshot } from '../core/audit-log';
import { parsePage, type PageArgs } from '../core/paging';
import { forbidden, fromZodError, notFound } from '../errors';
import { Neighbourhood } from '../hierarchy/neighbourhood.model';
import { Province } from '../hierarchy/province.model';
import { Ward } from '../hierarchy/ward.model';

const LEVEL_OF: Record<ScopeField, UnitLevel> = { provinceId: 'PROVINCE', wardId: 'WARD', neighbourhoodId: 'NEIGHBOURHOOD' };

// ---------------------------------------------------------------- who reads what

/**
 * A record read rule as a filter on audit entries, which carry the record's current scope under
 * the same names and its `_id` as `entityId`. A constraint on anything else cannot be judged
 * from an entry: it makes the rule refuse (false), or drops that branch of an $or (narrower).
 */
function ruleOnEntries(rule: Filter): Filter | false {
  const out: Filter = {};
  for (const [key, value] of Object.entries(rule)) {
    if (key === '_id') out.entityId = value;
    else if ((SCOPE_FIELDS as readonly string[]).includes(key)) out[key] = value;
    else if (key === '$and' || key === '$or') {
      const parts = (value as Filter[]).map(ruleOnEntries);
      const kept = parts.filter((p): p is Filter => p !== false);
      if (key === '$and' ? kept.length < parts.length : kept.length === 0) return false;
      out[key] = kept;
    } else return false;
  }
  return out;
}

/** Entries whose record the caller may read now, grouped by identical rules to keep the query small. */
function readableRecords(viewer: Viewer): Filter {
  if (isAdmin(viewer)) return {};
  const groups = new Map<string, { rule: Filter; types: string[] }>();
  for (const [entityType, { read }] of auditedTypes) {
    const rule = read?.(viewer) ?? false;
    const onEntries = rule === false ? false : ruleOnEntries(rule);
    if (onEntries === false) continue;
    const key = JSON.stringify(onEntries);
    const group = groups.get(key) ?? { rule: onEntries, types: [] };
    group.types.push(entityType);
    groups.set(key, group);
  }
  if (!groups.size) return { _id: { $in: [] } };
  return { $or: [...groups.values()].map((g) => allOf({ entityType: { $in: g.types } }, g.rule)) };
}

/** Whether the caller may read the unit `id` stored in a scope field; one `_id` lookup per unit, cached per call. */
function unitReadability(viewer: Viewer): (field: ScopeField, id: unknown) => Promise<boolean> {
  const cache = new Map<string, Promise<boolean>>();
  const lookup = async (level: UnitLevel, id: unknown): Promise<boolean> => {
    const _id = toObjectId(String(id));
    if (!_id) return false;
    const unit = await (level === 'PROVINCE' ? Province.findById(_id) : level === 'WARD' ? Ward.findById(_id) : Neighbourhood.findById(_id)).lean();
    const rule = unitRules(level).read(viewer);
    return !!unit && rule !== false && sift(rule)(unit);
  };
  return (field, id) => {
    if (isAdmin(viewer)) return Promise.resolve(true);
    const key = `${field}:${String(id)}`;
    const known = cache.get(key) ?? lookup(LEVEL_OF[field], id);
    cache.set(key, known);
    return known;
  };
}

/**
 * A snapshot as the caller may see it: where the record used to be is hidden when the caller may
 * not read that unit now (a moved ward's old province), and so are the fields its type hides.
 */
async function redact(viewer: Viewer, entry: AuditEntryDoc, snapshot: Snapshot | null, readable: ReturnType<typeof unitReadability>): Promise<Snapshot | null> {
  if (!snapshot) return snapshot;
  const current = scopeOf(entry as unknown as Snapshot);
  const copy = { ...snapshot };
  for (const field of SCOPE_FIELDS) {
    const value = copy[field];
    // The record's current ancestors are readable: the entry matched the caller's scope.
    if (value != null && String(value) !== String(current[field]) && !(await readable(field, value))) copy[field] = null;
  }
  const record = { ...snapshot, ...current, _id: entry.entityId };
  for (const hide of auditedTypes.get(entry.entityType)?.hidden ?? []) {
    for (const key of hide(viewer, record)) if (key in copy) copy[key] = null;
  }
  return copy;
}

// ---------------------------------------------------------------- reading the log

const FilterInput = z
  .object({
    ids: z.array(z.string()).max(200, 'at most 200 ids').optional().nullable(),
    entityId: z.string().optional().nullable(),
    // One of the audited types the registry knows (Province, Model, Meeting…): an unknown one is a mistake, not an empty page.
    entityType: z
      .string()
      .refine((t) => auditedTypes.has(t), { message: 'is not an audited record type' })
      .optional()
      .nullable(),
    userId: z.string().optional().nullable(),
  })
  .optional()
  .nullable();

export const mayReadAuditLog = (viewer: Viewer): boolean => isAdmin(viewer) || isOfficer(viewer);

/**
 * The log: ADMIN sees everything; officers the entries about records in their scope that they
 * may read now, with what the API hides from them redacted in before and after.
 */
export async function listAuditEntries(
  viewer: Viewer,
  rawFilter: unknown,
  page: PageArgs | null | undefined,
): Promise<{ items: AuditEntryDoc[]; total: number }> {
  if (!mayReadAuditLog(viewer)) throw forbidden('Only administrators and officers may read the audit log');
  const parsed = FilterInput.safeParse(rawFilter);
  if (!parsed.success) throw fromZodError(parsed.error, 'filter');
  const filter = parsed.data ?? {};
  const { offset, limit } = parsePage(page);
  const query: Filter = {};
  // An id that cannot exist matches nothing rather than erroring.
  if (filter.entityId) query.entityId = toObjectId(filter.entityId) ?? { $in: [] };
  if (filter.userId) query.userId = toObjectId(filter.userId) ?? { $in: [] };
  if (filter.entityType) query.entityType = filter.entityType;
  if (filter.ids) query._id = { $in: filter.ids.map(toObjectId).filter((id) => id !== null) };
  const where = allOf(scopeFilter(viewer), readableRecords(viewer), query);
  const [found, total] = await Promise.all([
    AuditEntry.find(where).sort({ at: -1, _id: -1 }).skip(offset).limit(limit).lean<AuditEntryDoc[]>(),
    AuditEntry.countDocuments(where),
  ]);
  const readable = unitReadability(viewer);
  const items = await Promise.all(
    found.map(async (e) => ({ ...e, before: await redact(viewer, e, e.before, readable), after: await redact(viewer, e, e.after, readable) })),
  );
  return { items, total };
}

/** One entry under the list's rules. */
export async function getAuditEntry(viewer: Viewer, id: string): Promise<AuditEntryDoc> {
  const { items } = await listAuditEntries(viewer, { ids: [id] }, { limit: 1 });
  const entry = items[0];
  if (!entry) throw notFound('AuditEntry', id);
  return entry;
}
