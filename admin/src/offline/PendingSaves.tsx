/**
 * The app bar's view of the saves kept on this device (queue.ts): a button with their count
 * (shown while some wait, or while the browser is offline), opening the list with each save's
 * state — waiting, sending, or failed with its reason. A failed save keeps the values the user
 * typed on screen (with the server's values after a conflict), and offers "open the record" and
 * "discard"; nothing is sent over someone else's change.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { Alert, Badge, Box, Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, IconButton, List, ListItem, Stack, Tooltip, Typography, useMediaQuery, type Theme } from '@mui/material';
import CloudOffIcon from '@mui/icons-material/CloudOff';
import CloudUploadIcon from '@mui/icons-material/CloudUpload';
import { useCreatePath, useLocaleState, useNotify, useRefresh, useTranslate, type TranslateFunction } from 'react-admin';
import { Link } from 'react-router-dom';
import { formatInstant } from '../../../rules/dates';
import { fieldLabel } from '../common/changes';
import { readSession } from '../providers/session';
import { changedValues } from './changes';
import { discardPendingSave, onReplayed, pendingSavesSnapshot, replayPendingSaves, retryPendingSave, subscribePendingSaves, type PendingSave } from './queue';

const subscribeOnline = (listener: () => void) => {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
};
const useOnline = () => useSyncExternalStore(subscribeOnline, () => navigator.onLine);

/** A typed value as a person reads it. */
function shown(value: unknown, translate: TranslateFunction): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return translate(value ? 'app.common.yes' : 'app.common.no');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The record's own name as it was read (or typed, for a new one). */
const recordName = (save: PendingSave): string | undefined => {
  const source = (save.previousData ?? save.data) as Record<string, unknown>;
  const name = source.name ?? source.title ?? source.code ?? source.username;
  return typeof name === 'string' ? name : undefined;
};

const STATE_COLOR = { waiting: 'default', sending: 'info', failed: 'error' } as const;

const PendingSaveItem = ({ save, online, onOpenRecord }: { save: PendingSave; online: boolean; onOpenRecord: () => void }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const createPath = useCreatePath();
  const typed = changedValues(save);
  const { failure } = save;
  const conflict = failure?.refusal === 'STALE_VERSION';
  const discard = () => {
    if (window.confirm(translate('offline.discard_confirm'))) void discardPendingSave(save.key);
  };
  return (
    <ListItem divider data-testid="pending-save" data-state={save.state} data-resource={save.resource} sx={{ display: 'block', px: 0 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
        <Typography variant="subtitle2" component="span">
          {translate(`resources.${save.resource}.name`, { smart_count: 1, _: save.resource })}
          {' · '}
          {recordName(save) ?? translate('offline.new_record')}
        </Typography>
        <Chip size="small" color={STATE_COLOR[save.state]} label={translate(`offline.states.${save.state}`)} data-testid="pending-save-state" />
      </Stack>
      <Typography variant="caption" color="text.secondary">
        {translate('offline.saved_at', { time: formatInstant(save.savedAt, locale === 'en' ? 'en' : 'vi') })}
      </Typography>
      {failure && (
        <Alert severity={conflict ? 'warning' : 'error'} sx={{ my: 1 }} data-testid="pending-save-failure" data-refusal={failure.refusal ?? ''}>
          {/* A conflict has its own words here: the form the online message speaks of is gone. */}
          {conflict ? translate('offline.conflict_hint') : translate(failure.message, { _: failure.message })}
          {failure.detail && !conflict && (
            <Typography variant="caption" display="block" sx={{ mt: 0.5 }}>
              {failure.detail}
            </Typography>
          )}
        </Alert>
      )}
      <Typography variant="body2" sx={{ mt: 0.5, fontWeight: 500 }}>
        {translate('offline.your_values')}
      </Typography>
      <Box component="dl" sx={{ m: 0, '& dt': { fontWeight: 500 }, '& dd': { ml: 2, mb: 0.5 } }} data-testid="pending-save-values">
        {Object.entries(typed).map(([field, value]) => (
          <Box key={field} data-field={field}>
            <Typography component="dt" variant="body2">
              {fieldLabel(translate, save.resource, field)}
            </Typography>
            <Typography component="dd" variant="body2" data-testid="pending-save-typed">
              {shown(value, translate)}
              {failure?.serverValues && field in failure.serverValues && (
                <Typography component="span" variant="caption" color="text.secondary" data-testid="pending-save-server">
                  {' ('}
                  {translate('offline.server_value', { value: shown(failure.serverValues[field], translate) })}
                  {')'}
                </Typography>
              )}
            </Typography>
          </Box>
        ))}
      </Box>
      <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: 'wrap', rowGap: 1 }}>
        {save.kind === 'update' && save.recordId !== undefined && (
          <Button size="small" variant="outlined" component={Link} to={createPath({ resource: save.resource, id: save.recordId, type: 'edit' })} onClick={onOpenRecord} data-testid="pending-save-open">
            {translate('offline.open_record')}
          </Button>
        )}
        {save.state === 'failed' && !conflict && online && (
          <Button size="small" variant="outlined" onClick={() => void retryPendingSave(save.key)}>
            {translate('offline.retry')}
          </Button>
        )}
        {save.state !== 'sending' && (
          <Button size="small" color="error" onClick={discard} data-testid="pending-save-discard">
            {translate('offline.discard')}
          </Button>
        )}
      </Stack>
    </ListItem>
  );
};

/** Tells the user what a round of sending did, and refreshes what the screen shows after a save was sent. */
function useReplayNotices() {
  const notify = useNotify();
  const refresh = useRefresh();
  useEffect(
    () =>
      onReplayed(({ sent, failed }) => {
        if (sent) {
          notify('offline.sent', { type: 'success', messageArgs: { smart_count: sent } });
          refresh();
        }
        if (failed) notify('offline.failed', { type: 'warning', autoHideDuration: 10_000 });
      }),
    [notify, refresh],
  );
}

export const PendingSaves = () => {
  const translate = useTranslate();
  const all = useSyncExternalStore(subscribePendingSaves, pendingSavesSnapshot);
  const online = useOnline();
  const [open, setOpen] = useState(false);
  const fullScreen = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  useReplayNotices();
  const username = readSession()?.user.username;
  const mine = all.filter((save) => save.username === username);
  const failed = mine.filter((save) => save.state === 'failed').length;
  if (!mine.length && online) return null;
  const label = online ? translate('offline.button', { smart_count: mine.length }) : translate('offline.no_connection');
  return (
    <>
      <Tooltip title={label}>
        <IconButton color="inherit" aria-label={label} onClick={() => setOpen(true)} data-testid="pending-saves" data-count={mine.length} data-failed={failed} data-online={online}>
          <Badge badgeContent={mine.length} color={failed ? 'error' : 'warning'}>
            {online ? <CloudUploadIcon /> : <CloudOffIcon />}
          </Badge>
        </IconButton>
      </Tooltip>
      <Dialog open={open} onClose={() => setOpen(false)} fullScreen={fullScreen} fullWidth maxWidth="sm" aria-labelledby="pending-saves-title">
        <DialogTitle id="pending-saves-title">{translate('offline.title')}</DialogTitle>
        <DialogContent dividers data-testid="pending-saves-list">
          {!online && (
            <Alert severity="info" sx={{ mb: 1 }}>
              {translate('offline.no_connection')}
            </Alert>
          )}
          {mine.length ? (
            <List disablePadding>
              {mine.map((save) => (
                <PendingSaveItem key={save.key} save={save} online={online} onOpenRecord={() => setOpen(false)} />
              ))}
            </List>
          ) : (
            <Typography variant="body2">{translate('offline.empty')}</Typography>
          )}
        </DialogContent>
        <DialogActions>
          {online && mine.some((save) => save.state === 'waiting') && <Button onClick={() => void replayPendingSaves()}>{translate('offline.send_now')}</Button>}
          <Button onClick={() => setOpen(false)}>{translate('ra.action.close')}</Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
