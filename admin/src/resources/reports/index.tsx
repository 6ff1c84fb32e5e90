import CampaignIcon from '@mui/icons-material/Campaign';
import { lazyScreen, type ResourceConfig } from '../types';
import { messages } from './messages';

export const reports: ResourceConfig = {
  name: 'reports',
  icon: CampaignIcon,
  list: lazyScreen(async () => (await import('./ReportList')).ReportList),
  show: lazyScreen(async () => (await import('./ReportShow')).ReportShow),
  edit: lazyScreen(async () => {
    const [{ ResourceEdit }, { ReportForm }] = await Promise.all([import('../../common/ResourceEdit'), import('./ReportForm')]);
    return () => (
      <ResourceEdit>
        <ReportForm />
      </ResourceEdit>
    );
  }),
  recordRepresentation: 'code',
  // The inbox's and export's columns (overdue tints the row), a business's reports table, the hot spots (by neighbourhood and category, and where).
  listFields: ['code', 'category', 'status', 'overdue', 'dueAt', 'unit.name', 'unitId', 'unitLevel', 'establishment.name', 'establishmentId', 'neighbourhoodId', 'wardId', 'provinceId', 'location', 'source', 'assigneeId', 'substantiated', 'createdAt', 'updatedAt'],
  messages,
};
