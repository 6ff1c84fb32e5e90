/**
 * Who is behind: one row per child unit (every province, ward or neighbourhood in scope, with
 * zeros), the views "chưa gửi" / "quá hạn", sorting by each column, the reporting period the
 * report column is checked for, and the chart of the same rows. Views and order are
 * rules/metrics' (the API's own), applied here to the rows already loaded, so a click costs no
 * request on a weak network.
 */
import { useState, type ReactNode } from 'react';
import {
  Box,
  Chip,
  IconButton,
  LinearProgress,
  Link,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TableSortLabel,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import SwapVertIcon from '@mui/icons-material/SwapVert';
import { useTranslate } from 'react-admin';
import { useController } from 'react-hook-form';
import type { Dashboard, DashboardRow, DashboardRowsSortField, DashboardRowsView, PeriodKind, SortOrder, SubmissionState } from '../../../rules/contract';
import { formatDay } from '../../../rules/dates';
import { inView, sortRows } from '../../../rules/metrics';
import { PERIOD_INDEX_MAX } from '../../../rules/periods';
import { useIsPhone } from '../common/PhoneList';
import { periodLabel } from '../resources/periodReports/period';
import { BreakdownChart } from './charts';
import { useFormats } from './i18n';
import { Section } from './sections';

type ChildLevel = NonNullable<Dashboard['childLevel']>;

const TITLE: Record<ChildLevel, string> = {
  PROVINCE: 'dashboard.breakdown_provinces',
  WARD: 'app.dashboard.breakdown_wards',
  NEIGHBOURHOOD: 'app.dashboard.breakdown_neighbourhoods',
};
const UNIT_LABEL: Record<ChildLevel, string> = { PROVINCE: 'app.units.province', WARD: 'app.units.ward', NEIGHBOURHOOD: 'app.units.neighbourhood' };

const STATE_COLOR: Record<SubmissionState, 'success' | 'default' | 'error'> = { SUBMITTED: 'success', PENDING: 'default', OVERDUE: 'error', NOT_REQUIRED: 'default' };

const nameOf = (row: DashboardRow) => row.unit?.name ?? '—';

/** The periods of a year the report column can be checked for, as "KIND" or "KIND-index". */
type PeriodChoice = { kind: Exclude<PeriodKind, 'CUSTOM'>; index: number | null };
const PERIOD_CHOICES: PeriodChoice[] = (['YEAR', 'HALF_YEAR', 'QUARTER', 'MONTH'] as const).flatMap((kind): PeriodChoice[] => {
  const max = PERIOD_INDEX_MAX[kind];
  return max === null ? [{ kind, index: null }] : Array.from({ length: max }, (_, i) => ({ kind, index: i + 1 }));
});
export const periodKey = (p: { kind: string; index?: number | null }) => (p.index ? `${p.kind}-${p.index}` : p.kind);
/** The form's `reportPeriod` ("QUARTER-3", "YEAR", or empty for the API's default) as the query's input. */
export const periodInputOf = (key: string | null | undefined) => {
  if (!key) return null;
  const [kind, index] = key.split('-');
  return { kind: kind as Exclude<PeriodKind, 'CUSTOM'>, index: index ? Number(index) : null };
};

/** The reporting period (form field `reportPeriod`); empty until the user picks one, showing the period the API chose. */
const ReportPeriodSelect = ({ period }: { period: Dashboard['reportPeriod'] }) => {
  const translate = useTranslate();
  const { field } = useController({ name: 'reportPeriod' });
  const label = (p: { kind: PeriodKind; index: number | null }) => periodLabel(translate, { periodKind: p.kind, periodIndex: p.index, year: period.year, from: '', to: '' });
  return (
    <TextField
      select
      size="small"
      label={translate('dashboard.report_period')}
      value={field.value || periodKey(period)}
      onChange={(e) => field.onChange(e.target.value)}
      fullWidth={false}
      sx={{ width: { xs: '100%', sm: 240 } }}
      slotProps={{ htmlInput: { 'data-testid': 'dashboard-report-period' } }}
    >
      {PERIOD_CHOICES.map((p) => (
        <MenuItem key={periodKey(p)} value={periodKey(p)}>
          {label(p)}
        </MenuItem>
      ))}
    </TextField>
  );
};

const StateChip = ({ state, due, note }: { state: SubmissionState; due?: string | null; note?: string | null }) => {
  const translate = useTranslate();
  if (state === 'NOT_REQUIRED')
    return (
      <Typography variant="body2" color="text.secondary" data-state={state}>
        —
      </Typography>
    );
  return (
    <Stack spacing={0.25} alignItems="flex-start">
      <Chip size="small" color={STATE_COLOR[state]} variant={state === 'PENDING' ? 'outlined' : 'filled'} label={translate(`dashboard.state.${state}`)} data-state={state} />
      {(due || note) && (
        <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
          {[note, due ? translate('dashboard.due_on', { day: formatDay(due) }) : null].filter(Boolean).join(' · ')}
        </Typography>
      )}
    </Stack>
  );
};

interface Column {
  field: DashboardRowsSortField;
  label: string;
  align?: 'right' | 'center';
  /** Numbers sort most first on the first click. */
  descFirst?: boolean;
  cell: (row: DashboardRow) => ReactNode;
}

/** On a phone: the order as a select and a button that turns it (the table's headers are off-screen there). */
const PhoneSort = ({ options, sort, onSort }: { options: Array<{ field: DashboardRowsSortField; label: string; descFirst?: boolean }>; sort: { field: DashboardRowsSortField; order: SortOrder }; onSort: (field: DashboardRowsSortField, descFirst?: boolean) => void }) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={1} alignItems="center" sx={{ width: '100%' }}>
      <TextField
        select
        size="small"
        label={translate('dashboard.sort_by')}
        value={sort.field}
        onChange={(e) => {
          const option = options.find((o) => o.field === e.target.value);
          if (option) onSort(option.field, option.descFirst);
        }}
        fullWidth={false}
        sx={{ flex: 1 }}
        slotProps={{ htmlInput: { 'data-testid': 'sort-select' } }}
      >
        {options.map((o) => (
          <MenuItem key={o.field} value={o.field}>
            {o.label}
          </MenuItem>
        ))}
      </TextField>
      <IconButton onClick={() => onSort(sort.field)} aria-label={translate(sort.order === 'ASC' ? 'dashboard.order_asc' : 'dashboard.order_desc')} title={translate(sort.order === 'ASC' ? 'dashboard.order_asc' : 'dashboard.order_desc')} data-testid="sort-order">
        <SwapVertIcon />
      </IconButton>
    </Stack>
  );
};

/** On a phone: one card a unit, its figures on a line and what it has sent as chips. */
const PhoneRows = ({ rows, columns, onOpen }: { rows: DashboardRow[]; columns: Column[]; onOpen: (row: DashboardRow) => void }) => {
  const { number, percent } = useFormats();
  const translate = useTranslate();
  const stateColumns = columns.filter((c) => c.field === 'SELF_ASSESSMENT' || c.field === 'PERIOD_REPORT');
  return (
    <Box sx={{ maxHeight: '70vh', overflowY: 'auto' }} data-testid="breakdown-list">
      {rows.map((row, i) => (
        <Box key={row.unit?.id ?? i} data-testid="breakdown-row" sx={{ py: 1, borderBottom: 1, borderColor: 'divider' }}>
          <UnitLink row={row} onOpen={onOpen} />
          <Typography variant="body2" color="text.secondary">
            {row.unit?.level === 'NEIGHBOURHOOD'
              ? translate('dashboard.phone_line_neighbourhood', { assessments: number(row.assessments), recognised: translate(row.recognized > 0 ? 'app.common.yes' : 'app.common.no') })
              : translate('dashboard.phone_line', { neighbourhoods: number(row.neighbourhoods), recognised: number(row.recognized), share: percent(row.recognizedShare), assessments: number(row.assessments) })}
          </Typography>
          <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 1.5, mt: 0.5 }}>
            {stateColumns.map((c) => (
              <Stack key={c.field} direction="row" spacing={0.75} alignItems="flex-start">
                <Typography variant="caption" sx={{ pt: 0.4 }}>
                  {c.label}:
                </Typography>
                {c.cell(row)}
              </Stack>
            ))}
          </Stack>
        </Box>
      ))}
    </Box>
  );
};

/** A unit's name, opening its own overview. */
const UnitLink = ({ row, onOpen }: { row: DashboardRow; onOpen: (row: DashboardRow) => void }) => {
  const translate = useTranslate();
  if (!row.unit) return <>—</>;
  return (
    <Link
      component="button"
      type="button"
      underline="hover"
      onClick={() => onOpen(row)}
      title={translate('dashboard.open_unit', { name: nameOf(row) })}
      sx={{ textAlign: 'left', font: 'inherit', verticalAlign: 'baseline' }}
      data-testid="breakdown-row-name"
    >
      {nameOf(row)}
    </Link>
  );
};

export const BreakdownSection = ({ data, onOpen }: { data: Dashboard; onOpen: (row: DashboardRow) => void }) => {
  const translate = useTranslate();
  const { number, percent } = useFormats();
  const phone = useIsPhone();
  const [view, setView] = useState<DashboardRowsView>('ALL');
  const [sort, setSort] = useState<{ field: DashboardRowsSortField; order: SortOrder }>({ field: 'NAME', order: 'ASC' });
  const childLevel = data.childLevel as ChildLevel;
  const rows = sortRows(
    data.breakdown.filter((r) => inView(r, view)),
    nameOf,
    sort.field,
    sort.order,
  );
  const rated = data.breakdown.some((r) => r.selfAssessment !== 'NOT_REQUIRED');
  const period = data.reportPeriod;
  const periodText = periodLabel(translate, { periodKind: period.kind, periodIndex: period.index ?? null, year: period.year, from: period.from, to: period.to });
  const counts = { ALL: data.breakdownCounts.all, NOT_SUBMITTED: data.breakdownCounts.notSubmitted, OVERDUE: data.breakdownCounts.overdue };

  const columns: Column[] = [
    ...(childLevel !== 'NEIGHBOURHOOD'
      ? [
          { field: 'NEIGHBOURHOODS', label: translate('app.dashboard.neighbourhoods'), align: 'right', descFirst: true, cell: (r) => number(r.neighbourhoods) } satisfies Column,
          { field: 'RECOGNIZED', label: translate('app.dashboard.recognized'), align: 'right', descFirst: true, cell: (r) => number(r.recognized) } satisfies Column,
          {
            field: 'RECOGNIZED_SHARE',
            label: translate('dashboard.share'),
            descFirst: true,
            cell: (r) => (
              <Stack direction="row" spacing={1} alignItems="center" sx={{ minWidth: { xs: 56, xl: 140 } }}>
                {/* The bar only where the table has room for it beside the states. */}
                <LinearProgress variant="determinate" value={r.recognizedShare * 100} color="success" sx={{ flex: 1, height: 6, borderRadius: 3, display: { xs: 'none', xl: 'block' } }} />
                <Typography variant="body2" sx={{ minWidth: 44, textAlign: 'right' }}>
                  {percent(r.recognizedShare)}
                </Typography>
              </Stack>
            ),
          } satisfies Column,
        ]
      : [
          {
            field: 'RECOGNIZED',
            label: translate('app.dashboard.recognized'),
            align: 'center',
            descFirst: true,
            cell: (r) =>
              r.recognized > 0 ? <Chip size="small" color="success" icon={<CheckCircleIcon />} label={translate('app.common.yes')} /> : <Chip size="small" variant="outlined" label={translate('app.common.no')} />,
          } satisfies Column,
        ]),
    { field: 'ASSESSMENTS', label: translate('dashboard.assessments'), align: 'right', descFirst: true, cell: (r) => number(r.assessments) },
    ...(rated ? [{ field: 'SELF_ASSESSMENT', label: translate('dashboard.self_assessment'), cell: (r) => <StateChip state={r.selfAssessment} due={r.selfAssessmentDue} /> } satisfies Column] : []),
    {
      field: 'PERIOD_REPORT',
      label: translate('dashboard.period_report'),
      cell: (r) => (
        <StateChip
          state={r.periodReport}
          // A draft or a returned report exists but is not sent: say so beside "chưa gửi".
          note={r.periodReportStatus && r.periodReport !== 'SUBMITTED' ? translate(`resources.periodReports.statuses.${r.periodReportStatus}`) : null}
        />
      ),
    },
  ];
  /** A second click on the sorted column turns its order; a new column starts A→Z, or most first for numbers. */
  const sortBy = (field: DashboardRowsSortField, descFirst = false) =>
    setSort((s) => (s.field === field ? { field, order: s.order === 'ASC' ? 'DESC' : 'ASC' } : { field, order: descFirst ? 'DESC' : 'ASC' }));
  const header = (field: DashboardRowsSortField, label: string, align?: 'right' | 'center', descFirst?: boolean) => (
    <TableCell key={field} align={align} sortDirection={sort.field === field ? (sort.order === 'ASC' ? 'asc' : 'desc') : false} sx={{ whiteSpace: 'nowrap' }}>
      <TableSortLabel active={sort.field === field} direction={sort.field === field && sort.order === 'DESC' ? 'desc' : 'asc'} onClick={() => sortBy(field, descFirst)} data-testid={`sort-${field}`}>
        {label}
      </TableSortLabel>
    </TableCell>
  );

  return (
    <Section
      title={translate(TITLE[childLevel])}
      testId="breakdown"
      action={
        <Typography variant="body2" color="text.secondary" data-testid="breakdown-shown">
          {translate('dashboard.rows_shown', { shown: number(rows.length), total: number(data.breakdownCounts.all) })}
        </Typography>
      }
    >
      <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 1.5, alignItems: 'center', mb: 1.5 }}>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={view}
          onChange={(_e, next: DashboardRowsView | null) => next && setView(next)}
          aria-label={translate('dashboard.view_label')}
          sx={{ flexWrap: 'wrap' }}
        >
          {(['ALL', 'NOT_SUBMITTED', 'OVERDUE'] as const).map((v) => (
            <ToggleButton key={v} value={v} data-testid={`view-${v}`} sx={{ textTransform: 'none', px: 1.5 }}>
              {translate(`dashboard.view.${v}`, { count: number(counts[v]) })}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        <ReportPeriodSelect period={period} />
        {phone && <PhoneSort options={[{ field: 'NAME', label: translate(UNIT_LABEL[childLevel]) }, ...columns]} sort={sort} onSort={sortBy} />}
      </Stack>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }} data-testid="report-due">
        {translate('dashboard.report_due', { period: periodText, day: formatDay(period.due), grace: period.graceDays })}
      </Typography>
      {rows.length === 0 ? (
        <Typography color="text.secondary" sx={{ py: 2 }} data-testid="breakdown-empty">
          {translate(view === 'ALL' ? 'dashboard.no_breakdown' : 'dashboard.no_rows_in_view')}
        </Typography>
      ) : (
        <Stack spacing={3}>
          {/* Every row, scrolled inside the box (sticky header): nothing is cut. */}
          {phone ? (
            <PhoneRows rows={rows} columns={columns} onOpen={onOpen} />
          ) : (
            <TableContainer sx={{ maxHeight: 560, overflowX: 'auto' }}>
              <Table size="small" stickyHeader data-testid="breakdown-table">
                <TableHead>
                  <TableRow>
                    {header('NAME', translate(UNIT_LABEL[childLevel]))}
                    {columns.map((c) => header(c.field, c.label, c.align, c.descFirst))}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {rows.map((row, i) => (
                    <TableRow key={row.unit?.id ?? i} hover data-testid="breakdown-row">
                      <TableCell sx={{ minWidth: 140 }}>
                        <UnitLink row={row} onOpen={onOpen} />
                      </TableCell>
                      {columns.map((c) => (
                        <TableCell key={c.field} align={c.align}>
                          {c.cell(row)}
                        </TableCell>
                      ))}
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
          )}
          <Box>
            <Typography variant="subtitle2" sx={{ mb: 0.5 }}>
              {translate('dashboard.chart_title')}
            </Typography>
            <BreakdownChart rows={rows} names={rows.map(nameOf)} />
          </Box>
        </Stack>
      )}
    </Section>
  );
};

