import { SelectField, Show, TabbedShowLayout, TextField } from 'react-admin';
import { enumChoices } from '../../common/enums';
import { historyTab } from '../../common/RecordHistory';
import { LockStatusField } from './LockField';
import { ScopeField } from './ScopeField';
import { DateTimeField } from '../../common/DateTimeField';

export const UserShow = () => {
  return (
    <Show>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="app.common.details">
          <TextField source="username" />
          <TextField source="displayName" />
          <SelectField source="role" choices={enumChoices('Role')} />
          <ScopeField source="scopeUnitId" link />
          <LockStatusField label="resources.users.status.label" />
          <DateTimeField source="lastLoginAt" showTime emptyText="—" />
          <DateTimeField source="createdAt" showTime />
          <DateTimeField source="updatedAt" showTime />
        </TabbedShowLayout.Tab>
        {historyTab}
      </TabbedShowLayout>
    </Show>
  );
};
