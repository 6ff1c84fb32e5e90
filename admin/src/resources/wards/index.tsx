import LocationCityIcon from '@mui/icons-material/LocationCity';
import { ListGuesser } from 'react-admin';
import type { ResourceConfig } from '../types';
import { messages } from './messages';

export const wards: ResourceConfig = {
  name: 'wards',
  icon: LocationCityIcon,
  list: ListGuesser,
  messages,
};
