import StorefrontIcon from '@mui/icons-material/Storefront';
import { ListGuesser } from 'react-admin';
import type { ResourceConfig } from '../types';
import { messages } from './messages';

export const establishments: ResourceConfig = {
  name: 'establishments',
  icon: StorefrontIcon,
  list: ListGuesser,
  messages,
};
