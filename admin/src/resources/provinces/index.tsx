import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import { ResourceCreate, ResourceEdit } from '../../common/ResourceEdit';
import type { ResourceConfig } from '../types';
import { messages } from './messages';
import { ProvinceForm } from './ProvinceForm';
import { ProvinceList } from './ProvinceList';
import { ProvinceShow } from './ProvinceShow';
import { ProvinceTitle } from './ProvinceTitle';

export const provinces: ResourceConfig = {
  name: 'provinces',
  icon: AccountBalanceIcon,
  list: ProvinceList,
  show: ProvinceShow,
  edit: () => (
    <ResourceEdit title={<ProvinceTitle />}>
      <ProvinceForm />
    </ResourceEdit>
  ),
  create: () => (
    <ResourceCreate>
      <ProvinceForm />
    </ResourceCreate>
  ),
  recordRepresentation: 'name',
  messages,
};
