import ChecklistIcon from '@mui/icons-material/Checklist';
import { lazyScreen, type ResourceConfig } from '../types';
import { messages } from './messages';

const screens = () => Promise.all([import('../../common/ResourceEdit'), import('./CriteriaSetForm')]);

/** Criteria sets are written by ADMIN only: the API says so in each record's access, so edit/delete/create hide themselves for others. */
export const criteriaSets: ResourceConfig = {
  name: 'criteriaSets',
  icon: ChecklistIcon,
  list: lazyScreen(async () => (await import('./CriteriaSetList')).CriteriaSetList),
  show: lazyScreen(async () => (await import('./CriteriaSetShow')).CriteriaSetShow),
  edit: lazyScreen(async () => {
    const [{ ResourceEdit }, { CriteriaSetForm }] = await screens();
    return () => (
      <ResourceEdit>
        <CriteriaSetForm />
      </ResourceEdit>
    );
  }),
  create: lazyScreen(async () => {
    const [{ ResourceCreate }, { CriteriaSetForm }] = await screens();
    return () => (
      <ResourceCreate>
        <CriteriaSetForm />
      </ResourceCreate>
    );
  }),
  recordRepresentation: 'name',
  // The list counts the criteria; pickers show the name.
  listFields: ['name', 'maxTotal', 'criteria.id', 'createdAt', 'updatedAt'],
  messages,
};
