import { CreateButton, Pagination, ReferenceManyField, SelectField, TextField, useRecordContext } from 'react-admin';
import { EmptyNote } from '../../common/EmptyNote';
import { ListDatagrid } from '../../common/ListDatagrid';
import { LocalDateField } from '../../common/LocalDateField';
import { kindChoices } from './MeetingForm';

/** A model's meetings, newest first, on the model's page; "create" opens the form with the model chosen. */
export const ModelMeetings = () => {
  const model = useRecordContext<{ id: string }>();
  if (!model) return null;
  return (
    <>
      <CreateButton resource="meetings" state={{ record: { modelId: model.id } }} />
      <ReferenceManyField reference="meetings" target="modelId" label={false} sort={{ field: 'heldOn', order: 'DESC' }} pagination={<Pagination />}>
        <ListDatagrid rowClick="show" bulkActionButtons={false} empty={<EmptyNote message="resources.meetings.none" />}>
          <LocalDateField source="heldOn" />
          <SelectField source="kind" choices={kindChoices} />
          <TextField source="place" emptyText="—" />
          <TextField source="chair" emptyText="—" />
        </ListDatagrid>
      </ReferenceManyField>
    </>
  );
};
