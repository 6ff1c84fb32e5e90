import { SearchInput, SelectField, SelectInput, TextField } from 'react-admin';
import { enumChoices } from '../../common/enums';
import { ResourceList, type ExportColumn } from '../../common/ResourceList';
import { ProvinceInput } from '../../common/UnitInputs';
import type { Ward } from '../../../../rules/contract';
import { ListDatagrid } from '../../common/ListDatagrid';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ProvinceInput key="provinceId" source="provinceId" alwaysOn />,
  <SelectInput key="type" source="type" choices={enumChoices('WardType')} alwaysOn />,
];

const exportColumns: Array<ExportColumn<Ward>> = [{ source: 'name' }, { source: 'code' }, { source: 'type', enum: 'WardType' }, { source: 'province.name' }];

export const WardList = () => (
  <ResourceList filters={filters} exportColumns={exportColumns} sort={{ field: 'name', order: 'ASC' }}>
    <ListDatagrid rowClick="show">
      <TextField source="name" />
      <TextField source="code" />
      <SelectField source="type" choices={enumChoices('WardType')} />
      <TextField source="province.name" />
    </ListDatagrid>
  </ResourceList>
);
