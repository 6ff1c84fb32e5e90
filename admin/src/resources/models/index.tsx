import ShieldIcon from '@mui/icons-material/Shield';
import { ListGuesser } from 'react-admin';
import type { ResourceConfig } from '../types';
import { messages } from './messages';

export const models: ResourceConfig = {
  name: 'models',
  icon: ShieldIcon,
  list: ListGuesser,
  messages,
};
