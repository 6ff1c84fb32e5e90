import { NumberField, Pagination, ReferenceField, ReferenceManyField, SelectField, Show, TabbedShowLayout, TextField } from 'react-admin';
import { enumChoices } from '../../common/enums';
import { historyTab } from '../../common/RecordHistory';
import { WardTitle } from './WardTitle';
import { ListDatagrid } from '../../common/ListDatagrid';
import { AliasesField, LocationField } from '../../map';

export const WardShow = () => (
  <Show title={<WardTitle />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="app.common.details">
        <TextField source="name" />
        <TextField source="code" />
        <SelectField source="type" choices={enumChoices('WardType')} />
        <ReferenceField source="provinceId" reference="provinces" link="show" emptyText="—" />
        <AliasesField label="map.aliases.title" />
        <LocationField label="map.location.title" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.wards.tabs.neighbourhoods" path="neighbourhoods">
        <ReferenceManyField reference="neighbourhoods" target="wardId" label={false} sort={{ field: 'name', order: 'ASC' }} perPage={25} pagination={<Pagination />}>
          <ListDatagrid rowClick="show" bulkActionButtons={false}>
            <TextField source="name" />
            <TextField source="code" />
            <SelectField source="type" choices={enumChoices('NeighbourhoodType')} />
            <TextField source="headName" emptyText="—" />
            <NumberField source="households" emptyText="—" />
            <NumberField source="population" emptyText="—" />
          </ListDatagrid>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.wards.tabs.models" path="models">
        <ReferenceManyField reference="models" target="wardId" label={false} sort={{ field: 'name', order: 'ASC' }} perPage={25} pagination={<Pagination />}>
          <ListDatagrid rowClick="show" bulkActionButtons={false}>
            <TextField source="name" />
            <SelectField source="category" choices={enumChoices('ModelCategory')} />
            <TextField source="unit.name" label="app.units.unit" emptyText="—" />
            <SelectField source="status" choices={enumChoices('ModelStatus')} />
          </ListDatagrid>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
      {historyTab}
    </TabbedShowLayout>
  </Show>
);
