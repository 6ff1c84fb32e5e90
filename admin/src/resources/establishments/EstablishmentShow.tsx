import { Typography } from '@mui/material';
import {
  ArrayField,
  BooleanField,
  Datagrid,
  EditButton,
  FunctionField,
  Labeled,
  NumberField,
  ReferenceField,
  ReferenceManyField,
  SelectField,
  Show,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { enumChoices } from '../../common/enums';
import { DateTimeField } from '../../common/DateTimeField';
import { EmptyNote } from '../../common/EmptyNote';
import { historyTab } from '../../common/RecordHistory';
import type { Establishment } from '../../../../rules/contract';
import { categoryChoices } from '../reports/choices';
import { overdueRowSx, ReportStatusField } from '../reports/ReportStatusChip';
import { kindChoices } from './choices';
import { QrDownloadButton } from './QrDownloadButton';
import { ListDatagrid } from '../../common/ListDatagrid';
import { LocationField } from '../../map';

/** The business's QR code is its neighbourhood's: a report made through it lands in that neighbourhood. */
const EstablishmentActions = () => {
  const record = useRecordContext<Establishment & { id: string }>();
  return (
    <TopToolbar>
      <QrDownloadButton unitId={record?.neighbourhoodId} unitName={record?.neighbourhood?.name ?? record?.name} />
      <EditButton />
    </TopToolbar>
  );
};

const HostKeeper = () => {
  const record = useRecordContext<Establishment>();
  const translate = useTranslate();
  if (!record) return null;
  if (!record.hostKeeper) return <Typography variant="body2">{translate('resources.establishments.no_host_keeper')}</Typography>;
  return (
    <Typography variant="body2">
      {record.hostKeeper.name}
      {record.hostKeeper.phone ? ` · ${record.hostKeeper.phone}` : ''}
    </Typography>
  );
};

export const EstablishmentShow = () => (
  <Show actions={<EstablishmentActions />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="app.common.details">
        <TextField source="name" />
        <SelectField source="kind" choices={kindChoices} />
        <TextField source="neighbourhood.name" emptyText="—" />
        <TextField source="ward.name" emptyText="—" />
        <TextField source="address" emptyText="—" />
        <LocationField label="map.location.title" />
        <TextField source="ownerName" emptyText="—" />
        <TextField source="ownerPhone" emptyText="—" />
        <DateTimeField source="commitmentSignedOn" emptyText="resources.establishments.not_signed" />
        <Labeled label="resources.establishments.fields.hostKeeper">
          <HostKeeper />
        </Labeled>
        <TextField source="note" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
        <BooleanField source="isSample" looseValue />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.establishments.tabs.reports" path="reports">
        <ReferenceManyField reference="reports" target="establishmentId" sort={{ field: 'createdAt', order: 'DESC' }} label={false}>
          <ListDatagrid rowClick="show" bulkActionButtons={false} rowSx={overdueRowSx} empty={<EmptyNote message="resources.establishments.no_reports" sx={{ p: 2 }} />}>
            <TextField source="code" />
            <DateTimeField source="createdAt" showTime />
            <SelectField source="category" choices={categoryChoices} />
            <ReportStatusField source="status" label="resources.reports.fields.status" />
            <DateTimeField source="dueAt" showTime />
          </ListDatagrid>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.establishments.tabs.ratings" path="ratings">
        <ArrayField source="ratings" label={false}>
          <Datagrid
            bulkActionButtons={false}
            rowClick={(id) => `/assessments/${id}/show`}
            empty={<EmptyNote message="resources.establishments.ratings.empty" sx={{ p: 2 }} />}
          >
            <ReferenceField source="programmeId" reference="programmes" link={false} label="resources.establishments.ratings.programme" sortable={false}>
              <TextField source="name" />
            </ReferenceField>
            <NumberField source="year" label="resources.establishments.ratings.year" sortable={false} />
            <NumberField source="quarter" label="resources.establishments.ratings.quarter" sortable={false} emptyText="—" />
            <SelectField source="status" choices={enumChoices('AssessmentStatus')} label="resources.establishments.ratings.status" sortable={false} />
            <NumberField source="total" label="resources.establishments.ratings.total" sortable={false} />
            <FunctionField label="resources.establishments.ratings.classification" sortable={false} render={(r: { classification?: string | null }) => r.classification ?? '—'} />
          </Datagrid>
        </ArrayField>
      </TabbedShowLayout.Tab>
      {historyTab}
    </TabbedShowLayout>
  </Show>
);
