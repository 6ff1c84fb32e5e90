import { Box, Chip, Link as MuiLink, List, ListItem, ListItemText, Typography } from '@mui/material';
import {
  EditButton,
  Labeled,
  ReferenceField,
  SelectField,
  Show,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  useGetIdentity,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateTimeField } from '../../common/DateTimeField';
import { historyTab } from '../../common/RecordHistory';
import type { Report } from '../../../../rules/contract';
import { formatInstant } from '../../../../rules/dates';
import { QrDownloadButton } from '../establishments/QrDownloadButton';
import { categoryChoices, langChoices, sourceChoices } from './choices';
import { ReportStatusField } from './ReportStatusChip';
import { TriagePanel } from './TriagePanel';
import { asideBelowOnPhone } from '../../common/layout';

type ReportRecord = Report & { id: string };

/** The reporter's own words as plain text: React escapes them; line breaks are kept. */
const Description = () => {
  const record = useRecordContext<ReportRecord>();
  if (!record) return null;
  return (
    <Typography variant="body1" component="div" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', maxWidth: 800 }} data-testid="report-description">
      {record.description}
    </Typography>
  );
};

/** As the API's seesContact: the administrator, and officers who may triage the report. */
const SEES_CONTACTS = new Set(['ADMIN', 'PROVINCE_OFFICER', 'WARD_OFFICER']);

const Contact = () => {
  const record = useRecordContext<ReportRecord>();
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  if (!record) return null;
  // For an officer a missing contact means the reporter left none; for anyone else it is hidden.
  const role = String((identity as { role?: string } | undefined)?.role);
  if (!record.contact && SEES_CONTACTS.has(role) && (role === 'ADMIN' || record.access?.update)) {
    return <Typography variant="body2">{translate('resources.reports.contact_none')}</Typography>;
  }
  if (!record.contact) {
    return (
      <Typography variant="body2" color="text.secondary" fontStyle="italic" data-testid="contact-hidden">
        {translate('resources.reports.contact_hidden')}
      </Typography>
    );
  }
  const parts = [record.contact.name, record.contact.phone, record.contact.email].filter((p): p is string => !!p);
  return <Typography variant="body2">{parts.length ? parts.join(' · ') : translate('resources.reports.contact_none')}</Typography>;
};

const Location = () => {
  const record = useRecordContext<ReportRecord>();
  const translate = useTranslate();
  const loc = record?.location;
  if (!loc || (!loc.text && loc.lat == null)) return <Typography variant="body2">{translate('resources.reports.location_none')}</Typography>;
  return (
    <Typography variant="body2" component="div" sx={{ whiteSpace: 'pre-wrap' }}>
      {loc.text}
      {loc.lat != null && loc.lng != null && (
        <Box component="span" display="block">
          {loc.lat.toFixed(5)}, {loc.lng.toFixed(5)} ·{' '}
          <MuiLink href={`https://www.openstreetmap.org/?mlat=${loc.lat}&mlon=${loc.lng}#map=17/${loc.lat}/${loc.lng}`} target="_blank" rel="noopener noreferrer">
            {translate('resources.reports.open_map')}
          </MuiLink>
        </Box>
      )}
    </Typography>
  );
};

const ResponseTime = () => {
  const record = useRecordContext<ReportRecord>();
  const translate = useTranslate();
  const m = record?.responseMinutes;
  if (m == null) return <Typography variant="body2">—</Typography>;
  return (
    <Typography variant="body2">
      {m < 60 ? translate('resources.reports.minutes', { minutes: m }) : translate('resources.reports.hours_minutes', { hours: Math.floor(m / 60), minutes: m % 60 })}
    </Typography>
  );
};

const Substantiated = () => {
  const record = useRecordContext<ReportRecord>();
  const translate = useTranslate();
  if (record?.substantiated == null) return <Typography variant="body2">—</Typography>;
  return (
    <Chip
      size="small"
      variant="outlined"
      color={record.substantiated ? 'success' : 'default'}
      label={translate(record.substantiated ? 'resources.reports.yes' : 'resources.reports.no')}
    />
  );
};

/** The handling steps, oldest first, each with who, when and the note (plain text). */
const Steps = () => {
  const record = useRecordContext<ReportRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  if (record.steps.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('resources.reports.steps_empty')}
      </Typography>
    );
  }
  return (
    <List dense disablePadding data-testid="report-steps">
      {record.steps.map((step, i) => (
        <ListItem key={i} disableGutters alignItems="flex-start">
          <ListItemText
            primary={`${translate(`resources.reports.statuses.${step.status}`)} · ${translate('resources.reports.step_by', { name: step.byName })}`}
            secondary={
              <>
                {formatInstant(step.at, locale === 'en' ? 'en' : 'vi')}
                {step.note && (
                  <Box component="span" display="block" sx={{ whiteSpace: 'pre-wrap', color: 'text.primary' }}>
                    {step.note}
                  </Box>
                )}
              </>
            }
          />
        </ListItem>
      ))}
    </List>
  );
};

const ReportActions = () => {
  const record = useRecordContext<ReportRecord>();
  return (
    <TopToolbar>
      <QrDownloadButton unitId={record?.unitId} unitName={record?.unit?.name} />
      <EditButton />
    </TopToolbar>
  );
};

const ReportTitle = () => {
  const record = useRecordContext<ReportRecord>();
  const translate = useTranslate();
  return <span>{record ? `${translate('resources.reports.name', { smart_count: 1 })} ${record.code}` : ''}</span>;
};

export const ReportShow = () => (
  <Show aside={<TriagePanel />} actions={<ReportActions />} title={<ReportTitle />} sx={asideBelowOnPhone}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="app.common.details">
        <Box display="flex" gap={4} flexWrap="wrap">
          <Labeled>
            <TextField source="code" />
          </Labeled>
          <Labeled>
            <DateTimeField source="createdAt" showTime />
          </Labeled>
          <Labeled>
            <SelectField source="category" choices={categoryChoices} />
          </Labeled>
          <Labeled>
            <ReportStatusField source="status" />
          </Labeled>
        </Box>
        <Labeled source="description">
          <Description />
        </Labeled>
        <Box display="flex" gap={4} flexWrap="wrap">
          <Labeled>
            <SelectField source="lang" choices={langChoices} />
          </Labeled>
          <Labeled>
            <SelectField source="source" choices={sourceChoices} />
          </Labeled>
        </Box>
        <Box display="flex" gap={4} flexWrap="wrap">
          <Labeled>
            <TextField source="unit.name" emptyText="—" />
          </Labeled>
          <Labeled source="location">
            <Location />
          </Labeled>
        </Box>
        <Labeled source="contact">
          <Contact />
        </Labeled>
        <Box display="flex" gap={4} flexWrap="wrap">
          <Labeled source="establishmentId">
            <ReferenceField source="establishmentId" reference="establishments" link="show" emptyText="—">
              <TextField source="name" />
            </ReferenceField>
          </Labeled>
          <Labeled source="assignee">
            <TextField source="assignee.displayName" emptyText="resources.reports.unassigned" />
          </Labeled>
        </Box>
        <Box display="flex" gap={4} flexWrap="wrap">
          <Labeled>
            <DateTimeField source="dueAt" showTime />
          </Labeled>
          <Labeled>
            <DateTimeField source="respondedAt" showTime emptyText="—" />
          </Labeled>
          <Labeled source="responseMinutes">
            <ResponseTime />
          </Labeled>
          <Labeled>
            <DateTimeField source="closedAt" showTime emptyText="—" />
          </Labeled>
          <Labeled source="substantiated">
            <Substantiated />
          </Labeled>
        </Box>
        <Labeled source="steps">
          <Steps />
        </Labeled>
      </TabbedShowLayout.Tab>
      {historyTab}
    </TabbedShowLayout>
  </Show>
);
