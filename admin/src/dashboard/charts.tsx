import { useTranslate } from 'react-admin';
/** The dashboard's two charts: assessments by status, and the same per child unit. */
import { Box, Typography } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import type { AssessmentStatus, DashboardRow, StatusCount } from '../../../rules/contract';
import { useFormats } from './i18n';

/** One colour per status, the same in every chart, from draft (grey) to decided (green / red). */
export const STATUS_COLORS: Record<AssessmentStatus, string> = {
  DRAFT: '#9e9e9e',
  SUBMITTED: '#1e88e5',
  APPRAISED: '#8e24aa',
  RETURNED: '#fb8c00',
  RECOGNIZED: '#2e7d32',
  NOT_RECOGNIZED: '#c62828',
};

const STATUSES = Object.keys(STATUS_COLORS) as AssessmentStatus[];

const countOf = (counts: StatusCount[], status: AssessmentStatus) => counts.find((c) => c.status === status)?.count ?? 0;

export const StatusChart = ({ counts, height = 300 }: { counts: StatusCount[]; height?: number }) => {
  const translate = useTranslate();
  const { number } = useFormats();
  const labels = STATUSES.map((s) => translate(`enums.AssessmentStatus.${s}`));
  const data = STATUSES.map((s) => countOf(counts, s));
  if (data.every((n) => n === 0)) {
    return (
      <Box sx={{ height, display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
        <Typography color="text.secondary">{translate('dashboard.no_assessments')}</Typography>
      </Box>
    );
  }
  return (
    <BarChart
      height={height}
      layout="horizontal"
      yAxis={[{ scaleType: 'band', data: labels, width: 124, colorMap: { type: 'ordinal', values: labels, colors: STATUSES.map((s) => STATUS_COLORS[s]) } }]}
      // Room after the longest bar for its label.
      xAxis={[{ tickMinStep: 1, max: Math.max(...data) + Math.max(1, Math.ceil(Math.max(...data) * 0.1)), valueFormatter: (v: number) => number(v) }]}
      series={[
        {
          data,
          label: translate('dashboard.assessments'),
          valueFormatter: (v) => (v == null ? '' : number(v)),
          barLabel: (item) => (item.value ? number(item.value) : null),
          barLabelPlacement: 'outside',
        },
      ]}
      grid={{ vertical: true }}
      hideLegend
      margin={{ right: 32, left: 8, top: 8, bottom: 8 }}
      data-testid="status-chart"
    />
  );
};

/** Each unit's column is this wide: the chart grows past its box and scrolls sideways inside it, never dropping units. */
const COLUMN_WIDTH = 40;

/** Stacked columns: each child unit's assessments by status (only the statuses that occur), every unit labelled. */
export const BreakdownChart = ({ rows, names }: { rows: DashboardRow[]; names: string[] }) => {
  const translate = useTranslate();
  const { number } = useFormats();
  const present = STATUSES.filter((s) => rows.some((r) => countOf(r.assessmentsByStatus, s) > 0));
  if (present.length === 0) {
    return (
      <Box sx={{ py: 4, textAlign: 'center' }}>
        <Typography color="text.secondary">{translate('dashboard.no_assessments')}</Typography>
      </Box>
    );
  }
  const tallest = Math.max(...rows.map((r) => r.assessmentsByStatus.reduce((n, c) => n + c.count, 0)));
  // Room under the columns for the longest name, written slanted (about 5 px a character at 11 px).
  const labelHeight = Math.min(160, Math.max(48, Math.max(...names.map((n) => n.length)) * 5 + 16));
  return (
    <Box sx={{ overflowX: 'auto', overflowY: 'hidden' }} data-testid="breakdown-chart-scroll">
      <Box sx={{ minWidth: rows.length * COLUMN_WIDTH + 64 }}>
        <BarChart
          height={260 + labelHeight}
          xAxis={[
            {
              scaleType: 'band',
              data: names,
              categoryGapRatio: 0.3,
              height: labelHeight,
              // Every unit's name, even where the library would thin them out.
              tickLabelInterval: () => true,
              tickLabelStyle: { angle: -45, textAnchor: 'end', fontSize: 11 },
            },
          ]}
          // Headroom above the tallest column, so its top is not lost under the legend.
          yAxis={[{ tickMinStep: 1, max: tallest + Math.max(1, Math.ceil(tallest * 0.1)), valueFormatter: (v: number) => number(v), width: 40 }]}
          series={present.map((s) => ({
            id: s,
            data: rows.map((r) => countOf(r.assessmentsByStatus, s)),
            label: translate(`enums.AssessmentStatus.${s}`),
            stack: 'status',
            color: STATUS_COLORS[s],
            valueFormatter: (v: number | null) => (v == null ? '' : number(v)),
          }))}
          grid={{ horizontal: true }}
          slotProps={{ legend: { position: { vertical: 'top', horizontal: 'start' } } }}
          margin={{ right: 16, left: 8, top: 8, bottom: 8 }}
          data-testid="breakdown-chart"
        />
      </Box>
    </Box>
  );
};
