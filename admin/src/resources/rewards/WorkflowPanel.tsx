/**
 * The workflow beside a reward (the shared panel): PROPOSE by the proposing unit, REJECT or RETURN
 * (with a note) by the level above, and DECIDE, which opens the decision dialog (number, date,
 * form, amount) instead of a note. The buttons are exactly the steps the API allows now.
 */
import { useState } from 'react';
import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, TextField } from '@mui/material';
import { useNotify, useRecordContext, useTranslate } from 'react-admin';
import type { Reward, RewardAction, RewardForm } from '../../../../rules/contract';
import { vietnamDay } from '../../../../rules/dates';
import { rewardNoteRequired } from '../../../../rules/rewards';
import { WorkflowPanel as SharedWorkflowPanel, useRefreshRecord } from '../../common/WorkflowPanel';
import { decideReward, stepReward } from './api';
import { formsOf } from './choices';
import { RewardStatusChip } from './StatusChip';

const BUTTON_COLOR: Record<RewardAction, 'primary' | 'success' | 'warning' | 'error'> = { PROPOSE: 'primary', DECIDE: 'success', REJECT: 'error', RETURN: 'warning' };

type RewardRecord = Reward & { id: string };

const DecisionDialog = ({ record, open, onClose }: { record: RewardRecord; open: boolean; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refreshRecord = useRefreshRecord();
  const forms = formsOf(record.kind);
  const [values, setValues] = useState({ number: '', date: vietnamDay(new Date()), form: forms[0] as RewardForm, amount: '', issuingBody: '', note: '' });
  const [busy, setBusy] = useState(false);
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value }));
  const incomplete = !values.number.trim() || !values.date || !values.form;
  const save = async () => {
    if (incomplete) return;
    setBusy(true);
    try {
      const amount = values.amount.trim() ? Number(values.amount.replace(/[.\s]/g, '')) : null;
      const result = await decideReward(
        record.id,
        { number: values.number.trim(), date: values.date, form: values.form, amount, issuingBody: values.issuingBody.trim() || null, note: values.note.trim() || null },
        record.version,
      );
      notify('resources.rewards.workflow.done', { type: 'success', messageArgs: { status: translate(`resources.rewards.statuses.${result.status}`) } });
      onClose();
      await refreshRecord(record.id);
    } catch (e) {
      notify((e as { message?: string }).message ?? 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const t = (key: string) => translate(`resources.rewards.decision.${key}`);
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{t('title')}</DialogTitle>
      <DialogContent>
        <Box display="flex" flexDirection="column" gap={2} mt={1}>
          <TextField label={t('number')} value={values.number} onChange={set('number')} required slotProps={{ htmlInput: { 'data-testid': 'decision-number', maxLength: 60 } }} />
          <TextField label={t('date')} type="date" value={values.date} onChange={set('date')} required slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'decision-date' } }} />
          <TextField select label={t('form')} value={values.form} onChange={set('form')} required slotProps={{ htmlInput: { 'data-testid': 'decision-form' } }}>
            {forms.map((f) => (
              <MenuItem key={f} value={f}>
                {translate(`resources.rewards.forms.${f}`)}
              </MenuItem>
            ))}
          </TextField>
          {record.kind === 'COMMENDATION' && (
            <TextField label={t('amount')} value={values.amount} onChange={set('amount')} slotProps={{ htmlInput: { inputMode: 'numeric', 'data-testid': 'decision-amount' } }} />
          )}
          <TextField label={t('issuingBody')} value={values.issuingBody} onChange={set('issuingBody')} slotProps={{ htmlInput: { maxLength: 300 } }} />
          <TextField label={t('note')} value={values.note} onChange={set('note')} multiline minRows={2} slotProps={{ htmlInput: { maxLength: 2000 } }} />
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('resources.rewards.workflow.cancel')}</Button>
        <Button onClick={save} variant="contained" color="success" disabled={busy || incomplete} data-testid="decision-save">
          {t('save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

export const WorkflowPanel = () => {
  const record = useRecordContext<RewardRecord>();
  const translate = useTranslate();
  const [deciding, setDeciding] = useState(false);
  if (!record) return null;
  const mayDecide = !!record.allowedActions?.includes('DECIDE');
  // The shared panel takes the steps that need only a note; DECIDE has its own dialog, below it.
  const noteSteps = record.allowedActions ? { ...record, allowedActions: record.allowedActions.filter((a) => a !== 'DECIDE') } : record;
  return (
    <Box sx={{ width: { xs: '100%', md: 320 }, ml: { md: 2 }, flexShrink: 0, alignSelf: 'flex-start', mb: { xs: 2, md: 0 } }}>
      {mayDecide && (
        <Button variant="contained" color="success" fullWidth sx={{ mb: 1 }} onClick={() => setDeciding(true)} data-action="DECIDE">
          {translate('resources.rewards.decision.open')}
        </Button>
      )}
      <SharedWorkflowPanel<RewardAction>
        record={noteSteps}
        status={<RewardStatusChip status={record.status} />}
        messages="resources.rewards.workflow"
        historyLabel="resources.rewards.fields.history"
        actionLabel={(a) => translate(`resources.rewards.actions.${a}`)}
        statusLabel={(s) => translate(`resources.rewards.statuses.${s}`)}
        colors={BUTTON_COLOR}
        noteRequired={rewardNoteRequired}
        take={(action, note) => stepReward(record.id, action as Exclude<RewardAction, 'DECIDE'>, note, record.version)}
        sx={{ width: '100%', ml: 0 }}
      />
      {mayDecide && deciding && <DecisionDialog record={record} open={deciding} onClose={() => setDeciding(false)} />}
    </Box>
  );
};
