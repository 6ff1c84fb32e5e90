import { BooleanField, Datagrid, NullableBooleanInput, SearchInput, SelectField, SelectInput, TextField } from 'react-admin';
import { DateTimeField } from '../../common/DateTimeField';
import { ResourceList, type ExportColumn } from '../../common/ResourceList';
import { ProvinceInput, WardInput } from '../../common/UnitInputs';
import type { Establishment } from '../../generated/graphql';
import { kindChoices } from './choices';

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
    <Datagrid rowClick="show">
      <TextField source="name" />
      <SelectField source="kind" choices={kindChoices} sortable={false} />
      <TextField source="neighbourhood.name" sortable={false} emptyText="—" />
      <TextField source="hostKeeper.name" sortable={false} emptyText="—" />
      <TextField source="hostKeeper.phone" sortable={false} emptyText="—" />
      <DateTimeField source="commitmentSignedOn" sortable={false} emptyText="—" />
      <BooleanField source="isSample" sortable={false} looseValue />
    </Datagrid>
  </ResourceList>
);
