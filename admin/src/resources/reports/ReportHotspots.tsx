/**
 * Hot spots (seed 000: "bản đồ điểm nóng về an ninh, trật tự"), within the list filter's ward or
 * province (or everything the user may see), for a period (default the last 30 days) and a
 * category: the map of located reports and businesses (lazy-loaded: Leaflet is not in the first
 * load), then how many reports each neighbourhood got, by category. The table is counted in the
 * browser from at most 200 reports — it says so when there are more.
 */
import { Suspense, useContext, useMemo, useState } from 'react';
import {
  Alert,
  Box,
  Checkbox,
  CircularProgress,
  FormControlLabel,
  MenuItem,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { ListContext, useGetIdentity, useGetList, useGetMany, useGetOne, useTranslate } from 'react-admin';
import type { HotspotKind, Report, ReportCategory } from '../../../../rules/contract';
import { LazyHotspotMap } from '../../map';
import { QrDownloadButton } from '../establishments/QrDownloadButton';
import { REPORT_CATEGORIES } from '../../../../rules/workflow';
import { CATEGORY_COLORS } from './choices';

const LIMIT = 200;
const NONE = '__ward__';
const ALL = '';

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

  const [category, setCategory] = useState<ReportCategory | typeof ALL>(ALL);
  const [kinds, setKinds] = useState<Record<HotspotKind, boolean>>({ REPORT: true, ESTABLISHMENT: true });
  const shownKinds = (Object.keys(kinds) as HotspotKind[]).filter((k) => kinds[k]);
  const mapFilter = useMemo(
    () => ({ wardId, provinceId, from: fromIso, to: toIso, category: category || undefined, kinds: shownKinds }),
    // shownKinds is derived from kinds.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [wardId, provinceId, fromIso, toIso, category, kinds],
  );

  const { data, total, isPending, error } = useGetList<Report & { id: string }>(
    'reports',
    { filter: { wardId, provinceId, from: fromIso, to: toIso, category: category || undefined }, pagination: { page: 1, perPage: LIMIT }, sort: { field: 'createdAt', order: 'DESC' } },
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
        <TextField
          select
          size="small"
          sx={{ width: { xs: '100%', sm: 220 } }}
          label={translate('map.category')}
          value={category}
          onChange={(e) => setCategory(e.target.value as ReportCategory | typeof ALL)}
          slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'hotspots-category' } as object } }}
        >
          <MenuItem value={ALL}>{translate('map.all_categories')}</MenuItem>
          {REPORT_CATEGORIES.map((c) => (
            <MenuItem key={c} value={c} data-testid={`hotspots-category-${c}`}>
              {translate(`resources.reports.categories.${c}`)}
            </MenuItem>
          ))}
        </TextField>
        <Box display="flex">
          {(['REPORT', 'ESTABLISHMENT'] as const).map((k) => (
            <FormControlLabel
              key={k}
              label={translate(k === 'REPORT' ? 'map.show_reports' : 'map.show_businesses')}
              control={
                <Checkbox
                  size="small"
                  checked={kinds[k]}
                  // One kind at least: the map is never asked for nothing.
                  disabled={kinds[k] && shownKinds.length === 1}
                  onChange={(e) => setKinds({ ...kinds, [k]: e.target.checked })}
                  slotProps={{ input: { 'data-testid': `hotspots-kind-${k}` } as object }}
                />
              }
            />
          ))}
        </Box>
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
      {validRange ? (
        <Box mb={2}>
          <Typography variant="subtitle1" component="h3">
            {translate('map.title')}
          </Typography>
          <Suspense
            fallback={
              <Box display="flex" alignItems="center" gap={1} p={2}>
                <CircularProgress size={20} />
                <Typography variant="body2">{translate('map.loading')}</Typography>
              </Box>
            }
          >
            <LazyHotspotMap filter={mapFilter} />
          </Suspense>
        </Box>
      ) : null}
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
