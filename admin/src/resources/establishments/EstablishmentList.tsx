import { BooleanField, NullableBooleanInput, SearchInput, SelectField, SelectInput, TextField } from 'react-admin';
import { DateTimeField } from '../../common/DateTimeField';
import { ResourceList, type ExportColumn } from '../../common/ResourceList';
import { ProvinceInput, WardInput } from '../../common/UnitInputs';
import type { Establishment } from '../../../../rules/contract';
import { kindChoices } from './choices';
import { ListDatagrid } from '../../common/ListDatagrid';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ProvinceInput key="provinceId" source="provinceId" alwaysOn />,
  <WardInput key="wardId" source="wardId" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={kindChoices} />,
  <NullableBooleanInput
    key="committed"
    source="committed"
    trueLabel="resources.establishments.committed.yes"
    falseLabel="resources.establishments.committed.no"
    nullLabel="resources.establishments.committed.any"
    sx={{ minWidth: 200 }}
  />,
];

const exportColumns: Array<ExportColumn<Establishment>> = [
  { source: 'name' },
  { source: 'kind', choices: kindChoices },
  { source: 'neighbourhood.name' },
  { source: 'hostKeeper.name' },
  { source: 'hostKeeper.phone' },
  { source: 'commitmentSignedOn', type: 'date' },
  { source: 'isSample', type: 'boolean' },
];

export const EstablishmentList = () => (
  <ResourceList filters={filters} exportColumns={exportColumns} sort={{ field: 'name', order: 'ASC' }}>
    <ListDatagrid rowClick="show">
      <TextField source="name" />
      <SelectField source="kind" choices={kindChoices} />
      <TextField source="neighbourhood.name" emptyText="—" />
      <TextField source="hostKeeper.name" emptyText="—" />
      <TextField source="hostKeeper.phone" emptyText="—" />
      <DateTimeField source="commitmentSignedOn" emptyText="—" />
      <BooleanField source="isSample" looseValue />
    </ListDatagrid>
  </ResourceList>
);
