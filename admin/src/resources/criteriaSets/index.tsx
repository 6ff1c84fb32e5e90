import ChecklistIcon from '@mui/icons-material/Checklist';
import { ResourceCreate, ResourceEdit } from '../../common/ResourceEdit';
import type { ResourceConfig } from '../types';
import { CriteriaSetForm } from './CriteriaSetForm';
import { CriteriaSetList } from './CriteriaSetList';
import { CriteriaSetShow } from './CriteriaSetShow';
import { messages } from './messages';

/** Criteria sets are written by ADMIN only: the API says so in each record's access, so edit/delete/create hide themselves for others. */
export const criteriaSets: ResourceConfig = {
  name: 'criteriaSets',
  icon: ChecklistIcon,
  list: CriteriaSetList,
  show: CriteriaSetShow,
  edit: () => (
    <ResourceEdit>
      <CriteriaSetForm />
    </ResourceEdit>
  ),
  create: () => (
    <ResourceCreate>
      <CriteriaSetForm />
    </ResourceCreate>
  ),
  recordRepresentation: 'name',
  messages,
};
