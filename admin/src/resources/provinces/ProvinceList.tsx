import { Datagrid, List, SearchInput, SelectField, SelectInput, TextField } from 'react-admin';
import { enumChoices } from '../../common/enums';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="type" source="type" choices={enumChoices('ProvinceType')} alwaysOn />,
];

export const ProvinceList = () => (
  <List filters={filters} sort={{ field: 'name', order: 'ASC' }}>
    <Datagrid rowClick="show">
      <TextField source="name" />
      <TextField source="code" />
      <TextField source="shortCode" sortable={false} emptyText="—" />
      <SelectField source="type" choices={enumChoices('ProvinceType')} sortable={false} />
    </Datagrid>
  </List>
);
