/**
 * Programmes and criteria sets are reference data every signed-in user rates against, so
 * everyone reads them. Criteria sets are written by ADMIN only (docs/roles-and-scopes.md); a programme is
 * written by ADMIN, or by officers for programmes their own unit (or one below it) issued.
 */
import { z } from 'zod';
import { isAdmin, officersInScope, type Rule, type Viewer } from '../core/access';
import { Repository } from '../core/repository';
import { foldText, searchField } from '../core/text';
import { acceptingOldNames, code, commonFilterQuery, definedOnly, idsFilter, keepIds, localDate, measure, objectId, oid, optionalText, points, pointsTotal, searchText, text } from '../core/validation';
import { badInput, conflict, fromZodError } from '../errors';
import { findUnit } from '../hierarchy/units';
import { Assessment } from '../assessments/assessment.model';
import { Model } from '../models/model.model';
import { CRITERION_KINDS, CriteriaSet, type CriteriaSetDoc, type CriterionDoc } from './criteria-set.model';
import { COMPARISONS, PERIODS, Programme, RATED_LEVELS, RECOGNIZING_LEVELS, type ProgrammeDoc, type TargetDoc } from './programme.model';
import type { CriteriaSetSortField, ProgrammeSortField } from '../generated/graphql';
import { DEADLINE_DAY_PATTERN, METRIC_PATTERN } from '../../rules/limits';

const SORT = { code: 'code', name: 'nameSort', createdAt: 'createdAt', updatedAt: 'updatedAt' } satisfies Record<ProgrammeSortField, string>;
const readableByEveryone = (): Rule => ({});

// ---------------------------------------------------------------- criteria sets

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

function criteriaSetDocument(input: CriteriaSetInputT, known: Set<string>): Omit<CriteriaSetDoc, '_id' | 'version' | 'createdAt' | 'updatedAt'> {
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
    return criteriaSetDocument(input, new Set());
  },
  async toUpdate(_viewer, current, input) {
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
    return criteriaSetDocument(merged.data, new Set(current.criteria.map((c) => String(c._id))));
  },
  async beforeDelete(_viewer, doc) {
    // Assessments use a set only through their programme (whose set cannot change under them), so programmes are all to check.
    const using = await Programme.find({ criteriaSetId: doc._id }, { code: 1 }).limit(6).lean();
    if (using.length) {
      const codes = using.slice(0, 5).map((p) => p.code).join(', ') + (using.length > 5 ? ', …' : '');
      throw conflict(`Criteria set ${doc.name} is used by programme(s) ${codes}; give them another criteria set first`);
    }
  },
});

// ---------------------------------------------------------------- programmes

export const DocumentRefInput = z.object({ number: optionalText(80), date: localDate, issuer: optionalText(300), title: optionalText(500) });
export const TargetInput = z.object({
  id: objectId.nullish(),
  title: text(500),
  metric: z.string().regex(METRIC_PATTERN, 'must be a camelCase name like recognisedShare'),
  goal: measure,
  unit: text(40),
  comparison: z.enum(COMPARISONS).nullish(),
  note: optionalText(1000),
});
export const DeadlineInput = z.object({
  title: text(500),
  due: z
    .string()
    .regex(DEADLINE_DAY_PATTERN, 'must be YYYY-MM-DD, or --MM-DD for a yearly day'),
  note: optionalText(1000),
});
const ProgrammeFields = z.object({
  code,
  name: text(300),
  description: optionalText(5000),
  legalBasis: z.array(DocumentRefInput).max(50).nullish(),
  ratedLevel: z.enum(RATED_LEVELS),
  recognizingLevel: z.enum(RECOGNIZING_LEVELS),
  period: z.enum(PERIODS),
  criteriaSetId: objectId.nullish(),
  targets: z.array(TargetInput).max(50).nullish(),
  deadlines: z.array(DeadlineInput).max(50).nullish(),
});
const ProgrammeCreateInput = ProgrammeFields.extend({ issuerUnitId: objectId.nullish() });
type ProgrammeCreate = z.infer<typeof ProgrammeCreateInput>;
/** Input fields renamed in this release; the old names are accepted until the next one. */
const OLD_NAMES = { recognisingLevel: 'recognizingLevel' };
type ProgrammeUpdate = Partial<z.infer<typeof ProgrammeFields>>;


export const docRef = (d: z.infer<typeof DocumentRefInput>) => ({ number: d.number ?? null, date: d.date ?? null, issuer: d.issuer ?? null, title: d.title ?? null });

async function checkCriteriaSet(viewer: Viewer, id: string | null | undefined): Promise<ProgrammeDoc['criteriaSetId']> {
  return id ? (await criteriaSets.get(viewer, id))._id : null;
}

export const deadlineOf = (d: z.infer<typeof DeadlineInput>) => ({ ...d, note: d.note ?? null });

export function targetsOf(input: z.infer<typeof TargetInput>[], known: Set<string>): TargetDoc[] {
  return keepIds(input, known, 'targets').map((t) => ({ ...t, comparison: t.comparison ?? 'AT_LEAST', note: t.note ?? null }));
}

export const programmes = new Repository<ProgrammeDoc, ProgrammeCreate, ProgrammeUpdate>({
  entityType: 'Programme',
  model: Programme,
  access: { read: readableByEveryone, create: officersInScope, update: officersInScope, delete: officersInScope },
  createInput: acceptingOldNames(ProgrammeCreateInput, OLD_NAMES),
  updateInput: acceptingOldNames(ProgrammeFields.partial(), OLD_NAMES),
  filterInput: z
    .object({ ids: idsFilter, provinceId: objectId.nullish(), ratedLevel: z.enum(RATED_LEVELS).nullish(), criteriaSetId: objectId.nullish(), q: searchText })
    .transform((f) => ({
      ...commonFilterQuery(f),
      ...(f.ratedLevel ? { ratedLevel: f.ratedLevel } : {}),
      ...(f.criteriaSetId ? { criteriaSetId: oid(f.criteriaSetId) } : {}),
    })),
  sortFields: SORT,
  defaultSort: { field: 'name' },
  auditOmit: ['search', 'nameSort'],
  async toDocument(viewer, input) {
    const issuer = input.issuerUnitId ? await findUnit(viewer, input.issuerUnitId) : null;
    if (input.issuerUnitId && !issuer) throw badInput([{ path: 'input.issuerUnitId', message: 'no such unit in your scope' }]);
    return {
      code: input.code,
      name: input.name,
      description: input.description ?? null,
      legalBasis: (input.legalBasis ?? []).map(docRef),
      ratedLevel: input.ratedLevel,
      recognizingLevel: input.recognizingLevel,
      period: input.period,
      criteriaSetId: await checkCriteriaSet(viewer, input.criteriaSetId),
      targets: targetsOf(input.targets ?? [], new Set()),
      deadlines: (input.deadlines ?? []).map(deadlineOf),
      issuerUnitId: issuer?.doc._id ?? null,
      issuerLevel: issuer?.level ?? null,
      ...(issuer?.ancestors ?? { provinceId: null, wardId: null, neighbourhoodId: null }),
      search: searchField(input.name, input.code),
      nameSort: foldText(input.name),
    };
  },
  async toUpdate(viewer, current, input) {
    const { legalBasis, targets, deadlines, criteriaSetId, ...scalars } = input;
    const changes: Partial<ProgrammeDoc> = definedOnly(scalars) as Partial<ProgrammeDoc>;
    if (legalBasis != null) changes.legalBasis = legalBasis.map(docRef);
    if (targets != null) changes.targets = targetsOf(targets, new Set(current.targets.map((t) => String(t._id))));
    if (deadlines != null) changes.deadlines = deadlines.map(deadlineOf);
    if (criteriaSetId !== undefined) {
      changes.criteriaSetId = await checkCriteriaSet(viewer, criteriaSetId);
      // Assessments store results by criterion of the programme's set: swapping the set under them would orphan those results.
      const swapped = String(changes.criteriaSetId) !== String(current.criteriaSetId);
      if (swapped && (await Assessment.exists({ programmeId: current._id }))) {
        throw conflict(`Programme ${current.name} has assessments scored by its criteria set; it cannot change to another set`);
      }
    }
    const name = changes.name ?? current.name;
    return { ...changes, search: searchField(name, changes.code ?? current.code), nameSort: foldText(name) };
  },
  async beforeDelete(_viewer, doc) {
    const [used, rated] = await Promise.all([Model.countDocuments({ programmeId: doc._id }), Assessment.countDocuments({ programmeId: doc._id })]);
    if (used) throw conflict(`Programme ${doc.name} has ${used} model(s); move or delete them first`);
    if (rated) throw conflict(`Programme ${doc.name} has ${rated} assessment(s); they would be lost`);
  },
});

