import { Datagrid, DateField, List, SearchInput, SelectField, SelectInput, TextField, useLocaleState } from 'react-admin';
import { enumChoices } from '../../common/enums';
import { ProvinceInput, WardInput } from '../../common/UnitInputs';
import { LockIconField } from './LockField';
import { ScopeField } from './ScopeField';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={enumChoices('Role')} alwaysOn />,
  <ProvinceInput key="provinceId" source="provinceId" alwaysOn />,
  <WardInput key="wardId" source="wardId" alwaysOn />,
];

export const UserList = () => {
  const [locale] = useLocaleState();
  return (
    <List filters={filters} sort={{ field: 'username', order: 'ASC' }}>
      <Datagrid rowClick="show">
        <TextField source="username" />
        <TextField source="displayName" />
        <SelectField source="role" choices={enumChoices('Role')} />
        <ScopeField source="scope.name" sortable={false} />
        <LockIconField source="disabled" sortable={false} />
        <DateField source="lastLoginAt" showTime locales={locale === 'en' ? 'en-GB' : 'vi-VN'} sortable={false} emptyText="—" />
      </Datagrid>
    </List>
  );
};
