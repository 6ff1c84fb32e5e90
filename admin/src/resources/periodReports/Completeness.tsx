/**
 * Which units directly below a province or ward have reported for a period (the level above's
 * view): each unit's report status, the late ones, a link to each report; counts on top and a
 * filter for the late or returned ones. The pickers open on the caller's own scope unit and the
 * current month, and keep what was picked (react-admin's store) while the user opens a report.
 */
import { useEffect, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  Alert,
  Box,
  Card,
  CardContent,
  Chip,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { Form, Link, Title, useCreatePath, useLogoutIfAccessDenied, useStore, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { ProvinceInput, WardInput } from '../../common/UnitInputs';
import type { PeriodKind } from '../../../../rules/contract';
import { PERIOD_INDEX_MAX, periodBounds } from '../../../../rules/periods';
import { detailOf } from '../../providers/errors';
import { fetchReportCompleteness, type Completeness as CompletenessData } from './api';
import { currentPeriod, dayText, periodLabel } from './period';
import { PeriodInputs } from './PeriodReportForm';
import { ReportStatusChip, type ReportStatusOrNone } from './StatusChip';
import { useScopeUnit } from './useScopeUnit';

interface Values {
  provinceId: string | null;
  wardId: string | null;
  periodKind: Exclude<PeriodKind, 'CUSTOM'>;
  year: number;
  periodIndex: number | null;
}

type Show = 'all' | 'late' | 'returned';
const COUNTED: ReportStatusOrNone[] = ['SUBMITTED', 'ACCEPTED', 'RETURNED', 'DRAFT', 'NONE'];

/** Keeps the pickers' values in the store, so going back from a report finds them as they were. */
const KeepValues = ({ onChange }: { onChange: (values: Values) => void }) => {
  const values = useWatch() as Values;
  const key = JSON.stringify(values);
  useEffect(() => onChange(JSON.parse(key) as Values), [key, onChange]);
  return null;
};

const Counts = ({ data }: { data: CompletenessData }) => {
  const translate = useTranslate();
  const count = (status: ReportStatusOrNone) => data.rows.filter((r) => r.status === status).length;
  return (
    <Stack direction="row" useFlexGap flexWrap="wrap" gap={1} data-testid="completeness-counts">
      <Chip label={`${translate('resources.periodReports.completeness.units')}: ${data.rows.length}`} />
      {COUNTED.map((status) => (
        <Chip key={status} variant="outlined" label={`${translate(`resources.periodReports.statuses.${status}`)}: ${count(status)}`} data-testid={`completeness-count-${status}`} />
      ))}
      <Chip color={data.late ? 'error' : 'default'} variant="outlined" label={`${translate('resources.periodReports.completeness.late')}: ${data.late}`} data-testid="completeness-count-late" />
    </Stack>
  );
};

const Rows = () => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const [show, setShow] = useState<Show>('all');
  const [provinceId, wardId, periodKind, year, periodIndex] = useWatch({ name: ['provinceId', 'wardId', 'periodKind', 'year', 'periodIndex'] }) as [
    string | null,
    string | null,
    Values['periodKind'],
    number | null,
    number | null,
  ];
  const unitId = wardId || provinceId;
  const indexed = PERIOD_INDEX_MAX[periodKind] !== null;
  const index = indexed ? periodIndex : null;
  const ready = !!unitId && !!year && (!indexed || !!index);
  const query = useQuery({
    queryKey: ['periodReports', 'completeness', unitId, year, periodKind, index],
    queryFn: () => fetchReportCompleteness(unitId as string, year as number, periodKind, index),
    enabled: ready,
    placeholderData: keepPreviousData,
  });
  const { data, error, isFetching } = query;
  useEffect(() => {
    if ((error as { status?: number } | null)?.status === 401) void logoutIfAccessDenied(error);
  }, [error, logoutIfAccessDenied]);

  if (!ready) return <Alert severity="info">{translate('resources.periodReports.completeness.unit_hint')}</Alert>;
  if (error) {
    const message = error instanceof Error ? error.message : String(error);
    return (
      <Alert severity="error" data-testid="completeness-error">
        {translate('resources.periodReports.completeness.load_error')} {translate(message, { _: message })}
        {detailOf(error) && <Typography variant="caption" display="block">{detailOf(error)}</Typography>}
      </Alert>
    );
  }
  if (!data) return <LinearProgress />;

  const period = { periodKind: data.periodKind, year: data.year, periodIndex: data.periodIndex ?? null, ...periodBounds(data.periodKind, data.year, data.periodIndex ?? null) };
  const due = new Date(Date.parse(`${period.to}T00:00:00Z`) + data.graceDays * 86_400_000).toISOString().slice(0, 10);
  const rows = data.rows.filter((r) => (show === 'late' ? r.late : show === 'returned' ? r.status === 'RETURNED' : true));

  return (
    <Card variant="outlined" sx={{ position: 'relative' }} data-testid="completeness">
      {isFetching && <LinearProgress sx={{ position: 'absolute', top: 0, left: 0, right: 0 }} />}
      <CardContent>
        <Typography variant="h6" component="h2">
          {data.unit.name} · {periodLabel(translate, period)}
        </Typography>
        <Typography variant="body2" color="text.secondary" gutterBottom>
          {translate('resources.periodReports.completeness.due', { day: dayText(due), days: data.graceDays })}
        </Typography>
        <Counts data={data} />
        <Box display="flex" alignItems="center" gap={1} flexWrap="wrap" mt={2}>
          <Typography variant="body2">{translate('resources.periodReports.completeness.show')}</Typography>
          <ToggleButtonGroup size="small" exclusive value={show} onChange={(_e, next: Show | null) => next && setShow(next)} data-testid="completeness-filter">
            <ToggleButton value="all">{translate('resources.periodReports.completeness.all')}</ToggleButton>
            <ToggleButton value="late">{translate('resources.periodReports.completeness.late_only')}</ToggleButton>
            <ToggleButton value="returned">{translate('resources.periodReports.completeness.returned_only')}</ToggleButton>
          </ToggleButtonGroup>
        </Box>
      </CardContent>
      {rows.length === 0 ? (
        <CardContent>
          <Typography variant="body2" color="text.secondary">
            {translate('resources.periodReports.completeness.empty')}
          </Typography>
        </CardContent>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('app.units.unit')}</TableCell>
              <TableCell>{translate('resources.periodReports.fields.status')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.unit.id} data-testid="completeness-row" data-status={row.status} data-late={row.late}>
                <TableCell sx={{ wordBreak: 'break-word' }}>
                  {row.report ? (
                    <Link to={createPath({ resource: 'periodReports', id: row.report.id, type: 'show' })} title={translate('resources.periodReports.completeness.open')}>
                      {row.unit.name}
                    </Link>
                  ) : (
                    row.unit.name
                  )}
                  {row.report?.number && (
                    <Typography variant="caption" color="text.secondary" display="block">
                      {row.report.number}
                    </Typography>
                  )}
                </TableCell>
                <TableCell>
                  <Stack direction="row" useFlexGap flexWrap="wrap" gap={0.5}>
                    <ReportStatusChip status={row.status as ReportStatusOrNone} />
                    {row.late && <Chip size="small" color="error" label={translate('resources.periodReports.completeness.late')} data-testid="late-marker" />}
                  </Stack>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Card>
  );
};

export const Completeness = () => {
  const { data: scope, isPending } = useScopeUnit();
  const [saved, setSaved] = useStore<Values | null>('periodReports.completeness', null);
  if (isPending) return <LinearProgress sx={{ mt: 2 }} />;
  const defaults: Values = saved ?? {
    provinceId: scope?.level === 'PROVINCE' ? scope.id : (scope?.provinceId ?? null),
    wardId: scope?.level === 'WARD' ? scope.id : (scope?.wardId ?? null),
    periodKind: 'MONTH',
    ...currentPeriod('MONTH'),
  };
  const cell = { flex: '1 1 220px', minWidth: 0, maxWidth: { sm: 340 } };
  return (
    <Box mt={2} display="flex" flexDirection="column" gap={2}>
      <Title title="resources.periodReports.tabs.completeness" />
      <Form defaultValues={defaults} onSubmit={() => undefined}>
        <Card variant="outlined">
          <CardContent sx={{ '&:last-child': { pb: 1 } }} data-testid="completeness-pickers">
            <Box display="flex" columnGap={2} flexWrap="wrap">
              <Box sx={cell}>
                <ProvinceInput />
              </Box>
              <Box sx={cell}>
                <WardInput />
              </Box>
            </Box>
            <PeriodInputs withCustom={false} />
          </CardContent>
        </Card>
        <KeepValues onChange={setSaved} />
        <Box mt={2}>
          <Rows />
        </Box>
      </Form>
    </Box>
  );
};
