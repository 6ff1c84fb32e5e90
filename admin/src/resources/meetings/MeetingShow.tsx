import { Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { BooleanField, FunctionField, Labeled, ReferenceField, SelectField, Show, SimpleShowLayout, TextField, useTranslate } from 'react-admin';
import { LocalDateField, formatLocalDate } from '../../common/LocalDateField';
import { RecordHistory } from '../../common/RecordHistory';
import type { Meeting } from '../../../../rules/contract';
import { ScheduleName } from '../meetingSchedules/ScheduleName';
import { MeetingAttachments } from './MeetingAttachments';
import { kindChoices } from './MeetingForm';

const Attendees = ({ meeting }: { meeting: Meeting }) => {
  const translate = useTranslate();
  if (!meeting.attendees.length) return <Typography variant="body2">{translate('resources.meetings.no_attendees')}</Typography>;
  return (
    <Stack direction="row" flexWrap="wrap" gap={1}>
      {meeting.attendees.map((name, i) => (
        <Chip key={`${i}-${name}`} label={name} size="small" />
      ))}
    </Stack>
  );
};

const Decisions = ({ meeting }: { meeting: Meeting }) => {
  const translate = useTranslate();
  const f = (field: string) => translate(`resources.meetings.fields.decisions.${field}`);
  if (!meeting.decisions?.length) return <Typography variant="body2">{translate('resources.meetings.no_decisions')}</Typography>;
  return (
    <Table size="small" data-testid="meeting-decisions">
      <TableHead>
        <TableRow>
          {['text', 'owner', 'dueOn', 'doneOn'].map((c) => (
            <TableCell key={c}>{f(c)}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {meeting.decisions.map((d, i) => (
          <TableRow key={`${i}-${d.text}`}>
            <TableCell sx={{ whiteSpace: 'pre-line' }}>{d.text}</TableCell>
            <TableCell>{d.owner ?? '—'}</TableCell>
            <TableCell>{d.dueOn ? formatLocalDate(d.dueOn) : '—'}</TableCell>
            <TableCell>{d.doneOn ? formatLocalDate(d.doneOn) : '—'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

export const MeetingShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceField source="modelId" reference="models" link="show" emptyText="—" />
      <TextField source="unit.name" emptyText="—" />
      <SelectField source="kind" choices={kindChoices} />
      <LocalDateField source="heldOn" />
      <ReferenceField source="scheduleId" reference="meetingSchedules" link="show" emptyText="—">
        <ScheduleName />
      </ReferenceField>
      <LocalDateField source="occurrenceOn" />
      <TextField source="place" emptyText="—" />
      <TextField source="chair" emptyText="—" />
      <Labeled source="attendees">
        <FunctionField render={(m: Meeting) => <Attendees meeting={m} />} />
      </Labeled>
      <TextField source="minutes" emptyText="—" sx={{ whiteSpace: 'pre-line' }} />
      <Labeled source="decisions">
        <FunctionField render={(m: Meeting) => <Decisions meeting={m} />} />
      </Labeled>
      <MeetingAttachments />
      <BooleanField source="isSample" looseValue />
      <RecordHistory />
    </SimpleShowLayout>
  </Show>
);
