import AssignmentIcon from '@mui/icons-material/Assignment';
import { ResourceCreate, ResourceEdit } from '../../common/ResourceEdit';
import type { ResourceConfig } from '../types';
import { messages } from './messages';
import { dayText } from './period';
import { PeriodReportCreateForm, PeriodReportEditForm, createTransform } from './PeriodReportForm';
import { PeriodReportList } from './PeriodReportList';
import { PeriodReportShow } from './PeriodReportShow';

export const periodReports: ResourceConfig = {
  name: 'periodReports',
  icon: AssignmentIcon,
  list: PeriodReportList,
  show: PeriodReportShow,
  edit: () => (
    <ResourceEdit>
      <PeriodReportEditForm />
    </ResourceEdit>
  ),
  create: () => (
    <ResourceCreate transform={createTransform}>
      <PeriodReportCreateForm />
    </ResourceCreate>
  ),
  // Short, for the page title on a phone, and the same in both languages: the unit and the period's days.
  recordRepresentation: (r) => `${(r.unit as { name?: string } | null)?.name ?? ''} · ${dayText(String(r.from))}–${dayText(String(r.to))}`,
  // Every row would be computed on the server; the list shows none of it.
  listOmit: ['data', 'consolidated'],
  messages,
};
