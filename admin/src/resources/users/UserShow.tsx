import { DateField, SelectField, Show, TabbedShowLayout, TextField, useLocaleState } from 'react-admin';
import { enumChoices } from '../../common/enums';
import { historyTab } from '../../common/RecordHistory';
import { LockStatusField } from './LockField';
import { ScopeField } from './ScopeField';

export const UserShow = () => {
  const [locale] = useLocaleState();
  const locales = locale === 'en' ? 'en-GB' : 'vi-VN';
  return (
    <Show>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="app.common.details">
          <TextField source="username" />
          <TextField source="displayName" />
          <SelectField source="role" choices={enumChoices('Role')} />
          <ScopeField source="scopeUnitId" link />
          <LockStatusField label="resources.users.status.label" />
          <DateField source="lastLoginAt" showTime locales={locales} emptyText="—" />
          <DateField source="createdAt" showTime locales={locales} />
          <DateField source="updatedAt" showTime locales={locales} />
        </TabbedShowLayout.Tab>
        {historyTab}
      </TabbedShowLayout>
    </Show>
  );
};
