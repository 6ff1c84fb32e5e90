import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import { ListGuesser } from 'react-admin';
import type { ResourceConfig } from '../types';
import { messages } from './messages';

export const provinces: ResourceConfig = {
  name: 'provinces',
  icon: AccountBalanceIcon,
  list: ListGuesser,
  messages,
};
