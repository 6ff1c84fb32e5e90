import CampaignIcon from '@mui/icons-material/Campaign';
import { ListGuesser } from 'react-admin';
import type { ResourceConfig } from '../types';
import { messages } from './messages';

export const reports: ResourceConfig = {
  name: 'reports',
  icon: CampaignIcon,
  list: ListGuesser,
  messages,
};
