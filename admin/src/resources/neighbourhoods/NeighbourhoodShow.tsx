import {
  BooleanField,
  DateField,
  NumberField,
  ReferenceManyField,
  SelectField,
  Show,
  TabbedShowLayout,
  TextField,
  EmailField,
} from 'react-admin';
import { enumChoices } from '../../common/enums';
import { historyTab } from '../../common/RecordHistory';
import { AliasesField, LocationField } from '../../map';
import { ListDatagrid } from '../../common/ListDatagrid';
import { NeighbourhoodHouseholds } from './NeighbourhoodHouseholds';

export const NeighbourhoodShow = () => (
  <Show>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="app.common.details">
        <TextField source="name" />
        <TextField source="code" />
        <SelectField source="type" choices={enumChoices('NeighbourhoodType')} />
        <TextField source="ward.name" />
        <TextField source="province.name" />
        <TextField source="headName" emptyText="—" />
        <TextField source="headPhone" emptyText="—" />
        <NumberField source="households" emptyText="—" />
        <NumberField source="population" emptyText="—" />
        <DateField source="rearrangedOn" emptyText="—" />
        <TextField source="phone" emptyText="—" />
        <EmailField source="email" emptyText="—" />
        <TextField source="address" emptyText="—" />
        <TextField source="note" emptyText="—" />
        <AliasesField label="map.aliases.title" />
        <LocationField label="map.location.title" />
        <BooleanField source="isSample" looseValue />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.householdCommitments.panel.title" path="households">
        <NeighbourhoodHouseholds />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.neighbourhoods.tabs.models" path="models">
        <ReferenceManyField reference="models" target="neighbourhoodId" label={false}>
          <ListDatagrid rowClick="show" bulkActionButtons={false}>
            <TextField source="name" />
            <SelectField source="category" choices={enumChoices('ModelCategory')} />
            <SelectField source="status" choices={enumChoices('ModelStatus')} />
          </ListDatagrid>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.neighbourhoods.tabs.assessments" path="assessments">
        <ReferenceManyField reference="assessments" target="neighbourhoodId" label={false}>
          <ListDatagrid rowClick="show" bulkActionButtons={false}>
            <TextField source="programme.name" />
            <NumberField source="year" />
            <SelectField source="status" choices={enumChoices('AssessmentStatus')} />
            <NumberField source="total" />
            <TextField source="classification" emptyText="—" />
          </ListDatagrid>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
      {historyTab}
    </TabbedShowLayout>
  </Show>
);
