/**
 * Businesses of a ward's tourist area (seed 000: "rà soát, lập danh sách" the venues that sign
 * the civilised-business commitment and name a "Người giữ khách"). Scoped like every record:
 * Officers in scope keep the list of their area; a neighbourhood head adds and updates their own
 * neighbourhood's businesses; viewers read.
 */
import { z } from 'zod';
import { officersInScope, type Rule, scopeFilter, type Viewer } from '../core/access';
import { Repository } from '../core/repository';
import { foldText, searchField } from '../core/text';
import { commonFilterQuery, definedOnly, idsFilter, localDate, objectId, optionalText, phone, searchText, text } from '../core/validation';
import { badInput, conflict } from '../errors';
import { Assessment } from '../assessments/assessment.model';
import { neighbourhoods } from '../hierarchy/hierarchy.service';
import { geoPointInput } from '../hierarchy/places';
import { ESTABLISHMENT_KINDS, Establishment, type EstablishmentDoc } from './establishment.model';
import { Report } from './report.model';
import type { EstablishmentSortField } from '../generated/graphql';

const listKeepers = (viewer: Viewer): Rule => (viewer.role === 'NEIGHBOURHOOD_HEAD' ? scopeFilter(viewer) : officersInScope(viewer));

const HostKeeperInput = z.object({ name: text(200), phone });
const Fields = z.object({
  name: text(300),
  kind: z.enum(ESTABLISHMENT_KINDS),
  address: optionalText(500),
  ownerName: optionalText(200),
  ownerPhone: phone,
  commitmentSignedOn: localDate,
  hostKeeper: HostKeeperInput.nullish(),
  note: optionalText(2000),
  isSample: z.boolean().nullish(),
  location: geoPointInput,
});
const CreateInput = Fields.extend({ neighbourhoodId: objectId });
const UpdateInput = Fields.partial().extend({ neighbourhoodId: objectId.nullish() });

type Create = z.infer<typeof CreateInput>;
type Update = z.infer<typeof UpdateInput>;

/** The neighbourhood within the caller's scope, and the ancestors the record stores. */
async function placeIn(viewer: Viewer, neighbourhoodId: string) {
  const n = await neighbourhoods.get(viewer, neighbourhoodId).catch(() => null);
  if (!n) throw badInput([{ path: 'input.neighbourhoodId', message: 'no such neighbourhood in your scope' }]);
  return { provinceId: n.provinceId, wardId: n.wardId, neighbourhoodId: n._id };
}

export const establishments = new Repository<EstablishmentDoc, Create, Update>({
  entityType: 'Establishment',
  model: Establishment,
  access: { read: scopeFilter, create: listKeepers, update: listKeepers, delete: officersInScope },
  createInput: CreateInput,
  updateInput: UpdateInput,
  filterInput: z
    .object({
      ids: idsFilter,
      provinceId: objectId.nullish(),
      wardId: objectId.nullish(),
      neighbourhoodId: objectId.nullish(),
      kind: z.enum(ESTABLISHMENT_KINDS).nullish(),
      committed: z.boolean().nullish(),
      q: searchText,
    })
    .transform((f) => ({
      ...commonFilterQuery(f),
      ...(f.kind ? { kind: f.kind } : {}),
      ...(f.committed === true ? { commitmentSignedOn: { $ne: null } } : f.committed === false ? { commitmentSignedOn: null } : {}),
    })),
  sortFields: { name: 'nameSort', createdAt: 'createdAt', updatedAt: 'updatedAt' } satisfies Record<EstablishmentSortField, string>,
  defaultSort: { field: 'name' },
  auditOmit: ['search', 'nameSort'],
  async toDocument(viewer, input) {
    const { neighbourhoodId, ...rest } = input;
    return {
      address: null,
      ownerName: null,
      ownerPhone: null,
      commitmentSignedOn: null,
      hostKeeper: null,
      note: null,
      location: null,
      ...definedOnly(rest),
      isSample: input.isSample ?? false,
      ...(await placeIn(viewer, neighbourhoodId)),
      search: searchField(input.name, input.address ?? '', input.ownerName ?? ''),
      nameSort: foldText(input.name),
    } as Omit<EstablishmentDoc, '_id' | 'version' | 'createdAt' | 'updatedAt'>;
  },
  async toUpdate(viewer, current, input) {
    const { neighbourhoodId, ...rest } = input;
    const changes: Partial<EstablishmentDoc> = definedOnly(rest) as Partial<EstablishmentDoc>;
    if (input.isSample === null) delete changes.isSample;
    if (neighbourhoodId) Object.assign(changes, await placeIn(viewer, neighbourhoodId));
    const next = { ...current, ...changes };
    if (changes.name !== undefined || changes.address !== undefined || changes.ownerName !== undefined) {
      changes.search = searchField(next.name, next.address ?? '', next.ownerName ?? '');
      changes.nameSort = foldText(next.name);
    }
    return changes;
  },
  async beforeDelete(_viewer, doc) {
    // Its ratings (assessments whose subject it is) and tourists' reports about it would be orphaned.
    const [rated, reported] = await Promise.all([Assessment.countDocuments({ subjectId: doc._id }), Report.countDocuments({ establishmentId: doc._id })]);
    const refs = [rated && `${rated} assessment(s)`, reported && `${reported} report(s)`].filter(Boolean);
    if (refs.length) throw conflict(`Business ${doc.name} still has ${refs.join(' and ')} about it; they would be orphaned`, 'HAS_DEPENDENTS');
  },
});
