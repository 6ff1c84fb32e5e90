import { BooleanField, DateInput, FunctionField, SearchInput, SelectField, SelectInput, TextField } from 'react-admin';
import { ListDatagrid } from '../../common/ListDatagrid';
import { ResourceList, type ExportColumn } from '../../common/ResourceList';
import type { Meeting } from '../../../../rules/contract';
import { kindChoices } from './MeetingForm';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={kindChoices} />,
  <DateInput key="heldFrom" source="heldFrom" />,
  <DateInput key="heldTo" source="heldTo" />,
];

const exportColumns: Array<ExportColumn<Meeting>> = [
  { source: 'heldOn', type: 'date' },
  { source: 'kind', choices: kindChoices },
  { source: 'model.name' },
  { source: 'place' },
  { source: 'chair' },
  { source: 'attendees', value: (m) => m.attendees.join('; ') },
  { source: 'minutes' },
  { source: 'isSample', type: 'boolean' },
];

export const MeetingList = () => (
  <ResourceList filters={filters} exportColumns={exportColumns} sort={{ field: 'heldOn', order: 'DESC' }}>
    <ListDatagrid rowClick="show">
      <TextField source="heldOn" />
      <SelectField source="kind" choices={kindChoices} />
      <TextField source="model.name" emptyText="—" />
      <TextField source="place" emptyText="—" />
      <TextField source="chair" emptyText="—" />
      <FunctionField source="attendees" render={(m: Meeting) => m.attendees.length} />
      <BooleanField source="isSample" looseValue />
    </ListDatagrid>
  </ResourceList>
);
