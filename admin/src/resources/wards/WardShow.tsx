import { Datagrid, NumberField, Pagination, ReferenceField, ReferenceManyField, SelectField, Show, TabbedShowLayout, TextField } from 'react-admin';
import { enumChoices } from '../../common/enums';
import { historyTab } from '../../common/RecordHistory';
import { WardTitle } from './WardTitle';

export const WardShow = () => (
  <Show title={<WardTitle />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="app.common.details">
        <TextField source="name" />
        <TextField source="code" />
        <SelectField source="type" choices={enumChoices('WardType')} />
        <ReferenceField source="provinceId" reference="provinces" link="show" emptyText="—" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.wards.tabs.neighbourhoods" path="neighbourhoods">
        <ReferenceManyField reference="neighbourhoods" target="wardId" label={false} sort={{ field: 'name', order: 'ASC' }} perPage={25} pagination={<Pagination />}>
          <Datagrid rowClick="show" bulkActionButtons={false}>
            <TextField source="name" />
            <TextField source="code" />
            <SelectField source="type" choices={enumChoices('NeighbourhoodType')} sortable={false} />
            <TextField source="headName" sortable={false} emptyText="—" />
            <NumberField source="households" emptyText="—" />
            <NumberField source="population" emptyText="—" />
          </Datagrid>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.wards.tabs.models" path="models">
        <ReferenceManyField reference="models" target="wardId" label={false} sort={{ field: 'name', order: 'ASC' }} perPage={25} pagination={<Pagination />}>
          <Datagrid rowClick="show" bulkActionButtons={false}>
            <TextField source="name" />
            <SelectField source="category" choices={enumChoices('ModelCategory')} sortable={false} />
            <TextField source="unit.name" label="app.units.unit" sortable={false} emptyText="—" />
            <SelectField source="status" choices={enumChoices('ModelStatus')} />
          </Datagrid>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
      {historyTab}
    </TabbedShowLayout>
  </Show>
);
