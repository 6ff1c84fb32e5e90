/**
 * A record's change history from the audit log: who did what and when, and which fields changed
 * (before → after). Shown to those who may read the audit log; newest first.
 */
import { Box, Chip, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import { TabbedShowLayout, useCanAccess, useGetList, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { AuditEntry } from '../../../rules/contract';

/** Bookkeeping that changes on every save and says nothing to a reader. */
const IGNORED = new Set(['_id', 'id', 'version', 'updatedAt', 'createdAt', 'search', '__v']);

const show = (v: unknown) => (v === null || v === undefined || v === '' ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v));

export function changedFields(entry: Pick<AuditEntry, 'before' | 'after'>): Array<{ field: string; before: unknown; after: unknown }> {
  const before = (entry.before ?? {}) as Record<string, unknown>;
  const after = (entry.after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !IGNORED.has(k));
  return keys.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).map((field) => ({ field, before: before[field], after: after[field] }));
}

export function RecordHistory() {
  const record = useRecordContext();
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
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{new Date(entry.at).toLocaleString(locale === 'en' ? 'en-GB' : 'vi-VN')}</TableCell>
                <TableCell>{translate(`enums.AuditAction.${entry.action}`)}</TableCell>
                <TableCell>{entry.username ?? '—'}</TableCell>
                <TableCell>
                  {entry.action === 'CREATE' || entry.action === 'DELETE'
                    ? null
                    : changedFields(entry).map((c) => (
                        <Tooltip key={c.field} title={`${show(c.before)} → ${show(c.after)}`}>
                          <Chip size="small" label={c.field} sx={{ mr: 0.5, mb: 0.5 }} />
                        </Tooltip>
                      ))}
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
