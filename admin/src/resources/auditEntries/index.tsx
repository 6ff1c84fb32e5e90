import HistoryIcon from '@mui/icons-material/History';
import { ListGuesser } from 'react-admin';
import type { ResourceConfig } from '../types';
import { messages } from './messages';

export const auditEntries: ResourceConfig = {
  name: 'auditEntries',
  icon: HistoryIcon,
  list: ListGuesser,
  messages,
};
