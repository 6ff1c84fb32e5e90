import EmojiEventsIcon from '@mui/icons-material/EmojiEvents';
import type { RaRecord } from 'react-admin';
import { lazyScreen, type ResourceConfig } from '../types';
import { messages } from './messages';

/** The proposing unit of a new reward is the deepest unit picked: neighbourhood, else ward, else province. */
const withProposingUnit = ({ provinceId, wardId, neighbourhoodId, ...rest }: RaRecord) => ({ ...rest, proposingUnitId: neighbourhoodId || wardId || provinceId });

const screens = () => Promise.all([import('../../common/ResourceEdit'), import('./RewardForm')]);

export const rewards: ResourceConfig = {
  name: 'rewards',
  icon: EmojiEventsIcon,
  list: lazyScreen(async () => (await import('./RewardList')).RewardList),
  show: lazyScreen(async () => (await import('./RewardShow')).RewardShow),
  edit: lazyScreen(async () => {
    const [{ ResourceEdit }, { RewardForm }] = await screens();
    return () => (
      <ResourceEdit>
        <RewardForm />
      </ResourceEdit>
    );
  }),
  create: lazyScreen(async () => {
    const [{ ResourceCreate }, { RewardForm }] = await screens();
    return () => (
      <ResourceCreate transform={withProposingUnit}>
        <RewardForm creating />
      </ResourceCreate>
    );
  }),
  recordRepresentation: (r) => `${r.recipientName as string} · ${r.year as number}`,
  // The list's and export's columns, a model's rewards table, recordRepresentation.
  listFields: ['year', 'kind', 'recipientKind', 'recipientName', 'proposingUnit.name', 'proposingUnitId', 'status', 'decision', 'modelId', 'reason', 'isSample', 'createdAt', 'updatedAt'],
  messages,
};
