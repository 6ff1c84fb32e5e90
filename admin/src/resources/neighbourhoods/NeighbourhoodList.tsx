import { BooleanField, NumberField, SearchInput, SelectField, SelectInput, TextField } from 'react-admin';
import { enumChoices } from '../../common/enums';
import { ResourceList, type ExportColumn } from '../../common/ResourceList';
import { ProvinceInput, WardInput } from '../../common/UnitInputs';
import type { Neighbourhood } from '../../../../rules/contract';
import { ListDatagrid } from '../../common/ListDatagrid';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ProvinceInput key="provinceId" source="provinceId" alwaysOn />,
  <WardInput key="wardId" source="wardId" alwaysOn />,
  <SelectInput key="type" source="type" choices={enumChoices('NeighbourhoodType')} />,
];

const exportColumns: Array<ExportColumn<Neighbourhood>> = [
  { source: 'name' },
  { source: 'code' },
  { source: 'type', enum: 'NeighbourhoodType' },
  { source: 'ward.name' },
  { source: 'province.name' },
  { source: 'headName' },
  { source: 'households', type: 'number' },
  { source: 'population', type: 'number' },
  { source: 'isSample', type: 'boolean' },
];

export const NeighbourhoodList = () => (
  <ResourceList filters={filters} exportColumns={exportColumns} sort={{ field: 'name', order: 'ASC' }}>
    <ListDatagrid rowClick="show">
      <TextField source="name" />
      <TextField source="code" />
      <SelectField source="type" choices={enumChoices('NeighbourhoodType')} />
      <TextField source="ward.name" />
      <TextField source="province.name" />
      <TextField source="headName" />
      <NumberField source="households" />
      <NumberField source="population" />
      <BooleanField source="isSample" looseValue />
    </ListDatagrid>
  </ResourceList>
);
