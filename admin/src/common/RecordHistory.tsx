/**
 * A record's change history from the audit log: who did what and when, and which fields changed
 * (before → after). Shown to those who may read the audit log; newest first.
 */
import { Box, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link, TabbedShowLayout, useCanAccess, useCreatePath, useGetList, useLocaleState, useRecordContext, useResourceContext, useTranslate } from 'react-admin';
import type { AuditEntry } from '../../../rules/contract';
import { formatInstant } from '../../../rules/dates';
import { fieldLabel, visibleChanges } from './changes';

export function RecordHistory() {
  const record = useRecordContext();
  const resource = useResourceContext();
  const createPath = useCreatePath();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { canAccess } = useCanAccess({ resource: 'auditEntries', action: 'list' });
  const { data, isPending } = useGetList<AuditEntry>(
    'auditEntries',
    { filter: { entityId: record?.id }, pagination: { page: 1, perPage: 100 } },
    { enabled: !!record?.id && canAccess === true },
  );
  if (!record || !canAccess) return null;
  return (
    <Box data-testid="record-history">
      <Typography variant="h6" gutterBottom>
        {translate('app.common.history')}
      </Typography>
      {!isPending && !data?.length ? (
        <Typography variant="body2" color="text.secondary">
          {translate('app.common.no_history')}
        </Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.auditEntries.fields.at')}</TableCell>
              <TableCell>{translate('resources.auditEntries.fields.action')}</TableCell>
              <TableCell>{translate('resources.auditEntries.fields.username')}</TableCell>
              <TableCell>{translate('app.common.changed_fields')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {(data ?? []).map((entry) => (
              <TableRow key={entry.id}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {/* Vietnam's time, whatever the browser's zone (as every instant in the console). */}
                  <Link to={createPath({ resource: 'auditEntries', id: entry.id, type: 'show' })}>
                    {formatInstant(entry.at, locale === 'en' ? 'en' : 'vi')}
                  </Link>
                </TableCell>
                <TableCell>{translate(`enums.AuditAction.${entry.action}`)}</TableCell>
                <TableCell>{entry.username ?? '—'}</TableCell>
                <TableCell>
                  {/* The fields by their labels; the entry itself (open it from its time) shows before and after. */}
                  {entry.action === 'CREATE' || entry.action === 'DELETE'
                    ? null
                    : visibleChanges(entry).map((c) => <Chip key={c.field} size="small" label={fieldLabel(translate, resource, c.field)} sx={{ mr: 0.5, mb: 0.5 }} />)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
}

/**
 * The "history" tab every Show page ends with. An element, not a component: TabbedShowLayout
 * reads its tabs' props (label, path) from its direct children.
 */
export const historyTab = (
  <TabbedShowLayout.Tab label="app.common.history" path="history">
    <RecordHistory />
  </TabbedShowLayout.Tab>
);
