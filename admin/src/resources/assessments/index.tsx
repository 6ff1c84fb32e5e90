import FactCheckIcon from '@mui/icons-material/FactCheck';
import { ListGuesser } from 'react-admin';
import type { ResourceConfig } from '../types';
import { messages } from './messages';

export const assessments: ResourceConfig = {
  name: 'assessments',
  icon: FactCheckIcon,
  list: ListGuesser,
  messages,
};
