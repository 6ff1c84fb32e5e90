import HowToRegIcon from '@mui/icons-material/HowToReg';
import { lazyScreen, type ResourceConfig } from '../types';
import { messages } from './messages';

const screens = () => Promise.all([import('../../common/ResourceEdit'), import('./HouseholdCommitmentForm')]);

export const householdCommitments: ResourceConfig = {
  name: 'householdCommitments',
  icon: HowToRegIcon,
  list: lazyScreen(async () => (await import('./HouseholdCommitmentList')).HouseholdCommitmentList),
  show: lazyScreen(async () => (await import('./HouseholdCommitmentShow')).HouseholdCommitmentShow),
  edit: lazyScreen(async () => {
    const [{ ResourceEdit }, { HouseholdCommitmentForm }] = await screens();
    return () => (
      <ResourceEdit>
        <HouseholdCommitmentForm />
      </ResourceEdit>
    );
  }),
  create: lazyScreen(async () => {
    const [{ ResourceCreate }, { HouseholdCommitmentForm }] = await screens();
    return () => (
      <ResourceCreate>
        <HouseholdCommitmentForm creating />
      </ResourceCreate>
    );
  }),
  recordRepresentation: (c) => `${(c.neighbourhood as { name?: string } | null)?.name ?? ''} · ${(c.programme as { name?: string } | null)?.name ?? ''}`,
  // The list's and export's columns, the neighbourhood's panel, recordRepresentation.
  listFields: ['neighbourhood', 'neighbourhoodId', 'wardId', 'provinceId', 'programme', 'programmeId', 'briefed', 'briefedOn', 'signed', 'signedOn', 'note', 'isSample', 'createdAt', 'updatedAt'],
  messages,
};
