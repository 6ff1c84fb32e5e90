import FlagIcon from '@mui/icons-material/Flag';
import { ListGuesser } from 'react-admin';
import type { ResourceConfig } from '../types';
import { messages } from './messages';

export const programmes: ResourceConfig = {
  name: 'programmes',
  icon: FlagIcon,
  list: ListGuesser,
  messages,
};
