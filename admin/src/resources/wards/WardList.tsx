import { Datagrid, SearchInput, SelectField, SelectInput, TextField } from 'react-admin';
import { enumChoices } from '../../common/enums';
import { ResourceList, type ExportColumn } from '../../common/ResourceList';
import { ProvinceInput } from '../../common/UnitInputs';
import type { Ward } from '../../generated/graphql';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ProvinceInput key="provinceId" source="provinceId" alwaysOn />,
  <SelectInput key="type" source="type" choices={enumChoices('WardType')} alwaysOn />,
];

const exportColumns: Array<ExportColumn<Ward>> = [{ source: 'name' }, { source: 'code' }, { source: 'type', enum: 'WardType' }, { source: 'province.name' }];

export const WardList = () => (
  <ResourceList filters={filters} exportColumns={exportColumns} sort={{ field: 'name', order: 'ASC' }}>
    <Datagrid rowClick="show">
      <TextField source="name" />
      <TextField source="code" />
      <SelectField source="type" choices={enumChoices('WardType')} sortable={false} />
      <TextField source="province.name" sortable={false} />
    </Datagrid>
  </ResourceList>
);
