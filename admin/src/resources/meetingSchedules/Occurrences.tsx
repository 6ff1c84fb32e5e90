/**
 * A schedule's expected meetings between two days, each with its state (rules/meeting-schedules.ts
 * in the API) and the meeting recorded for it, or a button to record it with the day filled in.
 */
import { useState } from 'react';
import { gql } from '@apollo/client';
import { useQuery } from '@tanstack/react-query';
import { Alert, Box, Button, List, ListItem, ListItemText, Stack, TextField as MuiTextField, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useRecordContext, useTranslate } from 'react-admin';
import type { MeetingSchedule, OccurrenceState } from '../../../../rules/contract';
import { vietnamDay } from '../../../../rules/dates';
import { addDays } from '../../../../rules/periods';
import { formatLocalDate } from '../../common/LocalDateField';
import { run } from '../../providers/api';
import { OccurrenceChip } from './states';

const OCCURRENCES = gql`
  query ScheduleOccurrences($id: ID!, $from: LocalDate, $to: LocalDate) {
    meetingSchedule(id: $id) {
      id
      occurrences(from: $from, to: $to) { on state meeting { id heldOn } }
    }
  }
`;
type Row = { on: string; state: OccurrenceState; meeting: { id: string; heldOn: string } | null };
const S = 'resources.meetingSchedules';

export const Occurrences = () => {
  const schedule = useRecordContext<MeetingSchedule>();
  const translate = useTranslate();
  const today = vietnamDay(new Date());
  const [from, setFrom] = useState(addDays(today, -365));
  const [to, setTo] = useState(addDays(today, 90));
  const query = useQuery({
    queryKey: ['meetingSchedules', 'occurrences', schedule?.id, from, to],
    enabled: !!schedule?.id && !!from && !!to,
    queryFn: () => run<{ meetingSchedule: { occurrences: Row[] } | null }>(OCCURRENCES, { id: schedule?.id, from, to }),
  });
  if (!schedule) return null;
  const rows = query.data?.meetingSchedule?.occurrences ?? [];
  const record = (on: string) => ({
    kind: schedule.kind,
    heldOn: on,
    scheduleId: schedule.id,
    occurrenceOn: on,
    ...(schedule.modelId ? { owner: 'MODEL', modelId: schedule.modelId } : { owner: 'UNIT', provinceId: schedule.provinceId, wardId: schedule.wardId, neighbourhoodId: schedule.neighbourhoodId, unitId: schedule.unitId }),
  });
  return (
    <Stack gap={1} data-testid="schedule-occurrences">
      <Typography variant="subtitle1" fontWeight={600}>
        {translate(`${S}.fields.occurrences`)}
      </Typography>
      <Box display="flex" gap={2} flexWrap="wrap">
        <MuiTextField type="date" size="small" label={translate(`${S}.from`)} value={from} onChange={(e) => setFrom(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
        <MuiTextField type="date" size="small" label={translate(`${S}.to`)} value={to} onChange={(e) => setTo(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
      </Box>
      {query.error && <Alert severity="warning">{(query.error as Error).message}</Alert>}
      {!query.isPending && !rows.length && (
        <Typography variant="body2" color="text.secondary">
          {translate(`${S}.no_occurrences`)}
        </Typography>
      )}
      <List dense disablePadding>
        {rows.map((o) => (
          <ListItem key={o.on} divider data-testid="occurrence" data-state={o.state} sx={{ gap: 1, flexWrap: 'wrap', px: 0 }}>
            <ListItemText primary={formatLocalDate(o.on)} sx={{ flex: '0 0 120px' }} />
            <OccurrenceChip state={o.state} />
            <Box flex={1} />
            {o.meeting ? (
              <Button size="small" component={Link} to={`/meetings/${encodeURIComponent(o.meeting.id)}/show`}>
                {formatLocalDate(o.meeting.heldOn)}
              </Button>
            ) : (
              o.state !== 'UPCOMING' &&
              schedule.access?.update && (
                <Button size="small" variant="outlined" component={Link} to="/meetings/create" state={{ record: record(o.on) }}>
                  {translate(`${S}.record`)}
                </Button>
              )
            )}
          </ListItem>
        ))}
      </List>
    </Stack>
  );
};
