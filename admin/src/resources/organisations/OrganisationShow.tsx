import { Button } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import {
  ArrayField,
  BooleanField,
  Datagrid,
  FunctionField,
  Link,
  NumberField,
  ReferenceField,
  SelectField,
  Show,
  TabbedShowLayout,
  TextField,
  useCanAccess,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { enumChoices } from '../../common/enums';
import { EmptyNote } from '../../common/EmptyNote';
import { historyTab } from '../../common/RecordHistory';
import type { Organisation } from '../../../../rules/contract';

/** Where it belongs: its ward (with the province), or "Cơ quan cấp tỉnh" of its province. */
const UnitText = () => {
  const record = useRecordContext<Organisation & { id: string }>();
  const translate = useTranslate();
  if (!record) return null;
  return <>{record.wardId ? record.unit?.name : `${translate('resources.organisations.province_level')} · ${record.unit?.name ?? ''}`}</>;
};

/** A new assessment of this organisation (the create form preselects a contact person's own). */
const NewAssessmentButton = () => {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'assessments', action: 'create' });
  if (!canAccess) return null;
  return (
    <Button component={Link} to="/assessments/create" startIcon={<AddIcon />} size="small" sx={{ m: 1 }} data-testid="new-assessment">
      {translate('resources.organisations.ratings.new')}
    </Button>
  );
};

export const OrganisationShow = () => (
  <Show>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="app.common.details">
        <TextField source="name" />
        <SelectField source="kind" choices={enumChoices('OrganisationKind')} />
        <FunctionField source="unitId" render={() => <UnitText />} />
        <TextField source="address" emptyText="—" />
        <TextField source="headName" emptyText="—" />
        <TextField source="headTitle" emptyText="—" />
        <TextField source="contactName" emptyText="—" />
        <TextField source="contactPhone" emptyText="—" />
        <TextField source="contactEmail" emptyText="—" />
        <TextField source="note" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
        <BooleanField source="isSample" looseValue />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.organisations.tabs.assessments" path="assessments">
        <NewAssessmentButton />
        <ArrayField source="assessments" label={false}>
          <Datagrid
            bulkActionButtons={false}
            rowClick={(id) => `/assessments/${id}/show`}
            empty={<EmptyNote message="resources.organisations.ratings.empty" sx={{ p: 2 }} />}
          >
            <ReferenceField source="programmeId" reference="programmes" link={false} label="resources.organisations.ratings.programme" sortable={false}>
              <TextField source="name" />
            </ReferenceField>
            <TextField source="year" label="resources.organisations.ratings.year" sortable={false} />
            <SelectField source="status" choices={enumChoices('AssessmentStatus')} label="resources.organisations.ratings.status" sortable={false} />
            <NumberField source="total" label="resources.organisations.ratings.total" sortable={false} />
          </Datagrid>
        </ArrayField>
      </TabbedShowLayout.Tab>
      {historyTab}
    </TabbedShowLayout>
  </Show>
);
