import PeopleIcon from '@mui/icons-material/People';
import { ResourceCreate, ResourceEdit } from '../../common/ResourceEdit';
import type { ResourceConfig } from '../types';
import { messages } from './messages';
import { keepPasswordUnlessTyped } from './scope';
import { UserForm } from './UserForm';
import { UserList } from './UserList';
import { UserShow } from './UserShow';

export const users: ResourceConfig = {
  name: 'users',
  icon: PeopleIcon,
  list: UserList,
  show: UserShow,
  edit: () => (
    <ResourceEdit transform={keepPasswordUnlessTyped}>
      <UserForm />
    </ResourceEdit>
  ),
  create: () => (
    <ResourceCreate>
      <UserForm />
    </ResourceCreate>
  ),
  recordRepresentation: (record) => `${String(record.displayName)} (${String(record.username)})`,
  messages,
};
