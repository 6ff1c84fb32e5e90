import HomeWorkIcon from '@mui/icons-material/HomeWork';
import { ResourceCreate, ResourceEdit } from '../../common/ResourceEdit';
import type { ResourceConfig } from '../types';
import { messages } from './messages';
import { NeighbourhoodForm } from './NeighbourhoodForm';
import { NeighbourhoodList } from './NeighbourhoodList';
import { NeighbourhoodShow } from './NeighbourhoodShow';

export const neighbourhoods: ResourceConfig = {
  name: 'neighbourhoods',
  icon: HomeWorkIcon,
  list: NeighbourhoodList,
  show: NeighbourhoodShow,
  edit: () => (
    <ResourceEdit>
      <NeighbourhoodForm />
    </ResourceEdit>
  ),
  create: () => (
    <ResourceCreate>
      <NeighbourhoodForm />
    </ResourceCreate>
  ),
  recordRepresentation: 'name',
  messages,
};
