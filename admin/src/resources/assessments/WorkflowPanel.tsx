/**
 * The workflow beside an assessment: its status, a button for each step the API says the
 * caller may take now (allowedActions), a note dialog (required to return), and the history.
 */
import { useState } from 'react';
import { Box, Button, Card, CardContent, Dialog, DialogActions, DialogContent, DialogTitle, List, ListItem, ListItemText, TextField, Typography } from '@mui/material';
import { useLocaleState, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { Assessment, AssessmentAction } from '../../../../rules/contract';
import { noteRequired } from '../../../../rules/workflow';
import { transitionAssessment } from '../../providers/api';
import { StatusChip } from './StatusChip';

const BUTTON_COLOR: Record<AssessmentAction, 'primary' | 'success' | 'warning' | 'error'> = {
  SUBMIT: 'primary',
  APPRAISE: 'primary',
  RETURN: 'warning',
  RECOGNIZE: 'success',
  NOT_RECOGNIZE: 'error',
};

export const WorkflowPanel = () => {
  const record = useRecordContext<Assessment & { id: string }>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [locale] = useLocaleState();
  const [action, setAction] = useState<AssessmentAction | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  if (!record) return null;

  const noteMissing = action !== null && noteRequired(action) && !note.trim();
  const confirm = async () => {
    if (!action || noteMissing) return;
    setBusy(true);
    try {
      const result = await transitionAssessment(record.id, action, note.trim() || null, record.version);
      notify('resources.assessments.workflow.done', { type: 'success', messageArgs: { status: translate(`enums.AssessmentStatus.${result.status}`) } });
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
    <Card sx={{ width: { xs: '100%', md: 320 }, ml: { md: 2 }, mt: { xs: 2, md: 0 }, flexShrink: 0 }} data-testid="workflow-panel">
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {translate('resources.assessments.workflow.title')}
        </Typography>
        <StatusChip status={record.status} />
        <Box display="flex" flexDirection="column" gap={1} mt={2}>
          {record.allowedActions.length === 0 ? (
            <Typography variant="body2" color="text.secondary">
              {translate('resources.assessments.workflow.no_actions')}
            </Typography>
          ) : (
            record.allowedActions.map((a) => (
              <Button key={a} variant="contained" color={BUTTON_COLOR[a]} onClick={() => setAction(a)} data-action={a}>
                {translate(`enums.AssessmentAction.${a}`)}
              </Button>
            ))
          )}
        </Box>
        <Typography variant="subtitle2" sx={{ mt: 3 }}>
          {translate('resources.assessments.workflow.history')}
        </Typography>
        {record.history.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate('resources.assessments.workflow.no_history')}
          </Typography>
        ) : (
          <List dense data-testid="workflow-history">
            {[...record.history].reverse().map((step, i) => (
              <ListItem key={i} disableGutters alignItems="flex-start">
                <ListItemText
                  primary={`${translate(`enums.AssessmentAction.${step.action}`)} · ${translate('resources.assessments.workflow.by', { name: step.byName })}`}
                  secondary={
                    <>
                      {new Date(step.at).toLocaleString(locale === 'en' ? 'en-GB' : 'vi-VN')}
                      {step.note ? ` — “${step.note}”` : ''}
                    </>
                  }
                />
              </ListItem>
            ))}
          </List>
        )}
      </CardContent>
      <Dialog open={action !== null} onClose={() => setAction(null)} fullWidth maxWidth="sm">
        <DialogTitle>{action && translate('resources.assessments.workflow.dialog_title', { action: translate(`enums.AssessmentAction.${action}`) })}</DialogTitle>
        <DialogContent>
          <TextField
            autoFocus
            margin="dense"
            label={translate('resources.assessments.workflow.note')}
            fullWidth
            multiline
            minRows={2}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            error={noteMissing}
            helperText={noteMissing ? translate('resources.assessments.workflow.note_required') : ' '}
            slotProps={{ htmlInput: { 'data-testid': 'workflow-note', maxLength: 2000 } }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setAction(null)}>{translate('resources.assessments.workflow.cancel')}</Button>
          <Button onClick={confirm} variant="contained" disabled={busy || noteMissing} data-testid="workflow-confirm">
            {translate('resources.assessments.workflow.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </Card>
  );
};
