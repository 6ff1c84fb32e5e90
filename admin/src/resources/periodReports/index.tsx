import AssignmentIcon from '@mui/icons-material/Assignment';
import { lazyScreen, type ResourceConfig } from '../types';
import { messages } from './messages';
import { dayText } from './period';

const screens = () => Promise.all([import('../../common/ResourceEdit'), import('./PeriodReportForm')]);

export const periodReports: ResourceConfig = {
  name: 'periodReports',
  icon: AssignmentIcon,
  list: lazyScreen(async () => (await import('./PeriodReportList')).PeriodReportList),
  show: lazyScreen(async () => (await import('./PeriodReportShow')).PeriodReportShow),
  edit: lazyScreen(async () => {
    const [{ ResourceEdit }, { PeriodReportEditForm }] = await screens();
    return () => (
      <ResourceEdit>
        <PeriodReportEditForm />
      </ResourceEdit>
    );
  }),
  create: lazyScreen(async () => {
    const [{ ResourceCreate }, { PeriodReportCreateForm, createTransform }] = await screens();
    return () => (
      <ResourceCreate transform={createTransform}>
        <PeriodReportCreateForm />
      </ResourceCreate>
    );
  }),
  // Short, for the page title on a phone, and the same in both languages: the unit and the period's days.
  recordRepresentation: (r) => `${(r.unit as { name?: string } | null)?.name ?? ''} · ${dayText(String(r.from))}–${dayText(String(r.to))}`,
  // The list's columns, the phone list's lines and the export; the computed sections (data, consolidated) and the narrative stay on the show page.
  listFields: ['unit.name', 'unitId', 'unitLevel', 'periodKind', 'periodIndex', 'year', 'from', 'to', 'status', 'number', 'title', 'isSample', 'createdAt', 'updatedAt'],
  messages,
};
