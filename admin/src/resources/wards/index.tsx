import LocationCityIcon from '@mui/icons-material/LocationCity';
import { lazyScreen, type ResourceConfig } from '../types';
import { messages } from './messages';
import { WardTitle } from './WardTitle';

const screens = () => Promise.all([import('../../common/ResourceEdit'), import('./WardForm')]);

export const wards: ResourceConfig = {
  name: 'wards',
  icon: LocationCityIcon,
  list: lazyScreen(async () => (await import('./WardList')).WardList),
  show: lazyScreen(async () => (await import('./WardShow')).WardShow),
  edit: lazyScreen(async () => {
    const [{ ResourceEdit }, { WardForm }] = await screens();
    return () => (
      <ResourceEdit title={<WardTitle />}>
        <WardForm />
      </ResourceEdit>
    );
  }),
  create: lazyScreen(async () => {
    const [{ ResourceCreate }, { WardForm }] = await screens();
    return () => (
      <ResourceCreate>
        <WardForm />
      </ResourceCreate>
    );
  }),
  recordRepresentation: 'name',
  listFields: ['name', 'code', 'type', 'level', 'province.name', 'provinceId', 'location', 'createdAt', 'updatedAt'],
  messages,
};
