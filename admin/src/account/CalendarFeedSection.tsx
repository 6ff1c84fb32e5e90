/**
 * Lịch công việc: the user's own calendar feed (GET /calendar/<secret>.ics), so the deadlines of
 * their to-do list show in the calendar on their phone. The URL is a secret: shown only here, to
 * its owner; copy it into a calendar app, renew it (the old one stops working) or turn it off.
 */
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Box, Button, Card, CardContent, Stack, TextField, Typography } from '@mui/material';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import EventIcon from '@mui/icons-material/Event';
import LinkOffIcon from '@mui/icons-material/LinkOff';
import RefreshIcon from '@mui/icons-material/Refresh';
import { Confirm, useNotify, useTranslate } from 'react-admin';
import { fetchCalendarFeedUrl, renewCalendarFeed, revokeCalendarFeed } from './api';

const KEY = ['calendarFeedUrl'];

export const CalendarFeedSection = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const client = useQueryClient();
  const query = useQuery({ queryKey: KEY, queryFn: fetchCalendarFeedUrl });
  const [busy, setBusy] = useState(false);
  const [confirm, setConfirm] = useState<'renew' | 'revoke' | null>(null);
  const url = query.data ?? null;

  const act = async (what: 'renew' | 'revoke') => {
    setConfirm(null);
    setBusy(true);
    try {
      if (what === 'renew') client.setQueryData(KEY, await renewCalendarFeed());
      else {
        await revokeCalendarFeed();
        client.setQueryData(KEY, null);
      }
      notify(what === 'renew' ? 'account.calendar.renewed' : 'account.calendar.revoked', { type: 'info' });
    } catch {
      notify('account.calendar.failed', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      notify('account.calendar.copied', { type: 'info' });
    } catch {
      notify('account.calendar.copy_failed', { type: 'warning' });
    }
  };

  return (
    <Card data-testid="calendar-feed">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('account.calendar.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('account.calendar.intro')}
        </Typography>
        {query.error ? (
          <Alert severity="warning">{translate('account.calendar.load_error')}</Alert>
        ) : url ? (
          <Stack spacing={1.5}>
            <TextField
              value={url}
              label={translate('account.calendar.url')}
              fullWidth
              size="small"
              slotProps={{ htmlInput: { readOnly: true, 'data-testid': 'calendar-feed-url', onFocus: (e: React.FocusEvent<HTMLInputElement>) => e.target.select() } }}
            />
            <Alert severity="info" sx={{ py: 0 }}>
              {translate('account.calendar.secret_hint')}
            </Alert>
            <Box display="flex" gap={1} flexWrap="wrap">
              <Button variant="contained" startIcon={<ContentCopyIcon />} onClick={() => void copy()} data-testid="calendar-feed-copy">
                {translate('account.calendar.copy')}
              </Button>
              <Button startIcon={<EventIcon />} href={url.replace(/^https?:/, 'webcal:')}>
                {translate('account.calendar.subscribe')}
              </Button>
              <Button startIcon={<RefreshIcon />} disabled={busy} onClick={() => setConfirm('renew')} data-testid="calendar-feed-renew">
                {translate('account.calendar.renew')}
              </Button>
              <Button color="error" startIcon={<LinkOffIcon />} disabled={busy} onClick={() => setConfirm('revoke')} data-testid="calendar-feed-revoke">
                {translate('account.calendar.revoke')}
              </Button>
            </Box>
          </Stack>
        ) : (
          <Button variant="contained" startIcon={<EventIcon />} disabled={busy || query.isPending} onClick={() => void act('renew')} data-testid="calendar-feed-create">
            {translate('account.calendar.create')}
          </Button>
        )}
      </CardContent>
      <Confirm
        isOpen={confirm !== null}
        title={confirm === 'revoke' ? 'account.calendar.revoke' : 'account.calendar.renew'}
        content={confirm === 'revoke' ? 'account.calendar.confirm_revoke' : 'account.calendar.confirm_renew'}
        onConfirm={() => void act(confirm ?? 'renew')}
        onClose={() => setConfirm(null)}
      />
    </Card>
  );
};
