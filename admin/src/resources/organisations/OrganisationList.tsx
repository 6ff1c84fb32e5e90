import { BooleanField, BooleanInput, SearchInput, SelectField, SelectInput, TextField } from 'react-admin';
import { enumChoices } from '../../common/enums';
import { ListDatagrid } from '../../common/ListDatagrid';
import { ResourceList, type ExportColumn } from '../../common/ResourceList';
import { ProvinceInput, WardInput } from '../../common/UnitInputs';
import type { Organisation } from '../../../../rules/contract';

const kindChoices = enumChoices('OrganisationKind');

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ProvinceInput key="provinceId" source="provinceId" alwaysOn />,
  <WardInput key="wardId" source="wardId" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={kindChoices} />,
  <BooleanInput key="provinceOnly" source="provinceOnly" />,
];

// Also the phone card: the name, then its kind and where it belongs.
const exportColumns: Array<ExportColumn<Organisation>> = [
  { source: 'name' },
  { source: 'kind', choices: kindChoices },
  { source: 'unit.name' },
  { source: 'headName' },
  { source: 'contactName' },
  { source: 'contactPhone' },
  { source: 'isSample', type: 'boolean' },
];

export const OrganisationList = () => (
  <ResourceList filters={filters} exportColumns={exportColumns} sort={{ field: 'name', order: 'ASC' }}>
    <ListDatagrid rowClick="show">
      <TextField source="name" />
      <SelectField source="kind" choices={kindChoices} />
      <TextField source="unit.name" sortable={false} emptyText="—" />
      <TextField source="headName" emptyText="—" />
      <TextField source="contactName" emptyText="—" />
      <TextField source="contactPhone" emptyText="—" />
      <BooleanField source="isSample" looseValue />
    </ListDatagrid>
  </ResourceList>
);
