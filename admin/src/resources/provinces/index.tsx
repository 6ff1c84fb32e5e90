import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import { lazyScreen, type ResourceConfig } from '../types';
import { messages } from './messages';
import { ProvinceTitle } from './ProvinceTitle';

const screens = () => Promise.all([import('../../common/ResourceEdit'), import('./ProvinceForm')]);

export const provinces: ResourceConfig = {
  name: 'provinces',
  icon: AccountBalanceIcon,
  list: lazyScreen(async () => (await import('./ProvinceList')).ProvinceList),
  show: lazyScreen(async () => (await import('./ProvinceShow')).ProvinceShow),
  edit: lazyScreen(async () => {
    const [{ ResourceEdit }, { ProvinceForm }] = await screens();
    return () => (
      <ResourceEdit title={<ProvinceTitle />}>
        <ProvinceForm />
      </ResourceEdit>
    );
  }),
  create: lazyScreen(async () => {
    const [{ ResourceCreate }, { ProvinceForm }] = await screens();
    return () => (
      <ResourceCreate>
        <ProvinceForm />
      </ResourceCreate>
    );
  }),
  recordRepresentation: 'name',
  listFields: ['name', 'code', 'shortCode', 'type', 'level', 'createdAt', 'updatedAt'],
  messages,
};
