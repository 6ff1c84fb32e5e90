import CampaignIcon from '@mui/icons-material/Campaign';
import { ResourceEdit } from '../../common/ResourceEdit';
import type { ResourceConfig } from '../types';
import { messages } from './messages';
import { ReportForm } from './ReportForm';
import { ReportList } from './ReportList';
import { ReportShow } from './ReportShow';

export { ReportHotspots } from './ReportHotspots';

export const reports: ResourceConfig = {
  name: 'reports',
  icon: CampaignIcon,
  list: ReportList,
  show: ReportShow,
  edit: () => (
    <ResourceEdit>
      <ReportForm />
    </ResourceEdit>
  ),
  recordRepresentation: 'code',
  messages,
};
