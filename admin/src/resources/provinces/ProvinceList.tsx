import { SearchInput, SelectField, SelectInput, TextField } from 'react-admin';
import { enumChoices } from '../../common/enums';
import { ResourceList, type ExportColumn } from '../../common/ResourceList';
import type { Province } from '../../../../rules/contract';
import { ListDatagrid } from '../../common/ListDatagrid';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="type" source="type" choices={enumChoices('ProvinceType')} alwaysOn />,
];

const exportColumns: Array<ExportColumn<Province>> = [{ source: 'name' }, { source: 'code' }, { source: 'shortCode' }, { source: 'type', enum: 'ProvinceType' }];

export const ProvinceList = () => (
  <ResourceList filters={filters} exportColumns={exportColumns} sort={{ field: 'name', order: 'ASC' }}>
    <ListDatagrid rowClick="show">
      <TextField source="name" />
      <TextField source="code" />
      <TextField source="shortCode" emptyText="—" />
      <SelectField source="type" choices={enumChoices('ProvinceType')} />
    </ListDatagrid>
  </ResourceList>
);
