/**
 * Criteria sets (bộ tiêu chí) are reference data every signed-in user rates against, so everyone
 * reads them; only ADMIN writes them (docs/roles-and-scopes.md).
 */
import { z } from 'zod';
import { isAdmin, type Rule, type Viewer } from '../core/access';
import { Repository } from '../core/repository';
import { foldText, searchField } from '../core/text';
import { code, commonFilterQuery, definedOnly, idsFilter, keepIds, objectId, optionalText, points, pointsTotal, searchText, text } from '../core/validation';
import { conflict, fromZodError } from '../errors';
import type { CriteriaSetSortField } from '../generated/graphql';
import { CRITERION_KINDS, CriteriaSet, type CriteriaSetDoc, type CriterionDoc } from './criteria-set.model';
import { Programme } from './programme.model';
import { nextRevision } from './criteria-set-editions';

export const readableByEveryone = (): Rule => ({});

const CriterionInput = z
  .object({
    id: objectId.nullish(),
    code,
    title: text(1000),
    group: code,
    kind: z.enum(CRITERION_KINDS),
    maxScore: points.positive('must be more than 0').nullish(),
    required: z.boolean().nullish(),
    placeholder: z.boolean().nullish(),
    deductPerReport: points.positive('must be more than 0').nullish(),
  })
  .superRefine((c, ctx) => {
    if (c.deductPerReport != null && (c.kind !== 'POINTS' || c.maxScore == null)) ctx.addIssue({ code: 'custom', path: ['deductPerReport'], message: 'only a POINTS criterion with maxScore is scored from reports' });
    // A placeholder awaiting its official text may also await its maximum (seed 003's Decision 3554 criteria).
    if (c.kind === 'POINTS' && c.maxScore == null && !c.placeholder) ctx.addIssue({ code: 'custom', path: ['maxScore'], message: 'a POINTS criterion needs maxScore' });
    if (c.kind === 'PASS_FAIL' && c.maxScore != null) ctx.addIssue({ code: 'custom', path: ['maxScore'], message: 'a PASS_FAIL criterion has no maxScore' });
  });

const CriteriaSetFields = z.object({
  name: text(300),
  note: optionalText(2000),
  groups: z.array(z.object({ code, title: text(500) })).min(1, 'needs at least one group').max(50),
  criteria: z.array(CriterionInput).min(1, 'needs at least one criterion').max(500),
  thresholds: z
    .array(z.object({ classification: text(100), minTotal: pointsTotal }))
    .max(20)
    .nullish(),
});

/** Cross-field rules of a whole set: unique codes, criteria in known groups, reachable thresholds. */
const CriteriaSetInput = CriteriaSetFields.superRefine((set, ctx) => {
  const dupes = (values: string[]) => values.filter((v, i) => values.indexOf(v) !== i);
  for (const code of dupes(set.groups.map((g) => g.code))) ctx.addIssue({ code: 'custom', path: ['groups'], message: `group code ${code} appears twice` });
  for (const code of dupes(set.criteria.map((c) => c.code))) ctx.addIssue({ code: 'custom', path: ['criteria'], message: `criterion code ${code} appears twice` });
  const groups = new Set(set.groups.map((g) => g.code));
  set.criteria.forEach((c, i) => {
    if (!groups.has(c.group)) ctx.addIssue({ code: 'custom', path: ['criteria', i, 'group'], message: `no group ${c.group} in this set` });
  });
  const thresholds = set.thresholds ?? [];
  for (const name of dupes(thresholds.map((t) => t.classification))) ctx.addIssue({ code: 'custom', path: ['thresholds'], message: `classification ${name} appears twice` });
  const top = set.criteria.reduce((sum, c) => sum + (c.kind === 'POINTS' ? (c.maxScore ?? 0) : 1), 0);
  thresholds.forEach((t, i) => {
    if (t.minTotal > top) ctx.addIssue({ code: 'custom', path: ['thresholds', i, 'minTotal'], message: `is above the highest possible total ${top}` });
  });
});
type CriteriaSetInputT = z.infer<typeof CriteriaSetInput>;

function criteriaSetDocument(input: CriteriaSetInputT, known: Set<string>): Omit<CriteriaSetDoc, '_id' | 'version' | 'createdAt' | 'updatedAt' | 'revision'> {
  const criteria = keepIds(input.criteria, known, 'criteria').map(
    (c): CriterionDoc => ({ ...c, maxScore: c.maxScore ?? null, required: c.required ?? true, placeholder: c.placeholder ?? false, deductPerReport: c.deductPerReport ?? null }),
  );
  return {
    name: input.name,
    note: input.note ?? null,
    groups: input.groups,
    criteria,
    thresholds: [...(input.thresholds ?? [])].sort((a, b) => a.minTotal - b.minTotal),
    search: searchField(input.name),
    nameSort: foldText(input.name),
  };
}

const adminOnly = (viewer: Viewer): Rule => (isAdmin(viewer) ? {} : false);

export const criteriaSets = new Repository<CriteriaSetDoc, CriteriaSetInputT, Partial<z.infer<typeof CriteriaSetFields>>>({
  entityType: 'CriteriaSet',
  model: CriteriaSet,
  access: { read: readableByEveryone, create: adminOnly, update: adminOnly, delete: adminOnly },
  createInput: CriteriaSetInput,
  updateInput: CriteriaSetFields.partial(),
  filterInput: z.object({ ids: idsFilter, q: searchText }).transform(commonFilterQuery),
  sortFields: { name: 'nameSort', createdAt: 'createdAt', updatedAt: 'updatedAt' } satisfies Record<CriteriaSetSortField, string>,
  defaultSort: { field: 'name' },
  auditOmit: ['search', 'nameSort'],
  async toDocument(_viewer, input) {
    return { ...criteriaSetDocument(input, new Set()), revision: 1 };
  },
  async toUpdate(viewer, current, input) {
    // Validate the set as it will be after the change, as a whole.
    const merged = CriteriaSetInput.safeParse({
      name: current.name,
      note: current.note,
      groups: current.groups,
      criteria: current.criteria.map(({ _id, ...c }) => ({ ...c, id: String(_id) })),
      thresholds: current.thresholds,
      ...definedOnly(input),
    });
    if (!merged.success) throw fromZodError(merged.error);
    const next = criteriaSetDocument(merged.data, new Set(current.criteria.map((c) => String(c._id))));
    // Rated on already: the edition as it stands is frozen first, and the set moves to the next.
    return { ...next, revision: await nextRevision(viewer, current, next) };
  },
  async beforeDelete(_viewer, doc) {
    // Assessments are rated on a set through their programme (whose set cannot change under them), so programmes are all to check.
    const using = await Programme.find({ criteriaSetId: doc._id }, { code: 1 }).limit(6).lean();
    if (using.length) {
      const codes = using.slice(0, 5).map((p) => p.code).join(', ') + (using.length > 5 ? ', …' : '');
      throw conflict(`Criteria set ${doc.name} is used by programme(s) ${codes}; give them another criteria set first`, 'HAS_DEPENDENTS');
    }
  },
});

