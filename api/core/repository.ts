/**
 * The data-access layer every resource goes through. A resource is declared once (its
 * model, access rules, zod inputs, filters and how input becomes a stored document) and
 * this class gives it scoped list / fetch / batch-load / create / update / delete with
 * optimistic concurrency and an audit entry for every change. Resolvers never touch a
 * model directly.
 */
import DataLoader from 'dataloader';
import type { GraphQLError } from 'graphql';
import type { Model, Schema } from 'mongoose';
import sift from 'sift';
import type { ZodType } from 'zod';
import { badInput, conflict, forbidden, fromZodError, isDuplicateKey, notFound } from '../errors';
import { allOf, readsNothing, toObjectId, type Filter, type ObjectId, type Rule, type Viewer } from './access';
import { recordAudit, registerAuditRedaction, registerAuditedType, type AuditAction } from './audit-log';
import { orderOf, parsePage, parseSort, type MongoSort, type OrderArgs, type PageArgs, type SortArgs } from './paging';
import { recordKey, withWriteLock } from './write-lock';

/** Fields every stored record has. */
export interface BaseDoc {
  _id: ObjectId;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface AccessRules {
  read(viewer: Viewer): Rule;
  create(viewer: Viewer): Rule;
  update(viewer: Viewer): Rule;
  delete(viewer: Viewer): Rule;
  /** Input fields this caller may set on update; undefined means all of them. */
  updatableFields?(viewer: Viewer): readonly string[] | undefined;
  /** Why the record's current state refuses this change (CONFLICT), or null: e.g. a submitted assessment is locked. */
  stateRefusal?(viewer: Viewer, doc: unknown, action: 'update' | 'delete'): string | null;
}

/** What the caller may do with one record, as `RecordAccess` tells the console. */
export interface RecordPermissions {
  update: boolean;
  delete: boolean;
  updatableFields: readonly string[] | null;
}

/** What the caller may do with a kind of record, as `ResourceAccess` tells the console. */
export interface ResourcePermissions {
  read: boolean;
  create: boolean;
  update: boolean;
  delete: boolean;
}

/** What a resource builds from create input; `_id` may be chosen up front (units store their own id as an ancestor). */
export type NewDocument<TDoc extends BaseDoc> = Omit<TDoc, keyof BaseDoc> & { _id?: ObjectId };

export interface ResourceDefinition<TDoc extends BaseDoc, TCreate, TUpdate> {
  /** Name used in errors and the audit log, e.g. "Ward". */
  entityType: string;
  model: Model<TDoc>;
  access: AccessRules;
  createInput: ZodType<TCreate>;
  updateInput: ZodType<TUpdate>;
  /** API sort field → stored field. Each must be backed by an index. */
  sortFields: Record<string, string>;
  defaultSort: SortArgs;
  /** Parsed filter → query. Ids are already validated by `filterInput`. */
  filterInput: ZodType<Filter>;
  /** Builds the stored record: resolves parents within the caller's scope, derives ancestors and search fields. */
  toDocument(viewer: Viewer, input: TCreate): Promise<NewDocument<TDoc>>;
  /** Turns a validated update into the fields to set (recomputing derived ones). */
  toUpdate(viewer: Viewer, current: TDoc, input: TUpdate): Promise<Partial<TDoc>>;
  /** Refuses a delete that would orphan or lose data (throw CONFLICT). */
  beforeDelete?(viewer: Viewer, doc: TDoc): Promise<void>;
  /** Runs after a successful update (e.g. moving a subtree's denormalised ancestors). */
  afterUpdate?(viewer: Viewer, before: TDoc, after: TDoc): Promise<void>;
  /** Runs after a successful delete, still under the record's write lock (removing what hung off it). */
  afterDelete?(viewer: Viewer, deleted: TDoc): Promise<void>;
  /** Stored fields left out of audit snapshots (secrets, derived search text). */
  auditOmit?: readonly string[];
  /**
   * Top-level fields the API hides from this caller in `doc` (e.g. a report's contact): shown as
   * null in the audit log's snapshots. `doc` is a snapshot (without `auditOmit` fields) carrying
   * the record's current scope.
   */
  auditHidden?(viewer: Viewer, doc: TDoc): readonly string[];
}

/** Soft limit for one batched child-list hop across many parents: beyond it we fail loudly. */
export const CHILD_BATCH_LIMIT = 10_000;

export class Repository<TDoc extends BaseDoc, TCreate, TUpdate> {
  constructor(readonly def: ResourceDefinition<TDoc, TCreate, TUpdate>) {
    // The audit log shows an entry only to those who may read its record, without the fields hidden from them.
    registerAuditedType(def.entityType, (viewer) => def.access.read(viewer));
    if (def.auditHidden) registerAuditRedaction(def.entityType, (viewer, record) => def.auditHidden?.(viewer, record as unknown as TDoc) ?? []);
  }

  get entityType(): string {
    return this.def.entityType;
  }

  private readRule(viewer: Viewer): Filter {
    const rule = this.def.access.read(viewer);
    if (rule === false) throw forbidden(`Your role may not read ${this.def.entityType} records`);
    return rule;
  }

  private parseFilter(raw: unknown): Filter {
    const parsed = this.def.filterInput.safeParse(raw ?? {});
    if (!parsed.success) throw fromZodError(parsed.error, 'filter');
    return parsed.data;
  }

  /** One page of the records the caller may see, with the total for the same query. */
  async list(viewer: Viewer, rawFilter: unknown, page?: PageArgs | null, sort?: SortArgs | null): Promise<Page<TDoc>> {
    const where = allOf(this.readRule(viewer), this.parseFilter(rawFilter));
    const { offset, limit } = parsePage(page);
    const order = parseSort(sort, this.def.sortFields, this.def.defaultSort);
    const [items, total] = await Promise.all([
      // The whole page in one reply (the default first batch holds 101 documents).
      this.def.model.find(where).sort(order).skip(offset).limit(limit).batchSize(limit + 1).lean<TDoc[]>(),
      this.def.model.countDocuments(where),
    ]);
    return { items, total };
  }

  /** One record by id, or NOT_FOUND when it does not exist or lies outside the caller's scope. */
  async get(viewer: Viewer, id: string): Promise<TDoc> {
    const _id = toObjectId(id);
    const doc = _id ? await this.def.model.findOne(allOf({ _id }, this.readRule(viewer))).lean<TDoc>() : null;
    if (!doc) throw notFound(this.def.entityType, id);
    return doc;
  }

  /** Batch fetch for DataLoader: one query for many ids; out-of-scope ids come back null. */
  async getMany(viewer: Viewer, ids: readonly string[]): Promise<Array<TDoc | null>> {
    const objectIds = ids.map(toObjectId).filter((x): x is ObjectId => x !== null);
    const docs = objectIds.length
      ? await this.def.model.find(allOf({ _id: { $in: objectIds } }, this.readRule(viewer))).batchSize(objectIds.length + 1).lean<TDoc[]>()
      : [];
    const byId = new Map(docs.map((d) => [String(d._id), d]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** A per-request loader by id (see graphql/loaders.ts). */
  loader(viewer: Viewer): DataLoader<string, TDoc | null> {
    return new DataLoader((ids) => this.getMany(viewer, ids));
  }

  /**
   * A per-request loader for "children of a parent" pages (`ward.neighbourhoods`), batched
   * across parents that ask with the same arguments: one count and one find per hop
   * whatever the number of parents. FerretDB has no $push/$facet, so the items of several
   * parents are fetched together and sliced here, within CHILD_BATCH_LIMIT.
   */
  childLoader(viewer: Viewer, parentField: string): DataLoader<ChildPageKey, Page<TDoc>, string> {
    return new DataLoader(
      async (keys) => {
        const groups = new Map<string, ChildPageKey[]>();
        for (const key of keys) groups.set(key.argsKey, [...(groups.get(key.argsKey) ?? []), key]);
        const pages = new Map<string, Page<TDoc>>();
        await Promise.all(
          [...groups.values()].map(async (group) => {
            const first = group[0] as ChildPageKey;
            const parentIds = group.map((k) => k.parentId);
            for (const [parentId, page] of await this.childPages(viewer, parentField, parentIds, first)) {
              pages.set(`${parentId}|${first.argsKey}`, page);
            }
          }),
        );
        return keys.map((k) => pages.get(`${k.parentId}|${k.argsKey}`) ?? { items: [], total: 0 });
      },
      { cacheKeyFn: (k) => `${k.parentId}|${k.argsKey}` },
    );
  }

  private async childPages(
    viewer: Viewer,
    parentField: string,
    parentIds: ObjectId[],
    args: ChildPageKey,
  ): Promise<Map<string, Page<TDoc>>> {
    const { offset, limit } = parsePage(args.page);
    const order: MongoSort = parseSort(args.sort, this.def.sortFields, this.def.defaultSort);
    const base = allOf(this.readRule(viewer), this.parseFilter(args.filter));
    const result = new Map<string, Page<TDoc>>();
    if (parentIds.length === 1) {
      const where = allOf(base, { [parentField]: parentIds[0] });
      const [items, total] = await Promise.all([
        this.def.model.find(where).sort(order).skip(offset).limit(limit).batchSize(limit + 1).lean<TDoc[]>(),
        this.def.model.countDocuments(where),
      ]);
      result.set(String(parentIds[0]), { items, total });
      return result;
    }
    const where = allOf(base, { [parentField]: { $in: parentIds } });
    const counts = await this.def.model.aggregate<{ _id: ObjectId; n: number }>([
      { $match: where },
      { $group: { _id: `$${parentField}`, n: { $sum: 1 } } },
    ]);
    // Without $push/$facet the children of every parent in the batch are fetched together and
    // sliced here, so the limit applies to everything fetched, not just what is shown.
    const fetched = counts.reduce((sum, c) => sum + c.n, 0);
    if (fetched > CHILD_BATCH_LIMIT) {
      throw badInput(
        [{ path: 'page', message: `${fetched} ${this.def.entityType} records under ${parentIds.length} parents` }],
        `Too many nested records in one request (limit ${CHILD_BATCH_LIMIT}); page the parents or query the list with a parent filter`,
      );
    }
    // One more than expected, so the first reply also closes the cursor (no empty getMore).
    const items = fetched ? await this.def.model.find(where).sort(order).batchSize(fetched + 1).lean<TDoc[]>() : [];
    const byParent = new Map<string, TDoc[]>();
    for (const doc of items) {
      const key = String((doc as Record<string, unknown>)[parentField]);
      byParent.set(key, [...(byParent.get(key) ?? []), doc]);
    }
    const totals = new Map(counts.map((c) => [String(c._id), c.n]));
    for (const id of parentIds) {
      const all = byParent.get(String(id)) ?? [];
      result.set(String(id), { items: all.slice(offset, offset + limit), total: totals.get(String(id)) ?? 0 });
    }
    return result;
  }

  async create(viewer: Viewer, rawInput: unknown): Promise<TDoc> {
    const rule = this.def.access.create(viewer);
    if (rule === false) throw forbidden(`Your role may not create ${this.def.entityType} records`);
    const parsed = this.def.createInput.safeParse(rawInput);
    if (!parsed.success) throw fromZodError(parsed.error);
    const doc = await this.def.toDocument(viewer, parsed.data);
    if (!sift(rule)(doc)) throw forbidden(`You may not create this ${this.def.entityType} there`);
    let created: TDoc;
    try {
      // The document was built and checked above; mongoose's create typing cannot follow the generic.
      const saved = (await this.def.model.create({ ...doc, version: 1 } as never)) as unknown as { toObject(): TDoc };
      created = saved.toObject();
    } catch (error) {
      if (isDuplicateKey(error)) throw this.duplicateRefusal();
      throw error;
    }
    await this.auditCreated(viewer, created);
    return created;
  }

  /** The audit entry of a new record; also for records filed outside `create` (the public intake has no viewer). */
  auditCreated(viewer: Viewer | null, created: TDoc): Promise<void> {
    return recordAudit(viewer, { action: 'CREATE', entityType: this.def.entityType, entityId: created._id, before: null, after: this.snapshot(created) });
  }

  async update(viewer: Viewer, id: string, rawInput: unknown, expectedVersion?: number | null): Promise<TDoc> {
    const parsed = this.def.updateInput.safeParse(rawInput);
    if (!parsed.success) throw fromZodError(parsed.error);
    return withWriteLock(recordKey(this.def.entityType, id), () => this.updateLocked(viewer, id, parsed.data, expectedVersion));
  }

  private async updateLocked(viewer: Viewer, id: string, input: TUpdate, expectedVersion?: number | null): Promise<TDoc> {
    const current = await this.get(viewer, id);
    const rule = this.def.access.update(viewer);
    if (rule === false || !sift(rule)(current)) throw forbidden(`You may not change this ${this.def.entityType}`);
    this.checkUpdatableFields(viewer, input as Record<string, unknown>);
    this.checkState(viewer, current, 'update');
    this.checkVersion(current, expectedVersion);
    const changes = await this.def.toUpdate(viewer, current, input);
    // The record must still be the caller's to write after the change (e.g. not moved out of scope).
    if (!sift(rule)({ ...current, ...changes })) throw forbidden(`You may not move this ${this.def.entityType} outside your scope`);
    const updated = await this.saveVersion(viewer, current, changes, 'UPDATE', rule);
    await this.def.afterUpdate?.(viewer, current, updated);
    return updated;
  }

  delete(viewer: Viewer, id: string): Promise<string> {
    return withWriteLock(recordKey(this.def.entityType, id), () => this.deleteLocked(viewer, id));
  }

  private async deleteLocked(viewer: Viewer, id: string): Promise<string> {
    const current = await this.get(viewer, id);
    const rule = this.def.access.delete(viewer);
    if (rule === false || !sift(rule)(current)) throw forbidden(`You may not delete this ${this.def.entityType}`);
    this.checkState(viewer, current, 'delete');
    await this.def.beforeDelete?.(viewer, current);
    const { deletedCount } = await this.def.model.deleteOne(allOf({ _id: current._id, version: current.version }, rule));
    if (deletedCount !== 1) throw conflict(`${this.def.entityType} ${id} was changed by someone else; reload and try again`, 'STALE_VERSION');
    await recordAudit(viewer, {
      action: 'DELETE',
      entityType: this.def.entityType,
      entityId: current._id,
      before: this.snapshot(current),
      after: null,
    });
    await this.def.afterDelete?.(viewer, current);
    return String(current._id);
  }

  /**
   * A change that is not a plain field update (a workflow step): `change` sees the current
   * record (already scoped for reading), enforces its own rules by throwing, and returns the
   * fields to set. Runs under the record's write lock with the same version check and audit
   * entry as `update`, recorded under `action`.
   */
  apply(
    viewer: Viewer,
    id: string,
    action: AuditAction,
    change: (current: TDoc) => Promise<Partial<TDoc>> | Partial<TDoc>,
    expectedVersion?: number | null,
  ): Promise<TDoc> {
    return withWriteLock(recordKey(this.def.entityType, id), async () => {
      const current = await this.get(viewer, id);
      this.checkVersion(current, expectedVersion);
      return this.saveVersion(viewer, current, await change(current), action);
    });
  }

  private checkVersion(current: TDoc, expectedVersion: number | null | undefined): void {
    if (expectedVersion != null && expectedVersion !== current.version) {
      throw conflict(`${this.def.entityType} ${String(current._id)} was changed by someone else (now version ${current.version}); reload and try again`, 'STALE_VERSION');
    }
  }

  /**
   * Writes `changes` only if the record is still at the version read (and still matches `rule`),
   * bumps the version and records the audit entry under `action`.
   */
  private async saveVersion(viewer: Viewer, current: TDoc, changes: Partial<TDoc>, action: AuditAction, rule: Filter = {}): Promise<TDoc> {
    let updated: TDoc | null;
    try {
      updated = await this.def.model
        .findOneAndUpdate(allOf({ _id: current._id, version: current.version }, rule), { $set: changes, $inc: { version: 1 } }, { returnDocument: 'after' })
        .lean<TDoc>();
    } catch (error) {
      if (isDuplicateKey(error)) throw this.duplicateRefusal();
      throw error;
    }
    if (!updated) throw conflict(`${this.def.entityType} ${String(current._id)} was changed by someone else; reload and try again`, 'STALE_VERSION');
    await recordAudit(viewer, { action, entityType: this.def.entityType, entityId: updated._id, before: this.snapshot(current), after: this.snapshot(updated) });
    return updated;
  }

  /** The same rules update and delete apply, asked without writing (for the console's buttons). */
  permissions(viewer: Viewer, doc: TDoc): RecordPermissions {
    const may = (action: 'update' | 'delete') => {
      const rule = this.def.access[action](viewer);
      return rule !== false && sift(rule)(doc) && !this.def.access.stateRefusal?.(viewer, doc, action);
    };
    return { update: may('update'), delete: may('delete'), updatableFields: this.def.access.updatableFields?.(viewer) ?? null };
  }

  /** Whether the caller's role may do each thing with this kind of record at all (somewhere in their scope). */
  resourcePermissions(viewer: Viewer): ResourcePermissions {
    const allowed = (rule: Rule) => rule !== false;
    const { access } = this.def;
    // A read rule on a field this collection never carries (an organisation's contact person on
    // neighbourhoods) answers nothing: the console hides that menu rather than show an empty list.
    const read = access.read(viewer);
    const readable = allowed(read) && !readsNothing(read, (field) => this.def.model.schema.path(field) !== undefined);
    return { read: readable, create: allowed(access.create(viewer)), update: allowed(access.update(viewer)), delete: allowed(access.delete(viewer)) };
  }

  private checkState(viewer: Viewer, doc: TDoc, action: 'update' | 'delete'): void {
    const refusal = this.def.access.stateRefusal?.(viewer, doc, action);
    if (refusal) throw conflict(refusal, 'LOCKED_BY_WORKFLOW');
  }

  /**
   * A duplicate-key error as the refusal it stands for: DUPLICATE_PERIOD when the unique key is
   * "one per period" (it holds a year or a period's start), else DUPLICATE. Either names the key's
   * fields (`duplicateFields`), and marks the ones a user types (not the parent ids that scope the
   * key) as `fields`, so a form shows the refusal under those inputs.
   */
  private duplicateRefusal(): GraphQLError {
    const key = uniqueKeyOf(this.def.model.schema);
    const entity = this.def.entityType;
    const typed = key.filter((field) => !field.endsWith('Id'));
    const fields = typed.map((field) => ({ path: `input.${field}`, message: `already used by another ${entity}` }));
    if (key.some((field) => PERIOD_FIELDS.has(field))) {
      return conflict(`A ${entity} for the same ${key.join(', ')} already exists`, 'DUPLICATE_PERIOD', { duplicateFields: key, fields });
    }
    return conflict(`Another ${entity} already has the same ${typed.join(', ') || key.join(', ')}`, 'DUPLICATE', { duplicateFields: key, fields });
  }

  private checkUpdatableFields(viewer: Viewer, input: Record<string, unknown>): void {
    const allowed = this.def.access.updatableFields?.(viewer);
    if (!allowed) return;
    const refused = Object.keys(input).filter((k) => input[k] !== undefined && !allowed.includes(k));
    if (refused.length) {
      throw forbidden(`Your role may not change ${refused.join(', ')} of a ${this.def.entityType}`);
    }
  }

  private snapshot(doc: TDoc): Record<string, unknown> {
    const copy = { ...doc } as Record<string, unknown>;
    for (const key of this.def.auditOmit ?? []) delete copy[key];
    return copy;
  }
}

/** Fields that make a unique key "one per period" (assessments: year and quarter; period reports: from and to). */
const PERIOD_FIELDS = new Set(['year', 'quarter', 'from', 'to']);

/**
 * The fields of the model's unique index. FerretDB's duplicate-key error names no index (MongoDB's
 * `keyPattern` would), so it is read from the schema: every resource declares at most one unique
 * index; with several, all their fields are named.
 */
function uniqueKeyOf(schema: Schema): string[] {
  const unique = schema.indexes().filter(([, options]) => options?.unique);
  return [...new Set(unique.flatMap(([fields]) => Object.keys(fields)))];
}

/** Arguments of a child list, grouped by their serialised form for batching. */
export interface ChildPageKey {
  parentId: ObjectId;
  argsKey: string;
  filter?: unknown;
  page?: PageArgs | null;
  sort?: SortArgs | null;
}

export function childKey(parentId: ObjectId, args: OrderArgs & { filter?: unknown; page?: PageArgs | null }): ChildPageKey {
  const sort = orderOf(args);
  return { parentId, argsKey: JSON.stringify([args.filter ?? null, args.page ?? null, sort]), filter: args.filter, page: args.page, sort };
}
