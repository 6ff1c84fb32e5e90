/**
 * Household commitments (issue 14, seed 002's "100% hộ gia đình … được phổ biến … và ký bản cam
 * kết"): per neighbourhood and programme, how many households were briefed and how many signed.
 * The neighbourhood's head keeps their own neighbourhood's, officers those of their scope; only
 * officers delete; everyone in scope reads.
 */
import { z } from 'zod';
import { officersInScope, scopeFilter, type Rule, type Viewer } from '../core/access';
import { Repository } from '../core/repository';
import { commonFilterQuery, definedOnly, idsFilter, localDate, objectId, oid, optionalText, wholeCount } from '../core/validation';
import { badInput, type FieldError } from '../errors';
import { neighbourhoods } from '../hierarchy/hierarchy.service';
import { programmeApplies } from '../programmes/applicability';
import { programmes } from '../programmes/programme.service';
import type { HouseholdCommitmentSortField } from '../generated/graphql';
import { HouseholdCommitment, type HouseholdCommitmentDoc } from './household-commitment.model';

const keepers = (viewer: Viewer): Rule => (viewer.role === 'NEIGHBOURHOOD_HEAD' ? scopeFilter(viewer) : officersInScope(viewer));

const Fields = z.object({
  briefed: wholeCount(100_000_000).nullish(),
  briefedOn: localDate,
  signed: wholeCount(100_000_000).nullish(),
  signedOn: localDate,
  note: optionalText(2000),
  isSample: z.boolean().nullish(),
});
const CreateInput = Fields.extend({ neighbourhoodId: objectId, programmeId: objectId });
const UpdateInput = Fields;
type Create = z.infer<typeof CreateInput>;
type Update = z.infer<typeof UpdateInput>;

type Counts = Pick<HouseholdCommitmentDoc, 'briefed' | 'briefedOn' | 'signed' | 'signedOn'>;

/** signed ≤ briefed ≤ the neighbourhood's households (when known); signing comes on or after the briefing. */
function checkCounts(counts: Counts, households: number | null): void {
  const errors: FieldError[] = [];
  if (counts.signed > counts.briefed) errors.push({ path: 'input.signed', message: `must not exceed the households briefed (${counts.briefed})` });
  if (households != null && counts.briefed > households) errors.push({ path: 'input.briefed', message: `must not exceed the neighbourhood's households (${households})` });
  if (counts.briefedOn && counts.signedOn && counts.signedOn < counts.briefedOn) errors.push({ path: 'input.signedOn', message: 'must not be before the briefing day' });
  if (errors.length) throw badInput(errors);
}

/** The neighbourhood, which must be one the caller may read. */
async function neighbourhoodOf(viewer: Viewer, id: string) {
  const found = await neighbourhoods.get(viewer, id).catch(() => null);
  if (!found) throw badInput([{ path: 'input.neighbourhoodId', message: 'no such neighbourhood in your scope' }]);
  return found;
}

export const householdCommitments = new Repository<HouseholdCommitmentDoc, Create, Update>({
  entityType: 'HouseholdCommitment',
  model: HouseholdCommitment,
  access: { read: scopeFilter, create: keepers, update: keepers, delete: officersInScope },
  createInput: CreateInput,
  updateInput: UpdateInput,
  filterInput: z
    .object({
      ids: idsFilter,
      provinceId: objectId.nullish(),
      wardId: objectId.nullish(),
      neighbourhoodId: objectId.nullish(),
      programmeId: objectId.nullish(),
    })
    .transform((f) => ({ ...commonFilterQuery(f), ...(f.programmeId ? { programmeId: oid(f.programmeId) } : {}) })),
  sortFields: { updatedAt: 'updatedAt', createdAt: 'createdAt', signedOn: 'signedOn', briefedOn: 'briefedOn' } satisfies Record<HouseholdCommitmentSortField, string>,
  defaultSort: { field: 'updatedAt', order: 'DESC' },
  async toDocument(viewer, input) {
    const neighbourhood = await neighbourhoodOf(viewer, input.neighbourhoodId);
    const programme = await programmes.get(viewer, input.programmeId).catch(() => null);
    if (!programme) throw badInput([{ path: 'input.programmeId', message: 'no such programme' }]);
    if (!programmeApplies(programme, neighbourhood)) throw badInput([{ path: 'input.programmeId', message: 'the programme does not apply to this neighbourhood' }]);
    const counts: Counts = { briefed: input.briefed ?? 0, briefedOn: input.briefedOn ?? null, signed: input.signed ?? 0, signedOn: input.signedOn ?? null };
    checkCounts(counts, neighbourhood.households);
    return {
      ...counts,
      neighbourhoodId: neighbourhood._id,
      wardId: neighbourhood.wardId,
      provinceId: neighbourhood.provinceId,
      programmeId: programme._id,
      note: input.note ?? null,
      isSample: input.isSample ?? false,
    };
  },
  async toUpdate(viewer, current, input) {
    const changes = definedOnly(input) as Partial<HouseholdCommitmentDoc>;
    // A count sent as null means "none yet"; isSample null leaves it as it is.
    if (input.briefed === null) changes.briefed = 0;
    if (input.signed === null) changes.signed = 0;
    if (input.isSample === null) delete changes.isSample;
    const neighbourhood = await neighbourhoodOf(viewer, String(current.neighbourhoodId));
    checkCounts({ ...current, ...changes } as Counts, neighbourhood.households);
    return changes;
  },
});
