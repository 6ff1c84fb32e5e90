import PeopleIcon from '@mui/icons-material/People';
import { lazyScreen, type ResourceConfig } from '../types';
import { messages } from './messages';
import { keepPasswordUnlessTyped } from './scope';

const screens = () => Promise.all([import('../../common/ResourceEdit'), import('./UserForm')]);

export const users: ResourceConfig = {
  name: 'users',
  icon: PeopleIcon,
  list: lazyScreen(async () => (await import('./UserList')).UserList),
  show: lazyScreen(async () => (await import('./UserShow')).UserShow),
  edit: lazyScreen(async () => {
    const [{ ResourceEdit }, { UserForm }] = await screens();
    return () => (
      <ResourceEdit transform={keepPasswordUnlessTyped}>
        <UserForm />
      </ResourceEdit>
    );
  }),
  create: lazyScreen(async () => {
    const [{ ResourceCreate }, { UserForm }] = await screens();
    return () => (
      <ResourceCreate>
        <UserForm />
      </ResourceCreate>
    );
  }),
  recordRepresentation: (record) => `${String(record.displayName)} (${String(record.username)})`,
  // The list's and export's columns (ScopeField), pickers (displayName), recordRepresentation.
  listFields: ['username', 'displayName', 'role', 'scope', 'scopeUnitId', 'organisation.name', 'organisationId', 'disabled', 'lastLoginAt', 'createdAt', 'updatedAt'],
  messages,
};
