import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import { lazyScreen, type ResourceConfig } from '../types';
import { messages } from './messages';

const screens = () => Promise.all([import('../../common/ResourceEdit'), import('./ScheduleForm')]);

export const meetingSchedules: ResourceConfig = {
  name: 'meetingSchedules',
  icon: EventRepeatIcon,
  list: lazyScreen(async () => (await import('./ScheduleList')).ScheduleList),
  show: lazyScreen(async () => (await import('./ScheduleShow')).ScheduleShow),
  edit: lazyScreen(async () => {
    const [{ ResourceEdit }, { ScheduleForm }] = await screens();
    return () => (
      <ResourceEdit>
        <ScheduleForm />
      </ResourceEdit>
    );
  }),
  create: lazyScreen(async () => {
    const [{ ResourceCreate }, { ScheduleForm, scheduleTransform }] = await screens();
    return () => (
      <ResourceCreate transform={scheduleTransform}>
        <ScheduleForm creating />
      </ResourceCreate>
    );
  }),
  recordRepresentation: (s) => `${(s.model as { name?: string } | null)?.name ?? (s.unit as { name?: string } | null)?.name ?? ''} · ${String(s.recurrence ?? '')} ${String(s.dayOfMonth ?? '')}`,
  listFields: ['model.name', 'modelId', 'unit.name', 'unitId', 'unitLevel', 'provinceId', 'wardId', 'neighbourhoodId', 'kind', 'recurrence', 'dayOfMonth', 'month', 'startsOn', 'endsOn', 'minutesGraceDays', 'note', 'isSample', 'createdAt', 'updatedAt'],
  messages,
};
