/**
 * Organisations (cơ quan, doanh nghiệp, cơ sở giáo dục), scoped like units: read by everyone whose
 * scope contains them; created, changed and deleted by ADMIN and the officers over their unit (a
 * ward officer in their ward, a province officer in their province). Their representative
 * (ORGANISATION_REP) reads and keeps their own record, never moves or deletes it.
 */
import { Types } from 'mongoose';
import { z } from 'zod';
import { isAdmin, isOrganisationRep, officersInScope, scopeFilter, type ObjectId, type Rule, type Viewer } from '../core/access';
import { Repository } from '../core/repository';
import { foldText, searchField } from '../core/text';
import { commonFilterQuery, definedOnly, email, idsFilter, objectId, optionalText, phone, searchText, text } from '../core/validation';
import { badInput, conflict } from '../errors';
import { Assessment } from '../assessments/assessment.model';
import { findUnit } from '../hierarchy/units';
import { User } from '../users/user.model';
import { ORGANISATION_KINDS, Organisation, type OrganisationDoc } from './organisation.model';
import type { OrganisationSortField } from '../generated/graphql';

const Fields = z.object({
  name: text(300),
  kind: z.enum(ORGANISATION_KINDS),
  address: optionalText(500),
  headName: optionalText(200),
  headTitle: optionalText(200),
  contactName: optionalText(200),
  contactPhone: phone,
  contactEmail: email,
  note: optionalText(2000),
  isSample: z.boolean().nullish(),
});
const CreateInput = Fields.extend({ unitId: objectId });
const UpdateInput = Fields.partial().extend({ unitId: objectId.nullish() });
type Create = z.infer<typeof CreateInput>;
type Update = z.infer<typeof UpdateInput>;

/** What a representative may change of their own organisation: everything but where it hangs and the sample flag. */
export const REP_EDITABLE_FIELDS = ['name', 'kind', 'address', 'headName', 'headTitle', 'contactName', 'contactPhone', 'contactEmail', 'note'] as const;

const FilterInput = z
  .object({
    ids: idsFilter,
    provinceId: objectId.nullish(),
    wardId: objectId.nullish(),
    provinceOnly: z.boolean().nullish(),
    kind: z.enum(ORGANISATION_KINDS).nullish(),
    q: searchText,
  })
  .transform((f) => ({
    ...commonFilterQuery(f),
    ...(f.provinceOnly ? { wardId: null } : {}),
    ...(f.kind ? { kind: f.kind } : {}),
  }));

/** The ward or province (within the caller's scope) an organisation hangs under, as the ancestors it stores. */
async function placeIn(viewer: Viewer, unitId: string): Promise<{ provinceId: ObjectId; wardId: ObjectId | null }> {
  const unit = await findUnit(viewer, unitId);
  if (!unit) throw badInput([{ path: 'input.unitId', message: 'no such ward or province in your scope' }]);
  if (unit.level === 'NEIGHBOURHOOD') throw badInput([{ path: 'input.unitId', message: 'an organisation belongs to a ward or a province, not a neighbourhood' }]);
  return { provinceId: unit.ancestors.provinceId, wardId: unit.ancestors.wardId };
}

/** Whether assessments or accounts refer to the organisation (it is then neither deleted nor moved). */
async function dependentsOf(doc: OrganisationDoc): Promise<string[]> {
  const [rated, accounts] = await Promise.all([Assessment.exists({ organisationId: doc._id }), User.exists({ organisationId: doc._id })]);
  return [rated && 'assessments', accounts && 'accounts'].filter((x): x is string => Boolean(x));
}

const keepers = (viewer: Viewer): Rule => (isOrganisationRep(viewer) ? scopeFilter(viewer) : officersInScope(viewer));

const derived = (d: Pick<OrganisationDoc, 'name' | 'address' | 'headName'>) => ({
  search: searchField(d.name, d.address, d.headName),
  nameSort: foldText(d.name),
});

export const organisations = new Repository<OrganisationDoc, Create, Update>({
  entityType: 'Organisation',
  model: Organisation,
  access: {
    read: (viewer) => (isAdmin(viewer) ? {} : scopeFilter(viewer)),
    create: officersInScope,
    update: keepers,
    delete: officersInScope,
    updatableFields: (viewer) => (isOrganisationRep(viewer) ? REP_EDITABLE_FIELDS : undefined),
  },
  createInput: CreateInput,
  updateInput: UpdateInput,
  filterInput: FilterInput,
  sortFields: { name: 'nameSort', createdAt: 'createdAt', updatedAt: 'updatedAt' } satisfies Record<OrganisationSortField, string>,
  defaultSort: { field: 'name' },
  auditOmit: ['search', 'nameSort'],
  async toDocument(viewer, input) {
    const { unitId, isSample, ...rest } = input;
    const _id = new Types.ObjectId();
    const fields = {
      address: null,
      headName: null,
      headTitle: null,
      contactName: null,
      contactPhone: null,
      contactEmail: null,
      note: null,
      ...definedOnly(rest),
      name: rest.name,
      kind: rest.kind,
    } as Omit<OrganisationDoc, '_id' | 'version' | 'createdAt' | 'updatedAt' | 'provinceId' | 'wardId' | 'organisationId' | 'isSample' | 'search' | 'nameSort'>;
    return { _id, organisationId: _id, ...fields, isSample: isSample ?? false, ...(await placeIn(viewer, unitId)), ...derived(fields) };
  },
  async toUpdate(viewer, current, input) {
    const { unitId, isSample, ...rest } = input;
    const changes: Partial<OrganisationDoc> = definedOnly(rest) as Partial<OrganisationDoc>;
    if (isSample != null) changes.isSample = isSample;
    if (unitId && unitId !== String(current.wardId ?? current.provinceId)) {
      // Its assessments and accounts store where it hangs (and who appraises it): it moves only without them.
      const refs = await dependentsOf(current);
      if (refs.length) throw conflict(`Organisation ${current.name} has ${refs.join(' and ')}; it cannot move to another unit`, 'HAS_DEPENDENTS');
      Object.assign(changes, await placeIn(viewer, unitId));
    }
    const next = { ...current, ...changes };
    return { ...changes, ...derived(next) };
  },
  async beforeDelete(_viewer, doc) {
    const refs = await dependentsOf(doc);
    if (refs.length) throw conflict(`Organisation ${doc.name} still has ${refs.join(' and ')} referring to it; they would be orphaned`, 'HAS_DEPENDENTS');
  },
});
