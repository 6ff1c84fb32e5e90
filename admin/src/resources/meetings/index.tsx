import EventNoteIcon from '@mui/icons-material/EventNote';
import { formatLocalDate } from '../../common/LocalDateField';
import { ResourceCreate, ResourceEdit } from '../../common/ResourceEdit';
import type { ResourceConfig } from '../types';
import { MeetingForm } from './MeetingForm';
import { MeetingList } from './MeetingList';
import { MeetingShow } from './MeetingShow';
import { messages } from './messages';

export const meetings: ResourceConfig = {
  name: 'meetings',
  icon: EventNoteIcon,
  list: MeetingList,
  show: MeetingShow,
  edit: () => (
    <ResourceEdit>
      <MeetingForm />
    </ResourceEdit>
  ),
  create: () => (
    <ResourceCreate>
      <MeetingForm creating />
    </ResourceCreate>
  ),
  recordRepresentation: (m) => `${formatLocalDate(m.heldOn as string)} · ${(m.model as { name?: string } | null)?.name ?? ''}`,
  messages,
};
