/**
 * The workflow beside a record that moves through steps (an assessment, a periodic report): its
 * status, a button for each step the API says the caller may take now (`allowedActions`), a note
 * dialog (required for some steps) and the steps taken so far.
 *
 * After a step the record is read again and every cached permission answer about it (react-admin
 * keeps `canAccess` results in react-query) is recomputed from its new `access`, so Edit and Delete
 * disappear and the form locks at once, without a reload (see useRefreshRecord).
 */
import { useState, type ReactNode } from 'react';
import { Box, Button, Card, CardContent, Dialog, DialogActions, DialogContent, DialogTitle, List, ListItem, ListItemText, TextField, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useAuthProvider, useDataProvider, useLocaleState, useNotify, useResourceContext, useTranslate, type RaRecord } from 'react-admin';
import { formatInstant } from '../../../rules/dates';

type ButtonColor = 'primary' | 'success' | 'warning' | 'error';

/**
 * Reads the record again after a workflow step and puts it in react-query's cache, then answers
 * again every cached `canAccess` question about it from the fresh record (its `access`). A plain
 * refresh is not enough: it re-asks those questions at once, with the record as it was before the
 * step, and the stale answer (Edit still allowed) sticks until a reload.
 */
export function useRefreshRecord() {
  const queryClient = useQueryClient();
  const dataProvider = useDataProvider();
  const authProvider = useAuthProvider();
  const resource = useResourceContext();
  return async (id: RaRecord['id']) => {
    if (!resource) return;
    const { data: fresh } = await dataProvider.getOne(resource, { id });
    queryClient.setQueriesData({ queryKey: [resource, 'getOne', { id: String(id) }] }, fresh);
    const answers = queryClient.getQueryCache().findAll({ queryKey: ['auth', 'canAccess'] });
    await Promise.all(
      answers.map(async (query) => {
        const asked = query.queryKey[2] as { action?: string; resource?: string; recordId?: RaRecord['id'] } | undefined;
        if (!asked?.action || asked.resource !== resource || asked.recordId == null || String(asked.recordId) !== String(id)) return;
        const allowed = authProvider?.canAccess ? await authProvider.canAccess({ action: asked.action, resource, record: fresh }) : true;
        queryClient.setQueryData(query.queryKey, allowed);
      }),
    );
    // Lists and other views of the resource (counts by status) follow; the record itself is already fresh.
    await queryClient.invalidateQueries({ queryKey: [resource], predicate: (q) => q.queryKey[1] !== 'getOne' });
  };
}

export interface WorkflowStep<A extends string> {
  action: A;
  /** The account, when the caller may read it: its display name is what people recognise. */
  by?: { displayName?: string | null } | null;
  byName: string;
  at: string;
  note?: string | null;
}

export interface WorkflowPanelProps<A extends string> {
  /** Opened from a list, the record is first the list's row, without the workflow fields: the panel waits for them. */
  record: { id: RaRecord['id']; allowedActions?: readonly A[] | null; history?: ReadonlyArray<WorkflowStep<A>> | null };
  /** The record's status chip. */
  status: ReactNode;
  /** Where the panel's texts are: `${messages}.title`, `.no_actions`, `.no_history`, `.note`, `.note_required`, `.confirm`, `.cancel`, `.dialog_title`, `.done`, `.by`. */
  messages: string;
  /** The heading of the steps taken (translation key). */
  historyLabel: string;
  actionLabel: (action: A) => string;
  statusLabel: (status: string) => string;
  colors: Record<A, ButtonColor>;
  noteRequired: (action: A) => boolean;
  /** Takes the step on the API; returns the new status. */
  take: (action: A, note: string | null) => Promise<{ status: string }>;
  /** Spacing of the card beside or below the record's own card. */
  sx?: object;
}

export function WorkflowPanel<A extends string>({ record, status, messages, historyLabel, actionLabel, statusLabel, colors, noteRequired, take, sx }: WorkflowPanelProps<A>) {
  const translate = useTranslate();
  const notify = useNotify();
  const refreshRecord = useRefreshRecord();
  const [locale] = useLocaleState();
  const [action, setAction] = useState<A | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);

  const { allowedActions, history } = record;
  if (!allowedActions || !history) return null;
  const noteMissing = action !== null && noteRequired(action) && !note.trim();
  const confirm = async () => {
    if (!action || noteMissing) return;
    setBusy(true);
    try {
      const result = await take(action, note.trim() || null);
      notify(`${messages}.done`, { type: 'success', messageArgs: { status: statusLabel(result.status) } });
      setAction(null);
      setNote('');
      await refreshRecord(record.id);
    } catch (e) {
      const error = e as { message?: string; body?: { detail?: string } };
      notify(error.message ?? 'ra.notification.http_error', { type: 'error' });
      if (error.body?.detail) notify(error.body.detail, { type: 'error', messageArgs: { _: error.body.detail } });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card sx={{ width: { xs: '100%', md: 320 }, ml: { md: 2 }, flexShrink: 0, alignSelf: 'flex-start', ...sx }} data-testid="workflow-panel">
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {translate(`${messages}.title`)}
        </Typography>
        {status}
        <Box display="flex" flexDirection="column" gap={1} mt={2}>
          {allowedActions.length === 0 ? (
            <Typography variant="body2" color="text.secondary" data-testid="workflow-no-actions">
              {translate(`${messages}.no_actions`)}
            </Typography>
          ) : (
            allowedActions.map((a) => (
              <Button key={a} variant="contained" color={colors[a]} onClick={() => setAction(a)} data-action={a}>
                {actionLabel(a)}
              </Button>
            ))
          )}
        </Box>
        <Typography variant="subtitle2" sx={{ mt: 3 }}>
          {translate(historyLabel)}
        </Typography>
        {history.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate(`${messages}.no_history`)}
          </Typography>
        ) : (
          <List dense data-testid="workflow-history">
            {[...history].reverse().map((step) => (
              <ListItem key={`${step.action}-${step.at}`} disableGutters alignItems="flex-start">
                <ListItemText
                  primary={`${actionLabel(step.action)} · ${translate(`${messages}.by`, { name: step.by?.displayName ?? step.byName })}`}
                  secondary={`${formatInstant(step.at, locale === 'en' ? 'en' : 'vi')}${step.note ? ` — “${step.note}”` : ''}`}
                />
              </ListItem>
            ))}
          </List>
        )}
      </CardContent>
      <Dialog open={action !== null} onClose={() => setAction(null)} fullWidth maxWidth="sm">
        <DialogTitle>{action && translate(`${messages}.dialog_title`, { action: actionLabel(action) })}</DialogTitle>
        <DialogContent>
          <TextField
            autoFocus
            margin="dense"
            label={translate(`${messages}.note`)}
            fullWidth
            multiline
            minRows={2}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            error={noteMissing}
            helperText={noteMissing ? translate(`${messages}.note_required`) : ' '}
            slotProps={{ htmlInput: { 'data-testid': 'workflow-note', maxLength: 2000 } }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setAction(null)}>{translate(`${messages}.cancel`)}</Button>
          <Button onClick={confirm} variant="contained" disabled={busy || noteMissing} data-testid="workflow-confirm">
            {translate(`${messages}.confirm`)}
          </Button>
        </DialogActions>
      </Dialog>
    </Card>
  );
}
