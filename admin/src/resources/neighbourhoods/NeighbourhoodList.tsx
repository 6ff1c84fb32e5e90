import { BooleanField, Datagrid, List, NumberField, SearchInput, SelectField, SelectInput, TextField } from 'react-admin';
import { enumChoices } from '../../common/enums';
import { ProvinceInput, WardInput } from '../../common/UnitInputs';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ProvinceInput key="provinceId" source="provinceId" alwaysOn />,
  <WardInput key="wardId" source="wardId" alwaysOn />,
  <SelectInput key="type" source="type" choices={enumChoices('NeighbourhoodType')} />,
];

export const NeighbourhoodList = () => (
  <List filters={filters} sort={{ field: 'name', order: 'ASC' }}>
    <Datagrid rowClick="show">
      <TextField source="name" />
      <TextField source="code" />
      <SelectField source="type" choices={enumChoices('NeighbourhoodType')} />
      <TextField source="ward.name" sortable={false} />
      <TextField source="province.name" sortable={false} />
      <TextField source="headName" sortable={false} />
      <NumberField source="households" />
      <NumberField source="population" />
      <BooleanField source="isSample" sortable={false} looseValue />
    </Datagrid>
  </List>
);
