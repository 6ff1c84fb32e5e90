import { Datagrid, List, SearchInput, SelectField, SelectInput, TextField } from 'react-admin';
import { enumChoices } from '../../common/enums';
import { ProvinceInput } from '../../common/UnitInputs';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ProvinceInput key="provinceId" source="provinceId" alwaysOn />,
  <SelectInput key="type" source="type" choices={enumChoices('WardType')} alwaysOn />,
];

export const WardList = () => (
  <List filters={filters} sort={{ field: 'name', order: 'ASC' }}>
    <Datagrid rowClick="show">
      <TextField source="name" />
      <TextField source="code" />
      <SelectField source="type" choices={enumChoices('WardType')} sortable={false} />
      <TextField source="province.name" sortable={false} />
    </Datagrid>
  </List>
);
