import LocationCityIcon from '@mui/icons-material/LocationCity';
import { ResourceCreate, ResourceEdit } from '../../common/ResourceEdit';
import type { ResourceConfig } from '../types';
import { messages } from './messages';
import { WardForm } from './WardForm';
import { WardList } from './WardList';
import { WardShow } from './WardShow';
import { WardTitle } from './WardTitle';

export const wards: ResourceConfig = {
  name: 'wards',
  icon: LocationCityIcon,
  list: WardList,
  show: WardShow,
  edit: () => (
    <ResourceEdit title={<WardTitle />}>
      <WardForm />
    </ResourceEdit>
  ),
  create: () => (
    <ResourceCreate>
      <WardForm />
    </ResourceCreate>
  ),
  recordRepresentation: 'name',
  messages,
};
