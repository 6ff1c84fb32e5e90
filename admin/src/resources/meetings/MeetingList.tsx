import { AutocompleteInput, BooleanField, DateInput, FunctionField, ReferenceInput, SearchInput, SelectField, SelectInput, TextField } from 'react-admin';
import { LocalDateField } from '../../common/LocalDateField';
import { WardInput } from '../../common/UnitInputs';
import { ListDatagrid } from '../../common/ListDatagrid';
import { ResourceList, type ExportColumn } from '../../common/ResourceList';
import type { Meeting } from '../../../../rules/contract';
import { kindChoices } from './MeetingForm';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="modelId" source="modelId" reference="models">
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => (q ? { q } : {})} sx={{ minWidth: 240 }} />
  </ReferenceInput>,
  <WardInput key="wardId" source="wardId" />,
  <SelectInput key="kind" source="kind" choices={kindChoices} />,
  <DateInput key="heldFrom" source="heldFrom" />,
  <DateInput key="heldTo" source="heldTo" />,
];

const exportColumns: Array<ExportColumn<Meeting>> = [
  { source: 'heldOn', type: 'date' },
  { source: 'kind', choices: kindChoices },
  { source: 'model.name' },
  { source: 'unit.name' },
  { source: 'place' },
  { source: 'chair' },
  { source: 'attendees', value: (m) => m.attendees.join('; ') },
  { source: 'minutes' },
  { source: 'decisions', value: (m) => (m.decisions ?? []).map((d) => [d.text, d.owner, d.dueOn].filter(Boolean).join(' – ')).join('; ') },
  { source: 'isSample', type: 'boolean' },
];

export const MeetingList = () => (
  <ResourceList filters={filters} exportColumns={exportColumns} sort={{ field: 'heldOn', order: 'DESC' }}>
    <ListDatagrid rowClick="show">
      <LocalDateField source="heldOn" />
      <SelectField source="kind" choices={kindChoices} />
      <TextField source="model.name" emptyText="—" />
      <TextField source="unit.name" emptyText="—" />
      <TextField source="place" emptyText="—" />
      <TextField source="chair" emptyText="—" />
      <FunctionField source="attendees" render={(m: Meeting) => m.attendees.length} />
      <BooleanField source="isSample" looseValue />
    </ListDatagrid>
  </ResourceList>
);
