import StorefrontIcon from '@mui/icons-material/Storefront';
import { ResourceCreate, ResourceEdit } from '../../common/ResourceEdit';
import type { ResourceConfig } from '../types';
import { EstablishmentForm, establishmentTransform } from './EstablishmentForm';
import { EstablishmentList } from './EstablishmentList';
import { EstablishmentShow } from './EstablishmentShow';
import { messages } from './messages';

export const establishments: ResourceConfig = {
  name: 'establishments',
  icon: StorefrontIcon,
  list: EstablishmentList,
  show: EstablishmentShow,
  edit: () => (
    <ResourceEdit transform={establishmentTransform}>
      <EstablishmentForm />
    </ResourceEdit>
  ),
  create: () => (
    <ResourceCreate transform={establishmentTransform}>
      <EstablishmentForm />
    </ResourceCreate>
  ),
  recordRepresentation: 'name',
  messages,
};
