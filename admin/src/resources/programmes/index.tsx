import FlagIcon from '@mui/icons-material/Flag';
import { ResourceCreate, ResourceEdit } from '../../common/ResourceEdit';
import type { ResourceConfig } from '../types';
import { messages } from './messages';
import { ProgrammeForm } from './ProgrammeForm';
import { ProgrammeList } from './ProgrammeList';
import { ProgrammeShow } from './ProgrammeShow';

export const programmes: ResourceConfig = {
  name: 'programmes',
  icon: FlagIcon,
  list: ProgrammeList,
  show: ProgrammeShow,
  edit: () => (
    <ResourceEdit>
      <ProgrammeForm />
    </ResourceEdit>
  ),
  create: () => (
    <ResourceCreate>
      <ProgrammeForm />
    </ResourceCreate>
  ),
  recordRepresentation: 'name',
  messages,
};
