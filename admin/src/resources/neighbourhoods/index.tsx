import HomeWorkIcon from '@mui/icons-material/HomeWork';
import { lazyScreen, type ResourceConfig } from '../types';
import { messages } from './messages';

const screens = () => Promise.all([import('../../common/ResourceEdit'), import('./NeighbourhoodForm')]);

export const neighbourhoods: ResourceConfig = {
  name: 'neighbourhoods',
  icon: HomeWorkIcon,
  list: lazyScreen(async () => (await import('./NeighbourhoodList')).NeighbourhoodList),
  show: lazyScreen(async () => (await import('./NeighbourhoodShow')).NeighbourhoodShow),
  edit: lazyScreen(async () => {
    const [{ ResourceEdit }, { NeighbourhoodForm }] = await screens();
    return () => (
      <ResourceEdit>
        <NeighbourhoodForm />
      </ResourceEdit>
    );
  }),
  create: lazyScreen(async () => {
    const [{ ResourceCreate }, { NeighbourhoodForm }] = await screens();
    return () => (
      <ResourceCreate>
        <NeighbourhoodForm />
      </ResourceCreate>
    );
  }),
  recordRepresentation: 'name',
  // The list's and export's columns, a ward's table, pickers (name), where it is for a map.
  listFields: ['name', 'code', 'type', 'level', 'ward.name', 'wardId', 'province.name', 'provinceId', 'headName', 'headUserId', 'households', 'population', 'location', 'isSample', 'createdAt', 'updatedAt'],
  messages,
};
