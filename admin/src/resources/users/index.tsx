import PeopleIcon from '@mui/icons-material/People';
import { ListGuesser } from 'react-admin';
import type { ResourceConfig } from '../types';
import { messages } from './messages';

export const users: ResourceConfig = {
  name: 'users',
  icon: PeopleIcon,
  list: ListGuesser,
  messages,
};
