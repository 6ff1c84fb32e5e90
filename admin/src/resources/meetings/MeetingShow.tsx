import { Chip, Stack, Typography } from '@mui/material';
import { BooleanField, FunctionField, Labeled, ReferenceField, SelectField, Show, SimpleShowLayout, TextField, useTranslate } from 'react-admin';
import { LocalDateField } from '../../common/LocalDateField';
import { RecordHistory } from '../../common/RecordHistory';
import type { Meeting } from '../../../../rules/contract';
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

export const MeetingShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceField source="modelId" reference="models" link="show" />
      <SelectField source="kind" choices={kindChoices} />
      <LocalDateField source="heldOn" />
      <TextField source="place" emptyText="—" />
      <TextField source="chair" emptyText="—" />
      <Labeled source="attendees">
        <FunctionField render={(m: Meeting) => <Attendees meeting={m} />} />
      </Labeled>
      <TextField source="minutes" emptyText="—" sx={{ whiteSpace: 'pre-line' }} />
      <BooleanField source="isSample" looseValue />
      <RecordHistory />
    </SimpleShowLayout>
  </Show>
);
