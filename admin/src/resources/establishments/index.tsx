import StorefrontIcon from '@mui/icons-material/Storefront';
import { lazyScreen, type ResourceConfig } from '../types';
import { messages } from './messages';

const screens = () => Promise.all([import('../../common/ResourceEdit'), import('./EstablishmentForm')]);

export const establishments: ResourceConfig = {
  name: 'establishments',
  icon: StorefrontIcon,
  list: lazyScreen(async () => (await import('./EstablishmentList')).EstablishmentList),
  show: lazyScreen(async () => (await import('./EstablishmentShow')).EstablishmentShow),
  edit: lazyScreen(async () => {
    const [{ ResourceEdit }, { EstablishmentForm, establishmentTransform }] = await screens();
    return () => (
      <ResourceEdit transform={establishmentTransform}>
        <EstablishmentForm />
      </ResourceEdit>
    );
  }),
  create: lazyScreen(async () => {
    const [{ ResourceCreate }, { EstablishmentForm, establishmentTransform }] = await screens();
    return () => (
      <ResourceCreate transform={establishmentTransform}>
        <EstablishmentForm />
      </ResourceCreate>
    );
  }),
  recordRepresentation: 'name',
  // The list's and export's columns, pickers (name), and where a business is for a map.
  listFields: ['name', 'kind', 'neighbourhood.name', 'neighbourhoodId', 'wardId', 'provinceId', 'hostKeeper', 'commitmentSignedOn', 'address', 'location', 'isSample', 'createdAt', 'updatedAt'],
  messages,
};
