import ChecklistIcon from '@mui/icons-material/Checklist';
import { ListGuesser } from 'react-admin';
import type { ResourceConfig } from '../types';
import { messages } from './messages';

export const criteriaSets: ResourceConfig = {
  name: 'criteriaSets',
  icon: ChecklistIcon,
  list: ListGuesser,
  messages,
};
