import { AutocompleteInput, BooleanField, NumberField, ReferenceInput, SearchInput, SelectField, SelectInput, TextField } from 'react-admin';
import { LocalDateField } from '../../common/LocalDateField';
import { ListDatagrid } from '../../common/ListDatagrid';
import { ResourceList, type ExportColumn } from '../../common/ResourceList';
import { WardInput } from '../../common/UnitInputs';
import type { MeetingSchedule } from '../../../../rules/contract';
import { kindChoices } from '../meetings/MeetingForm';
import { recurrenceChoices } from './ScheduleForm';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="modelId" source="modelId" reference="models">
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => (q ? { q } : {})} sx={{ minWidth: 240 }} />
  </ReferenceInput>,
  <WardInput key="wardId" source="wardId" />,
  <SelectInput key="kind" source="kind" choices={kindChoices} />,
  <SelectInput key="recurrence" source="recurrence" choices={recurrenceChoices} />,
];

const exportColumns: Array<ExportColumn<MeetingSchedule>> = [
  { source: 'model.name' },
  { source: 'unit.name' },
  { source: 'kind', choices: kindChoices },
  { source: 'recurrence', choices: recurrenceChoices },
  { source: 'dayOfMonth' },
  { source: 'month' },
  { source: 'startsOn', type: 'date' },
  { source: 'endsOn', type: 'date' },
  { source: 'minutesGraceDays' },
  { source: 'note' },
  { source: 'isSample', type: 'boolean' },
];

export const ScheduleList = () => (
  <ResourceList filters={filters} exportColumns={exportColumns} sort={{ field: 'startsOn', order: 'ASC' }}>
    <ListDatagrid rowClick="show">
      <TextField source="model.name" emptyText="—" />
      <TextField source="unit.name" emptyText="—" />
      <SelectField source="kind" choices={kindChoices} />
      <SelectField source="recurrence" choices={recurrenceChoices} />
      <NumberField source="dayOfMonth" />
      <LocalDateField source="startsOn" />
      <BooleanField source="isSample" looseValue />
    </ListDatagrid>
  </ResourceList>
);
