/**
 * Editions of criteria sets (issue 13). A set's `revision` is the edition new assessments are
 * rated on. Changing its groups, criteria or thresholds while assessments rated on the current
 * edition exist first freezes that edition here (immutable: nobody writes a frozen copy through
 * the API) and then goes up by one, so those assessments keep scoring, and showing, the criteria
 * they were rated on. A change of name or note alone changes no edition.
 */
import { z } from 'zod';
import type { Rule, Viewer } from '../core/access';
import { Repository } from '../core/repository';
import { forbidden, isDuplicateKey } from '../errors';
import { Assessment } from '../assessments/assessment.model';
import { log } from '../log';
import { CriteriaSetRevision, maxTotal, type CriteriaSetDoc, type CriteriaSetRevisionDoc } from './criteria-set.model';
import { Programme } from './programme.model';

const never = (): Rule => false;
const readOnly = () => {
  throw forbidden('Frozen editions of a criteria set are never changed');
};

/** The frozen editions, read by everyone who reads sets (batched through ctx.loaders().childrenOf(criteriaSetRevisions, 'setId')). */
export const criteriaSetRevisions = new Repository<CriteriaSetRevisionDoc, Record<string, never>, Record<string, never>>({
  entityType: 'CriteriaSetRevision',
  model: CriteriaSetRevision,
  access: { read: () => ({}), create: never, update: never, delete: never },
  createInput: z.object({}).strict(),
  updateInput: z.object({}).strict(),
  filterInput: z.object({}).transform(() => ({})),
  sortFields: { revision: 'revision' },
  defaultSort: { field: 'revision', order: 'DESC' },
  toDocument: readOnly,
  toUpdate: readOnly,
});

/** The current edition number of a set (sets stored before editions existed are at 1). */
export const revisionOf = (set: Pick<CriteriaSetDoc, 'revision'>): number => set.revision ?? 1;

/** What an edition is made of: groups, criteria (with their ids) and thresholds. */
const contentKey = (set: Pick<CriteriaSetDoc, 'groups' | 'criteria' | 'thresholds'>): string =>
  JSON.stringify([
    set.groups.map((g) => [g.code, g.title]),
    set.criteria.map((c) => [String(c._id), c.code, c.title, c.group, c.kind, c.maxScore ?? null, c.required, c.placeholder ?? false, c.deductPerReport ?? null]),
    set.thresholds.map((t) => [t.classification, t.minTotal]),
  ]);

/** Whether any assessment was rated on this edition of the set (assessments stored before editions: through their programme). */
async function ratedOn(set: CriteriaSetDoc, revision: number): Promise<boolean> {
  if (await Assessment.exists({ criteriaSetId: set._id, criteriaSetVersion: revision })) return true;
  // Assessments not yet given their set (before the start-up migration): they were rated on the set as it is.
  const programmeIds = (await Programme.find({ criteriaSetId: set._id }, { _id: 1 }).lean()).map((p) => p._id);
  return programmeIds.length > 0 && !!(await Assessment.exists({ programmeId: { $in: programmeIds }, criteriaSetId: null }));
}

/**
 * Called by the set's update (under its write lock) with the set as stored and as it will be:
 * when the content changes and the current edition has ratings, freezes it and answers the next
 * edition number; otherwise the current one. A frozen copy already there (a retried edit that
 * lost its version check) is the same edition and is kept.
 */
export async function nextRevision(viewer: Viewer, current: CriteriaSetDoc, next: Pick<CriteriaSetDoc, 'groups' | 'criteria' | 'thresholds'>): Promise<number> {
  const revision = revisionOf(current);
  if (contentKey(current) === contentKey(next) || !(await ratedOn(current, revision))) return revision;
  try {
    const saved = await CriteriaSetRevision.create({
      setId: current._id,
      revision,
      name: current.name,
      groups: current.groups,
      criteria: current.criteria,
      thresholds: current.thresholds,
      replacedAt: new Date(),
      version: 1,
    });
    await criteriaSetRevisions.auditCreated(viewer, saved.toObject());
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
  }
  return revision + 1;
}

/** The set as it was at a frozen edition: the set's own id (criteria keep theirs), the edition's content. */
export const asEdition = (set: CriteriaSetDoc, frozen: CriteriaSetRevisionDoc): CriteriaSetDoc => ({
  ...set,
  groups: frozen.groups,
  criteria: frozen.criteria,
  thresholds: frozen.thresholds,
  revision: frozen.revision,
});

/**
 * The edition `revision` of a set among its frozen ones: the current set when `revision` is
 * absent or current; a frozen edition otherwise. An edition never frozen (data older than
 * editions) falls back to the current set.
 */
export function editionAmong(set: CriteriaSetDoc, frozen: readonly CriteriaSetRevisionDoc[], revision?: number | null): { set: CriteriaSetDoc; revision: number } {
  const current = revisionOf(set);
  if (revision == null || revision >= current) return { set, revision: current };
  const found = frozen.find((r) => r.revision === revision);
  if (!found) {
    log.warn(`criteria set ${String(set._id)} has no frozen edition ${revision}; using edition ${current}`);
    return { set, revision: current };
  }
  return { set: asEdition(set, found), revision };
}

/** Pages of a set's frozen editions, newest first: all of them in one batched load per request. */
export const ALL_EDITIONS = { page: { limit: 200 }, orderBy: { field: 'revision', order: 'DESC' as const } };

/** A frozen edition, or the current set (replacedAt null), as `CriteriaSetRevision` answers. */
export const editionView = (edition: Pick<CriteriaSetRevisionDoc, 'groups' | 'criteria' | 'thresholds'> & { revision?: number; replacedAt?: Date | null }) => ({
  revision: edition.revision ?? 1,
  groups: edition.groups,
  criteria: edition.criteria,
  thresholds: edition.thresholds,
  maxTotal: maxTotal(edition),
  replacedAt: edition.replacedAt ?? null,
});
