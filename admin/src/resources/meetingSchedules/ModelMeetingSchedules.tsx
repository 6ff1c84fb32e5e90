import { CreateButton, NumberField, Pagination, ReferenceManyField, SelectField, useRecordContext } from 'react-admin';
import { EmptyNote } from '../../common/EmptyNote';
import { ListDatagrid } from '../../common/ListDatagrid';
import { LocalDateField } from '../../common/LocalDateField';
import { kindChoices } from '../meetings/MeetingForm';
import { recurrenceChoices } from './ScheduleForm';

/** A model's meeting schedules on the model's page (each opens its occurrences); "create" starts one for the model. */
export const ModelMeetingSchedules = () => {
  const model = useRecordContext<{ id: string }>();
  if (!model) return null;
  return (
    <>
      <CreateButton resource="meetingSchedules" state={{ record: { owner: 'MODEL', modelId: model.id } }} />
      <ReferenceManyField reference="meetingSchedules" target="modelId" label={false} sort={{ field: 'startsOn', order: 'ASC' }} pagination={<Pagination />}>
        <ListDatagrid rowClick="show" bulkActionButtons={false} empty={<EmptyNote message="resources.meetingSchedules.none" />}>
          <SelectField source="kind" choices={kindChoices} />
          <SelectField source="recurrence" choices={recurrenceChoices} />
          <NumberField source="dayOfMonth" />
          <LocalDateField source="startsOn" />
          <LocalDateField source="endsOn" />
        </ListDatagrid>
      </ReferenceManyField>
    </>
  );
};
