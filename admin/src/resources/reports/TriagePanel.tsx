/**
 * The triage panel beside a report: its status, a button for each next status (RECEIVED →
 * VERIFYING | REJECTED, VERIFYING → RESOLVED | REJECTED) when the caller may update it, and a
 * dialog asking for a note (required to resolve or reject) and, to resolve, whether it proved true.
 */
import { useState } from 'react';
import {
  Box,
  Button,
  Card,
  CardContent,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  Radio,
  RadioGroup,
  TextField,
  Typography,
} from '@mui/material';
import { useNotify, useRecordContext, useTranslate } from 'react-admin';
import type { Report, ReportStatus } from '../../../../rules/contract';
import { REPORT_NEXT_STATUSES } from '../../../../rules/workflow';
import { OverdueChip, ReportStatusChip } from './ReportStatusChip';
import { triageReport } from '../../providers/api';
import { useRefreshRecord } from '../../common/WorkflowPanel';

const BUTTON_COLOR: Record<ReportStatus, 'primary' | 'success' | 'warning' | 'error'> = {
  RECEIVED: 'primary',
  VERIFYING: 'primary',
  RESOLVED: 'success',
  REJECTED: 'error',
};

const needsNote = (s: ReportStatus | null) => s === 'RESOLVED' || s === 'REJECTED';

export const TriagePanel = () => {
  const record = useRecordContext<Report & { id: string }>();
  const translate = useTranslate();
  const notify = useNotify();
  // After a step the record and the permission answers about it follow its new access at once.
  const refreshRecord = useRefreshRecord();
  const [target, setTarget] = useState<ReportStatus | null>(null);
  const [note, setNote] = useState('');
  const [substantiated, setSubstantiated] = useState<'yes' | 'no' | ''>('');
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  // Only those who may update the report see the panel (heads and viewers read it only).
  if (!record?.access?.update) return null;

  const next: readonly ReportStatus[] = REPORT_NEXT_STATUSES[record.status] ?? [];
  const noteMissing = needsNote(target) && !note.trim();
  const answerMissing = target === 'RESOLVED' && substantiated === '';
  const close = () => {
    setTarget(null);
    setNote('');
    setSubstantiated('');
    setTouched(false);
  };
  const confirm = async () => {
    setTouched(true);
    if (!target || noteMissing || answerMissing) return;
    setBusy(true);
    try {
      const result = await triageReport(
        record.id,
        { status: target, note: note.trim() || null, ...(target === 'RESOLVED' ? { substantiated: substantiated === 'yes' } : {}) },
        record.version,
      );
      notify('resources.reports.triage.done', { type: 'success', messageArgs: { status: translate(`resources.reports.statuses.${result.status}`) } });
      close();
      await refreshRecord(record.id);
    } catch (e) {
      notify((e as Error).message ?? 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card sx={{ width: { xs: '100%', md: 300 }, ml: { md: 2 }, mt: { xs: 2, md: 0 }, flexShrink: 0, alignSelf: 'flex-start' }} data-testid="triage-panel">
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {translate('resources.reports.triage.title')}
        </Typography>
        <Box display="flex" gap={0.5} flexWrap="wrap">
          <ReportStatusChip status={record.status} />
          {record.overdue && <OverdueChip />}
        </Box>
        {next.length === 0 ? (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
            {translate('resources.reports.triage.no_actions')}
          </Typography>
        ) : (
          <Box display="flex" flexDirection="column" gap={1} mt={2}>
            <Typography variant="caption" color="text.secondary">
              {translate('resources.reports.triage.next')}
            </Typography>
            {next.map((s) => (
              <Button key={s} variant="contained" color={BUTTON_COLOR[s]} onClick={() => setTarget(s)} data-status={s}>
                {translate(`resources.reports.statuses.${s}`)}
              </Button>
            ))}
          </Box>
        )}
      </CardContent>
      <Dialog open={target !== null} onClose={close} fullWidth maxWidth="sm">
        <DialogTitle>{target && translate('resources.reports.triage.dialog_title', { status: translate(`resources.reports.statuses.${target}`) })}</DialogTitle>
        <DialogContent>
          <TextField
            autoFocus
            margin="dense"
            label={translate('resources.reports.triage.note')}
            fullWidth
            multiline
            minRows={3}
            required={needsNote(target)}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            error={touched && noteMissing}
            helperText={touched && noteMissing ? translate('resources.reports.triage.note_required') : needsNote(target) ? ' ' : translate('resources.reports.triage.note_hint')}
            slotProps={{ htmlInput: { 'data-testid': 'triage-note', maxLength: 2000 } }}
          />
          {target === 'RESOLVED' && (
            <FormControl error={touched && answerMissing} required sx={{ mt: 1 }}>
              <FormLabel>{translate('resources.reports.triage.substantiated')}</FormLabel>
              <RadioGroup row value={substantiated} onChange={(e) => setSubstantiated(e.target.value as 'yes' | 'no')}>
                <FormControlLabel value="yes" control={<Radio />} label={translate('app.common.yes')} data-testid="substantiated-yes" />
                <FormControlLabel value="no" control={<Radio />} label={translate('app.common.no')} data-testid="substantiated-no" />
              </RadioGroup>
              {touched && answerMissing && <FormHelperText>{translate('resources.reports.triage.substantiated_required')}</FormHelperText>}
            </FormControl>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>{translate('resources.reports.triage.cancel')}</Button>
          <Button onClick={confirm} variant="contained" disabled={busy} data-testid="triage-confirm">
            {translate('resources.reports.triage.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </Card>
  );
};
