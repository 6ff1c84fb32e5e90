/**
 * Hot spots: for a period (default the last 30 days), how many reports each neighbourhood got,
 * by category, within the list filter's ward (or everything the user may see). Counted in the
 * browser from at most 200 reports — the view says so when there are more.
 */
import { useContext, useMemo, useState } from 'react';
import { Alert, Box, CircularProgress, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { ListContext, useGetIdentity, useGetList, useGetMany, useGetOne, useTranslate } from 'react-admin';
import type { Report, ReportCategory } from '../../../../rules/contract';
import { QrDownloadButton } from '../establishments/QrDownloadButton';
import { REPORT_CATEGORIES } from '../../../../rules/workflow';
import { CATEGORY_COLORS } from './choices';

const LIMIT = 200;
const NONE = '__ward__';
const ROW_HEIGHT = 34;

const pad = (n: number) => String(n).padStart(2, '0');
/** A local calendar date as YYYY-MM-DD. */
const ymd = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const startOf = (day: string) => new Date(`${day}T00:00:00`);

interface Row {
  id: string;
  name: string;
  counts: Record<ReportCategory, number>;
  total: number;
}

const emptyCounts = () => Object.fromEntries(REPORT_CATEGORIES.map((c) => [c, 0])) as Record<ReportCategory, number>;

export const ReportHotspots = ({ wardId: wardProp }: { wardId?: string }) => {
  const translate = useTranslate();
  const list = useContext(ListContext);
  const filterValues = (list?.filterValues ?? {}) as { wardId?: string; provinceId?: string };
  const wardId = wardProp ?? filterValues.wardId ?? undefined;
  const provinceId = wardId ? undefined : filterValues.provinceId || undefined;
  const { identity } = useGetIdentity();

  const [from, setFrom] = useState(() => ymd(new Date(Date.now() - 30 * 24 * 3600 * 1000)));
  const [to, setTo] = useState(() => ymd(new Date()));
  const validRange = !!from && !!to && startOf(from) <= startOf(to);
  const fromIso = validRange ? startOf(from).toISOString() : undefined;
  // "To" is inclusive: everything received before the next day starts.
  const toIso = validRange ? new Date(startOf(to).getTime() + 24 * 3600 * 1000).toISOString() : undefined;

  const { data, total, isPending, error } = useGetList<Report & { id: string }>(
    'reports',
    { filter: { wardId, provinceId, from: fromIso, to: toIso }, pagination: { page: 1, perPage: LIMIT }, sort: { field: 'createdAt', order: 'DESC' } },
    { enabled: validRange },
  );

  // A ward officer's QR code is their ward's unless the filter names another ward.
  const qrWardId = wardId ?? (identity?.role === 'WARD_OFFICER' ? (identity.scopeUnitId as string | undefined) : undefined);
  const { data: ward } = useGetOne('wards', { id: qrWardId ?? '' }, { enabled: !!qrWardId });

  const reports = useMemo(() => data ?? [], [data]);
  const knownNames = useMemo(() => {
    const names = new Map<string, string>();
    for (const r of reports) if (r.neighbourhoodId && r.unitId === r.neighbourhoodId && r.unit?.name) names.set(r.neighbourhoodId, r.unit.name);
    return names;
  }, [reports]);
  const missing = useMemo(
    () => [...new Set(reports.map((r) => r.neighbourhoodId).filter((id): id is string => !!id && !knownNames.has(id)))],
    [reports, knownNames],
  );
  const { data: fetched } = useGetMany('neighbourhoods', { ids: missing }, { enabled: missing.length > 0 });

  const rows = useMemo<Row[]>(() => {
    const byId = new Map<string, Row>();
    const nameOf = (id: string) =>
      id === NONE ? translate('resources.reports.hotspots.ward_level') : (knownNames.get(id) ?? (fetched?.find((n) => n.id === id)?.name as string | undefined) ?? '…');
    for (const r of reports) {
      const id = r.neighbourhoodId ?? NONE;
      let row = byId.get(id);
      if (!row) {
        row = { id, name: nameOf(id), counts: emptyCounts(), total: 0 };
        byId.set(id, row);
      }
      row.counts[r.category] += 1;
      row.total += 1;
    }
    return [...byId.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, 'vi'));
  }, [reports, knownNames, fetched, translate]);

  const present = REPORT_CATEGORIES.filter((c) => rows.some((r) => r.counts[c] > 0));
  const counted = reports.length;
  const labelWidth = Math.min(220, Math.max(90, Math.max(0, ...rows.map((r) => r.name.length)) * 7 + 16));

  return (
    <Box data-testid="report-hotspots">
      <Box display="flex" alignItems="center" gap={2} flexWrap="wrap" mb={1}>
        <Typography variant="h6">{translate('resources.reports.hotspots.title')}</Typography>
        <TextField
          type="date"
          size="small"
          fullWidth={false}
          sx={{ width: 170 }}
          label={translate('resources.reports.hotspots.from')}
          value={from}
          onChange={(e) => setFrom(e.target.value)}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'hotspots-from', max: to || undefined } }}
        />
        <TextField
          type="date"
          size="small"
          fullWidth={false}
          sx={{ width: 170 }}
          label={translate('resources.reports.hotspots.to')}
          value={to}
          onChange={(e) => setTo(e.target.value)}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'hotspots-to', min: from || undefined } }}
        />
        <Typography variant="body2" color="text.secondary" sx={{ flex: 1, minWidth: 200 }}>
          {wardId ? `${translate('resources.reports.hotspots.scope_ward')}${ward?.name ? `: ${ward.name}` : ''}` : translate('resources.reports.hotspots.scope_all')}
          {validRange && !isPending && !error ? ` · ${translate('resources.reports.hotspots.count', { count: total ?? counted })}` : ''}
        </Typography>
        {qrWardId && (
          <Box display="flex" alignItems="center" gap={0.5}>
            <Typography variant="caption" color="text.secondary">
              {translate('resources.reports.hotspots.qr_ward')}
            </Typography>
            <QrDownloadButton unitId={qrWardId} unitName={ward?.name as string | undefined} />
          </Box>
        )}
      </Box>
      {!validRange ? (
        <Alert severity="warning">{translate('resources.reports.hotspots.bad_range')}</Alert>
      ) : error ? (
        <Alert severity="error">{translate((error as Error).message ?? 'ra.notification.http_error')}</Alert>
      ) : isPending ? (
        <Box display="flex" justifyContent="center" p={3}>
          <CircularProgress size={28} />
        </Box>
      ) : rows.length === 0 ? (
        <Typography color="text.secondary" sx={{ py: 2 }}>
          {translate('resources.reports.hotspots.empty')}
        </Typography>
      ) : (
        <>
          {(total ?? 0) > counted && (
            <Alert severity="warning" sx={{ mb: 1 }} data-testid="hotspots-truncated">
              {translate('resources.reports.hotspots.truncated', { counted, total })}
            </Alert>
          )}
          <Box display="flex" gap={2} flexWrap="wrap" alignItems="flex-start">
            <Box sx={{ flex: '1 1 360px', minWidth: 320, maxHeight: 420, overflowY: 'auto' }}>
              <BarChart
                height={rows.length * ROW_HEIGHT + 110}
                layout="horizontal"
                yAxis={[{ scaleType: 'band', data: rows.map((r) => r.name), width: labelWidth, categoryGapRatio: 0.35 }]}
                xAxis={[{ tickMinStep: 1, position: 'top' }]}
                series={present.map((c) => ({
                  id: c,
                  data: rows.map((r) => r.counts[c]),
                  label: translate(`resources.reports.categories.${c}`),
                  stack: 'category',
                  color: CATEGORY_COLORS[c],
                }))}
                grid={{ vertical: true }}
                slotProps={{ legend: { position: { vertical: 'top', horizontal: 'start' } } }}
                margin={{ right: 24, left: 8, top: 8, bottom: 8 }}
              />
            </Box>
            <Box sx={{ flex: '1 1 560px', overflowX: 'auto' }}>
              <Table size="small" data-testid="hotspots-table">
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('resources.reports.hotspots.neighbourhood')}</TableCell>
                    {present.map((c) => (
                      <TableCell key={c} align="right" sx={{ whiteSpace: 'nowrap' }}>
                        <Box component="span" sx={{ display: 'inline-block', width: 10, height: 10, borderRadius: '2px', bgcolor: CATEGORY_COLORS[c], mr: 0.5 }} />
                        {translate(`resources.reports.categories.${c}`)}
                      </TableCell>
                    ))}
                    <TableCell align="right">{translate('resources.reports.hotspots.total')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {rows.map((r) => (
                    <TableRow key={r.id}>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>
                        {r.name}
                        {r.id !== NONE && <QrDownloadButton unitId={r.id} unitName={r.name} compact />}
                      </TableCell>
                      {present.map((c) => (
                        <TableCell key={c} align="right">
                          {r.counts[c] || '—'}
                        </TableCell>
                      ))}
                      <TableCell align="right">
                        <strong>{r.total}</strong>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Box>
          </Box>
        </>
      )}
    </Box>
  );
};
