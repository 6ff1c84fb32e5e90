import { SearchInput, SelectField, SelectInput, TextField, useTranslate } from 'react-admin';
import { enumChoices } from '../../common/enums';
import { ResourceList, type ExportColumn } from '../../common/ResourceList';
import { ProvinceInput, WardInput } from '../../common/UnitInputs';
import type { User } from '../../../../rules/contract';
import { LockIconField } from './LockField';
import { ScopeField } from './ScopeField';
import { ListDatagrid } from '../../common/ListDatagrid';
import { DateTimeField } from '../../common/DateTimeField';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={enumChoices('Role')} alwaysOn />,
  <ProvinceInput key="provinceId" source="provinceId" alwaysOn />,
  <WardInput key="wardId" source="wardId" alwaysOn />,
];

export const UserList = () => {
  const translate = useTranslate();
  // The scope as ScopeField shows it: an administrator's is the whole country.
  const exportColumns: Array<ExportColumn<User>> = [
    { source: 'username' },
    { source: 'displayName' },
    { source: 'role', enum: 'Role' },
    { source: 'scope.name', value: (u) => u.scope?.name ?? u.organisation?.name ?? (u.role === 'ADMIN' ? translate('resources.users.scope.nationwide') : null) },
    { source: 'disabled', type: 'boolean' },
    { source: 'lastLoginAt', type: 'datetime' },
  ];
  return (
    <ResourceList filters={filters} sort={{ field: 'username', order: 'ASC' }} exportColumns={exportColumns}>
      <ListDatagrid rowClick="show">
        <TextField source="username" />
        <TextField source="displayName" />
        <SelectField source="role" choices={enumChoices('Role')} />
        <ScopeField source="scope.name" />
        <LockIconField source="disabled" />
        <DateTimeField source="lastLoginAt" showTime emptyText="—" />
      </ListDatagrid>
    </ResourceList>
  );
};
