import { Pagination, ReferenceManyField, SelectField, Show, TabbedShowLayout, TextField } from 'react-admin';
import { enumChoices } from '../../common/enums';
import { historyTab } from '../../common/RecordHistory';
import { ProvinceTitle } from './ProvinceTitle';
import { ListDatagrid } from '../../common/ListDatagrid';

export const ProvinceShow = () => (
  <Show title={<ProvinceTitle />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="app.common.details">
        <TextField source="name" />
        <TextField source="code" />
        <TextField source="shortCode" emptyText="—" />
        <SelectField source="type" choices={enumChoices('ProvinceType')} />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.provinces.tabs.wards" path="wards">
        <ReferenceManyField reference="wards" target="provinceId" label={false} sort={{ field: 'name', order: 'ASC' }} perPage={25} pagination={<Pagination />}>
          <ListDatagrid rowClick="show" bulkActionButtons={false}>
            <TextField source="name" />
            <TextField source="code" />
            <SelectField source="type" choices={enumChoices('WardType')} />
          </ListDatagrid>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
      {historyTab}
    </TabbedShowLayout>
  </Show>
);
