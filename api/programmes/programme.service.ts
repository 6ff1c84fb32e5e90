/**
 * Programmes (phong trào) are reference data every signed-in user rates against, so everyone
 * reads them. A programme is written by ADMIN, or by officers for programmes their own unit (or
 * one below it) issued (docs/roles-and-scopes.md).
 */
import { z } from 'zod';
import { allOf, isAdmin, officersInScope, type Viewer } from '../core/access';
import type { PageArgs, SortArgs } from '../core/paging';
import { Repository, type Page } from '../core/repository';
import { foldText, searchField } from '../core/text';
import { acceptingOldNames, code, commonFilterQuery, definedOnly, idsFilter, keepIds, localDate, measure, objectId, oid, optionalText, searchText, text } from '../core/validation';
import { badInput, conflict } from '../errors';
import { findUnit } from '../hierarchy/units';
import { Assessment } from '../assessments/assessment.model';
import { SecurityModel } from '../models/model.model';
import { emitGroupNamingRuleChanged } from '../community/naming-events';
import { criteriaSets, readableByEveryone } from './criteria-set.service';
import { nationalOrIssuedBy } from './applicability';
import { COMPARISONS, DEADLINE_STEPS, PERIODS, Programme, RATED_LEVELS, RECOGNIZING_LEVELS, type ProgrammeDoc, type TargetDoc } from './programme.model';
import type { ProgrammeSortField } from '../generated/graphql';
import { DEADLINE_DAY_PATTERN, METRIC_PATTERN } from '../../rules/limits';

const SORT = { code: 'code', name: 'nameSort', createdAt: 'createdAt', updatedAt: 'updatedAt' } satisfies Record<ProgrammeSortField, string>;

// ---------------------------------------------------------------- programmes

export const DocumentRefInput = z.object({ number: optionalText(80), date: localDate, issuer: optionalText(300), title: optionalText(500), basedOn: optionalText(500) });
/** One row of "Tổ chức thực hiện": a body and its duties. */
export const ResponsibilityInput = z.object({ body: text(300), duties: z.array(text(3000)).max(30), note: optionalText(2000) });
export const responsibilitiesInput = z.array(ResponsibilityInput).max(50).nullish();
export const recipientsInput = z.array(text(300)).max(50).nullish();
/** The placeholder a naming rule stands the group's unit name in for. */
export const UNIT_PLACEHOLDER = '{unit}';
export const groupNamingRuleInput = z
  .string()
  .trim()
  .max(300, 'must be at most 300 characters')
  .refine((v) => v === '' || v.includes(UNIT_PLACEHOLDER), `must contain ${UNIT_PLACEHOLDER}, which stands for the thôn, xóm or organisation`)
  .transform((v) => v || null)
  .nullish();
export const responsibilityOf = (r: z.infer<typeof ResponsibilityInput>) => ({ body: r.body, duties: r.duties, note: r.note ?? null });
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
  step: z.enum(DEADLINE_STEPS).nullish(),
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
  alsoRates: z.array(z.enum(RATED_LEVELS)).max(RATED_LEVELS.length).nullish(),
  responsibilities: responsibilitiesInput,
  recipients: recipientsInput,
  groupNamingRule: groupNamingRuleInput,
});
const ProgrammeCreateInput = ProgrammeFields.extend({ issuerUnitId: objectId.nullish() });
type ProgrammeCreate = z.infer<typeof ProgrammeCreateInput>;
/** Input fields renamed in this release; the old names are accepted until the next one. */
const OLD_NAMES = { recognisingLevel: 'recognizingLevel' };
type ProgrammeUpdate = Partial<z.infer<typeof ProgrammeFields>>;


export const docRef = (d: z.infer<typeof DocumentRefInput>) => ({ number: d.number ?? null, date: d.date ?? null, issuer: d.issuer ?? null, title: d.title ?? null, basedOn: d.basedOn ?? null });

async function checkCriteriaSet(viewer: Viewer, id: string | null | undefined): Promise<ProgrammeDoc['criteriaSetId']> {
  return id ? (await criteriaSets.get(viewer, id))._id : null;
}

export const deadlineOf = (d: z.infer<typeof DeadlineInput>) => ({ ...d, step: d.step ?? 'OTHER', note: d.note ?? null });

/** The further levels rated, without repeats or the main level. */
const alsoRatesOf = (levels: ProgrammeDoc['alsoRates'], ratedLevel: ProgrammeDoc['ratedLevel']) => [...new Set(levels)].filter((l) => l !== ratedLevel);

export function targetsOf(input: z.infer<typeof TargetInput>[], known: Set<string>): TargetDoc[] {
  return keepIds(input, known, 'targets').map((t) => ({ ...t, comparison: t.comparison ?? 'AT_LEAST', note: t.note ?? null }));
}

/**
 * `filter.appliesTo` names a unit, whose ancestors are looked up (within the caller's scope)
 * before the list query: the filter then carries them as `issuedAbove`, which the API's filter
 * input type cannot (GraphQL refuses unknown input fields).
 */
class ProgrammeRepository extends Repository<ProgrammeDoc, ProgrammeCreate, ProgrammeUpdate> {
  override async list(viewer: Viewer, rawFilter: unknown, page?: PageArgs | null, sort?: SortArgs | null): Promise<Page<ProgrammeDoc>> {
    const { appliesTo, ...rest } = (rawFilter ?? {}) as { appliesTo?: unknown };
    if (appliesTo == null) return super.list(viewer, rest, page, sort);
    const parsed = objectId.safeParse(appliesTo);
    if (!parsed.success) throw badInput([{ path: 'filter.appliesTo', message: parsed.error.issues[0]?.message ?? 'must be an id' }]);
    const unit = await findUnit(viewer, parsed.data);
    // A unit outside the caller's scope is no unit to them: nothing applies to it.
    if (!unit) return { items: [], total: 0 };
    const { provinceId, wardId, neighbourhoodId } = unit.ancestors;
    return super.list(viewer, { ...rest, issuedAbove: [provinceId, wardId, neighbourhoodId].filter(Boolean).map(String) }, page, sort);
  }
}

export const programmes = new ProgrammeRepository({
  entityType: 'Programme',
  model: Programme,
  access: { read: readableByEveryone, create: officersInScope, update: officersInScope, delete: officersInScope },
  createInput: acceptingOldNames(ProgrammeCreateInput, OLD_NAMES),
  updateInput: acceptingOldNames(ProgrammeFields.partial(), OLD_NAMES),
  filterInput: z
    .object({
      ids: idsFilter,
      provinceId: objectId.nullish(),
      ratedLevel: z.enum(RATED_LEVELS).nullish(),
      criteriaSetId: objectId.nullish(),
      q: searchText,
      issuedAbove: z.array(objectId).max(3).nullish(),
    })
    .transform((f) =>
      allOf(
        commonFilterQuery(f),
        f.ratedLevel ? { ratedLevel: f.ratedLevel } : {},
        f.criteriaSetId ? { criteriaSetId: oid(f.criteriaSetId) } : {},
        f.issuedAbove ? nationalOrIssuedBy(f.issuedAbove.map(oid)) : {},
      ),
    ),
  sortFields: SORT,
  defaultSort: { field: 'name' },
  auditOmit: ['search', 'nameSort'],
  async toDocument(viewer, input) {
    // Only ADMIN issues national programmes (Toàn quốc); an officer's programme is their unit's or a unit's below it.
    if (!input.issuerUnitId && !isAdmin(viewer) && officersInScope(viewer) !== false) {
      throw badInput([{ path: 'input.issuerUnitId', message: 'required: give your own unit or one below it (only ADMIN issues national programmes)' }]);
    }
    const issuer = input.issuerUnitId ? await findUnit(viewer, input.issuerUnitId) : null;
    if (input.issuerUnitId && !issuer) throw badInput([{ path: 'input.issuerUnitId', message: 'no such unit in your scope' }]);
    return {
      code: input.code,
      name: input.name,
      description: input.description ?? null,
      legalBasis: (input.legalBasis ?? []).map(docRef),
      ratedLevel: input.ratedLevel,
      alsoRates: alsoRatesOf(input.alsoRates ?? [], input.ratedLevel),
      recognizingLevel: input.recognizingLevel,
      period: input.period,
      criteriaSetId: await checkCriteriaSet(viewer, input.criteriaSetId),
      targets: targetsOf(input.targets ?? [], new Set()),
      deadlines: (input.deadlines ?? []).map(deadlineOf),
      issuerUnitId: issuer?.doc._id ?? null,
      issuerLevel: issuer?.level ?? null,
      issuerName: issuer?.doc.name ?? null,
      responsibilities: (input.responsibilities ?? []).map(responsibilityOf),
      recipients: input.recipients ?? [],
      groupNamingRule: input.groupNamingRule ?? null,
      ...(issuer?.ancestors ?? { provinceId: null, wardId: null, neighbourhoodId: null }),
      search: searchField(input.name, input.code),
      nameSort: foldText(input.name),
    };
  },
  async toUpdate(viewer, current, input) {
    const { legalBasis, targets, deadlines, criteriaSetId, alsoRates, responsibilities, recipients, groupNamingRule, ...scalars } = input;
    const changes: Partial<ProgrammeDoc> = definedOnly(scalars) as Partial<ProgrammeDoc>;
    if (responsibilities != null) changes.responsibilities = responsibilities.map(responsibilityOf);
    if (recipients != null) changes.recipients = recipients;
    // null (or an empty string) clears the rule; left out keeps it.
    if (groupNamingRule !== undefined) changes.groupNamingRule = groupNamingRule;
    const stored = current.alsoRates ?? [];
    if (alsoRates != null || (changes.ratedLevel && stored.includes(changes.ratedLevel))) {
      changes.alsoRates = alsoRatesOf(alsoRates ?? stored, changes.ratedLevel ?? current.ratedLevel);
    }
    if (legalBasis != null) changes.legalBasis = legalBasis.map(docRef);
    if (targets != null) changes.targets = targetsOf(targets, new Set(current.targets.map((t) => String(t._id))));
    if (deadlines != null) changes.deadlines = deadlines.map(deadlineOf);
    if (criteriaSetId !== undefined) {
      changes.criteriaSetId = await checkCriteriaSet(viewer, criteriaSetId);
      // Assessments store results by criterion of the programme's set: swapping the set under them would orphan those results.
      const swapped = String(changes.criteriaSetId) !== String(current.criteriaSetId);
      if (swapped && (await Assessment.exists({ programmeId: current._id }))) {
        throw conflict(`Programme ${current.name} has assessments scored by its criteria set; it cannot change to another set`, 'HAS_DEPENDENTS');
      }
    }
    const name = changes.name ?? current.name;
    return { ...changes, search: searchField(name, changes.code ?? current.code), nameSort: foldText(name) };
  },
  async afterUpdate(_viewer, before, after) {
    // The groups of its models that have no rule of their own follow the programme's.
    if (before.groupNamingRule !== after.groupNamingRule) await emitGroupNamingRuleChanged({ programmeId: after._id });
  },
  async beforeDelete(_viewer, doc) {
    const [used, rated] = await Promise.all([SecurityModel.countDocuments({ programmeId: doc._id }), Assessment.countDocuments({ programmeId: doc._id })]);
    if (used) throw conflict(`Programme ${doc.name} has ${used} model(s); move or delete them first`, 'HAS_DEPENDENTS');
    if (rated) throw conflict(`Programme ${doc.name} has ${rated} assessment(s); they would be lost`, 'HAS_DEPENDENTS');
  },
});

