/**
 * Sending a report up the tree: its status, a button for each step the API says the caller may
 * take now (allowedActions: SUBMIT by the unit, ACCEPT or RETURN by the level above), a note
 * dialog (a RETURN says what to complete), and the steps taken so far.
 */
import { useState } from 'react';
import { Box, Button, Card, CardContent, Dialog, DialogActions, DialogContent, DialogTitle, List, ListItem, ListItemText, TextField, Typography } from '@mui/material';
import { useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { PeriodReport, PeriodReportAction } from '../../../../rules/contract';
import { transitionPeriodReport } from './api';
import { useInstant } from './ComputedSections';
import { ReportStatusChip } from './StatusChip';

const BUTTON_COLOR: Record<PeriodReportAction, 'primary' | 'success' | 'warning'> = { SUBMIT: 'primary', ACCEPT: 'success', RETURN: 'warning' };
/** The API refuses a RETURN without a note: the drafters act on it. */
const NOTE_REQUIRED: readonly PeriodReportAction[] = ['RETURN'];

export const WorkflowPanel = () => {
  const record = useRecordContext<PeriodReport & { id: string }>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const instant = useInstant();
  const [action, setAction] = useState<PeriodReportAction | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  if (!record) return null;

  const w = 'resources.periodReports.workflow';
  const label = (a: PeriodReportAction) => translate(`resources.periodReports.actions.${a}`);
  const noteMissing = action !== null && NOTE_REQUIRED.includes(action) && !note.trim();
  const confirm = async () => {
    if (!action || noteMissing) return;
    setBusy(true);
    try {
      const result = await transitionPeriodReport(record.id, action, note.trim() || null, record.version);
      notify(`${w}.done`, { type: 'success', messageArgs: { status: translate(`resources.periodReports.statuses.${result.status}`) } });
      setAction(null);
      setNote('');
      refresh();
    } catch (e) {
      const error = e as { message?: string; body?: { detail?: string } };
      notify(error.message ?? 'ra.notification.http_error', { type: 'error' });
      if (error.body?.detail) notify(error.body.detail, { type: 'error', messageArgs: { _: error.body.detail } });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card sx={{ width: { xs: '100%', md: 320 }, ml: { md: 2 }, mb: { xs: 2, md: 0 }, flexShrink: 0, alignSelf: 'flex-start' }} data-testid="workflow-panel">
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {translate(`${w}.title`)}
        </Typography>
        <ReportStatusChip status={record.status} />
        <Box display="flex" flexDirection="column" gap={1} mt={2}>
          {record.allowedActions.length === 0 ? (
            <Typography variant="body2" color="text.secondary">
              {translate(`${w}.no_actions`)}
            </Typography>
          ) : (
            record.allowedActions.map((a) => (
              <Button key={a} variant="contained" color={BUTTON_COLOR[a]} onClick={() => setAction(a)} data-action={a}>
                {label(a)}
              </Button>
            ))
          )}
        </Box>
        <Typography variant="subtitle2" sx={{ mt: 3 }}>
          {translate('resources.periodReports.fields.history')}
        </Typography>
        {record.history.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate(`${w}.no_history`)}
          </Typography>
        ) : (
          <List dense data-testid="workflow-history">
            {[...record.history].reverse().map((step) => (
              <ListItem key={`${step.action}-${step.at}`} disableGutters alignItems="flex-start">
                <ListItemText
                  primary={`${label(step.action)} · ${translate(`${w}.by`, { name: step.byName })}`}
                  secondary={`${instant(step.at)}${step.note ? ` — “${step.note}”` : ''}`}
                />
              </ListItem>
            ))}
          </List>
        )}
      </CardContent>
      <Dialog open={action !== null} onClose={() => setAction(null)} fullWidth maxWidth="sm">
        <DialogTitle>{action && translate(`${w}.dialog_title`, { action: label(action) })}</DialogTitle>
        <DialogContent>
          <TextField
            autoFocus
            margin="dense"
            label={translate(`${w}.note`)}
            fullWidth
            multiline
            minRows={2}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            error={noteMissing}
            helperText={noteMissing ? translate(`${w}.note_required`) : ' '}
            slotProps={{ htmlInput: { 'data-testid': 'workflow-note', maxLength: 2000 } }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setAction(null)}>{translate(`${w}.cancel`)}</Button>
          <Button onClick={confirm} variant="contained" disabled={busy || noteMissing} data-testid="workflow-confirm">
            {translate(`${w}.confirm`)}
          </Button>
        </DialogActions>
      </Dialog>
    </Card>
  );
};
