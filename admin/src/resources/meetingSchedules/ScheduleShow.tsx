import { BooleanField, NumberField, ReferenceField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { LocalDateField } from '../../common/LocalDateField';
import { RecordHistory } from '../../common/RecordHistory';
import { kindChoices } from '../meetings/MeetingForm';
import { Occurrences } from './Occurrences';
import { recurrenceChoices } from './ScheduleForm';

export const ScheduleShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceField source="modelId" reference="models" link="show" emptyText="—" />
      <TextField source="unit.name" emptyText="—" />
      <SelectField source="kind" choices={kindChoices} />
      <SelectField source="recurrence" choices={recurrenceChoices} />
      <NumberField source="dayOfMonth" />
      <NumberField source="month" emptyText="—" />
      <LocalDateField source="startsOn" />
      <LocalDateField source="endsOn" />
      <NumberField source="minutesGraceDays" />
      <TextField source="note" emptyText="—" sx={{ whiteSpace: 'pre-line' }} />
      <BooleanField source="isSample" looseValue />
      <Occurrences />
      <RecordHistory />
    </SimpleShowLayout>
  </Show>
);
