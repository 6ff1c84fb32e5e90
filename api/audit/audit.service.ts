import { z } from 'zod';
import { allOf, isAdmin, isOfficer, scopeFilter, toObjectId, type Filter, type Viewer } from '../core/access';
import { parsePage, type PageArgs } from '../core/paging';
import { forbidden, fromZodError, notFound } from '../errors';
import { AuditEntry, type AuditAction, type AuditEntryDoc } from './audit.model';

export interface AuditRecord {
  action: AuditAction;
  entityType: string;
  entityId: AuditEntryDoc['entityId'];
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** Writes one audit entry; the record's ancestors are taken from its after (or before) state. */
export async function recordAudit(viewer: Viewer | null, entry: AuditRecord): Promise<void> {
  const state = (entry.after ?? entry.before ?? {}) as Record<string, unknown>;
  const ref = (key: string) => (state[key] as AuditEntryDoc['provinceId']) ?? null;
  await AuditEntry.create({
    ...entry,
    userId: viewer?.userId ?? null,
    username: viewer?.username ?? null,
    at: new Date(),
    provinceId: ref('provinceId'),
    wardId: ref('wardId'),
    neighbourhoodId: ref('neighbourhoodId'),
  });
}

const FilterInput = z
  .object({
    ids: z.array(z.string()).max(200, 'at most 200 ids').optional().nullable(),
    entityId: z.string().optional().nullable(),
    entityType: z.string().max(60).optional().nullable(),
    userId: z.string().optional().nullable(),
  })
  .optional()
  .nullable();

export const mayReadAuditLog = (viewer: Viewer): boolean => isAdmin(viewer) || isOfficer(viewer);

/** The log: ADMIN sees everything, officers the entries about records in their scope. */
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
  const where = allOf(scopeFilter(viewer), query);
  const [items, total] = await Promise.all([
    AuditEntry.find(where).sort({ at: -1, _id: -1 }).skip(offset).limit(limit).lean<AuditEntryDoc[]>(),
    AuditEntry.countDocuments(where),
  ]);
  return { items, total };
}

/** One entry under the list's rules. */
export async function getAuditEntry(viewer: Viewer, id: string): Promise<AuditEntryDoc> {
  const { items } = await listAuditEntries(viewer, { ids: [id] }, { limit: 1 });
  const entry = items[0];
  if (!entry) throw notFound('AuditEntry', id);
  return entry;
}
