import EventNoteIcon from '@mui/icons-material/EventNote';
import { formatLocalDate } from '../../common/LocalDateField';
import { lazyScreen, type ResourceConfig } from '../types';
import { messages } from './messages';

const screens = () => Promise.all([import('../../common/ResourceEdit'), import('./MeetingForm')]);

export const meetings: ResourceConfig = {
  name: 'meetings',
  icon: EventNoteIcon,
  list: lazyScreen(async () => (await import('./MeetingList')).MeetingList),
  show: lazyScreen(async () => (await import('./MeetingShow')).MeetingShow),
  edit: lazyScreen(async () => {
    const [{ ResourceEdit }, { MeetingForm }] = await screens();
    return () => (
      <ResourceEdit>
        <MeetingForm />
      </ResourceEdit>
    );
  }),
  create: lazyScreen(async () => {
    const [{ ResourceCreate }, { MeetingForm, meetingTransform }] = await screens();
    return () => (
      <ResourceCreate transform={meetingTransform}>
        <MeetingForm creating />
      </ResourceCreate>
    );
  }),
  recordRepresentation: (m) => `${formatLocalDate(m.heldOn as string)} · ${(m.model as { name?: string } | null)?.name ?? (m.unit as { name?: string } | null)?.name ?? ''}`,
  // The list's and export's columns (the minutes are exported), a model's meetings table, recordRepresentation.
  listFields: ['heldOn', 'kind', 'model.name', 'modelId', 'unit.name', 'unitId', 'unitLevel', 'scheduleId', 'occurrenceOn', 'place', 'chair', 'attendees', 'minutes', 'decisions', 'isSample', 'createdAt', 'updatedAt'],
  messages,
};
