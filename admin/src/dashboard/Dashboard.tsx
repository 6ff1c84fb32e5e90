/**
 * The home page: figures for one unit and year, and who below it is behind. It opens on the
 * signed-in user's own scope unit, or on the national overview (every province) for a user whose
 * scope is the whole country; the cascading pickers choose another unit (the deepest one chosen
 * is shown; none chosen is the whole country for such a user) and the year select another year.
 */
import { useEffect } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Box, Button, Card, CardContent, Chip, LinearProgress, MenuItem, Skeleton, Stack, TextField, Typography } from '@mui/material';
import HomeWorkIcon from '@mui/icons-material/HomeWork';
import ShieldIcon from '@mui/icons-material/Shield';
import VerifiedIcon from '@mui/icons-material/Verified';
import { Form, Title, useGetIdentity, useGetOne, useLogoutIfAccessDenied, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { useController, useFormContext, useWatch } from 'react-hook-form';
import type { Dashboard as DashboardData, DashboardRow, UnitLevel } from '../../../rules/contract';
import { fetchDashboard } from './api';
import { detailOf } from '../providers/errors';
import { NeighbourhoodInput, ProvinceInput, WardInput } from '../common/UnitInputs';
import { BreakdownSection, periodInputOf } from './breakdown';
import { StatusChart } from './charts';
import { useFormats } from './i18n';
import { Section, ShareGauge, StatCard, TargetsSection } from './sections';
import { TodoPanel } from './TodoPanel';

interface DashboardValues {
  provinceId?: string | null;
  wardId?: string | null;
  neighbourhoodId?: string | null;
  year: number;
  /** The reporting period the breakdown checks reports for ("QUARTER-3"); empty: the API's default for the year. */
  reportPeriod?: string;
}

const CURRENT_YEAR = new Date().getFullYear();
const YEARS = Array.from({ length: 5 }, (_, i) => CURRENT_YEAR - i);

/** A unit's dashboard, or the national overview when `unitId` is null and `national` is set. */
const useDashboard = (unitId: string | null | undefined, year: number, { national = false, reportPeriod = '' }: { national?: boolean; reportPeriod?: string } = {}) => {
  const query = useQuery({
    queryKey: ['dashboard', unitId ?? null, year, reportPeriod],
    queryFn: () => fetchDashboard(unitId ?? null, year, periodInputOf(reportPeriod)),
    enabled: !!unitId || national,
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
  // An expired session sends the user to the login page, as react-admin's own queries do.
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const { error } = query;
  useEffect(() => {
    if ((error as { status?: number } | null)?.status === 401) void logoutIfAccessDenied(error);
  }, [error, logoutIfAccessDenied]);
  return query;
};

/** The error's message, translated when it is one of the console's keys (app.errors.*). */
const ErrorAlert = ({ error, onRetry }: { error: unknown; onRetry: () => void }) => {
  const translate = useTranslate();
  const message = error instanceof Error ? error.message : String(error);
  const detail = detailOf(error);
  return (
    <Alert
      severity="error"
      data-testid="dashboard-error"
      action={
        <Button color="inherit" size="small" onClick={onRetry}>
          {translate('dashboard.retry')}
        </Button>
      }
    >
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {translate('dashboard.load_error')}
      </Typography>
      <Typography variant="body2">{message.startsWith('app.errors.') ? translate(message, { _: message }) : message}</Typography>
      {detail && detail !== message && (
        <Typography variant="caption" color="text.secondary">
          {detail}
        </Typography>
      )}
    </Alert>
  );
};

/** Whether the signed-in user's scope is the whole country (no scope unit: the administrator). */
const useNationalScope = () => {
  const { identity, isPending } = useGetIdentity();
  return { national: !isPending && !!identity && !identity.scopeUnitId, isPending };
};

/**
 * The pickers' starting values: the scope unit with its parents, or no unit (the national
 * overview) for a user whose scope is the whole country. `null` while they are being worked out.
 */
function useStartValues(): { values: DashboardValues | null; error?: unknown; retry?: () => void } {
  const { identity, isPending: identityPending } = useGetIdentity();
  const scopeUnitId = (identity?.scopeUnitId as string | null | undefined) ?? null;
  // The scope unit's own dashboard tells its level; it is the first one shown, so the request is not wasted.
  const scope = useDashboard(scopeUnitId, CURRENT_YEAR);
  const level: UnitLevel | undefined = scope.data?.unit?.level;
  const ward = useGetOne('wards', { id: scopeUnitId ?? '' }, { enabled: level === 'WARD' });
  const neighbourhood = useGetOne('neighbourhoods', { id: scopeUnitId ?? '' }, { enabled: level === 'NEIGHBOURHOOD' });

  const year = CURRENT_YEAR;
  if (identityPending) return { values: null };
  if (!scopeUnitId) return { values: { provinceId: null, year } };
  if (scope.error) return { values: null, error: scope.error, retry: () => void scope.refetch() };
  if (!level) return { values: null };
  if (level === 'PROVINCE') return { values: { provinceId: scopeUnitId, year } };
  if (level === 'WARD') {
    if (ward.isPending) return { values: null };
    return { values: { provinceId: ward.data?.provinceId ?? null, wardId: scopeUnitId, year } };
  }
  if (neighbourhood.isPending) return { values: null };
  return { values: { provinceId: neighbourhood.data?.provinceId ?? null, wardId: neighbourhood.data?.wardId ?? null, neighbourhoodId: scopeUnitId, year } };
}

/** The year: always one of the last five, never empty. */
const YearSelect = () => {
  const translate = useTranslate();
  const { field } = useController({ name: 'year' });
  return (
    <TextField
      select
      variant="filled"
      size="small"
      margin="dense"
      fullWidth
      label={translate('app.dashboard.year')}
      value={field.value}
      onChange={(e) => field.onChange(Number(e.target.value))}
      onBlur={field.onBlur}
      slotProps={{ htmlInput: { 'data-testid': 'dashboard-year' } }}
    >
      {YEARS.map((y) => (
        <MenuItem key={y} value={y}>
          {y}
        </MenuItem>
      ))}
    </TextField>
  );
};

const Pickers = () => {
  const cell = { flex: '1 1 220px', maxWidth: { sm: 340 }, minWidth: 0 };
  return (
    <Box
      // No validation here, so the space inputs keep for helper text is not needed.
      sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2, mt: 1.5, '& .MuiFormHelperText-root': { display: 'none' } }}
      data-testid="dashboard-pickers"
    >
      <Box sx={cell}>
        <ProvinceInput />
      </Box>
      <Box sx={cell}>
        <WardInput />
      </Box>
      <Box sx={cell}>
        <NeighbourhoodInput />
      </Box>
      <Box sx={{ flex: '0 0 120px' }}>
        <YearSelect />
      </Box>
    </Box>
  );
};

const Header = ({ data, pending, fetching }: { data?: DashboardData; pending: boolean; fetching: boolean }) => {
  const translate = useTranslate();
  const year = useWatch({ name: 'year' }) as number;
  return (
    <Card variant="outlined" sx={{ position: 'relative' }}>
      <CardContent sx={{ '&:last-child': { pb: 1 } }}>
        <Typography variant="overline" color="text.secondary" sx={{ lineHeight: 1.5 }}>
          {translate('app.dashboard.title')}
        </Typography>
        <Stack direction="row" alignItems="center" useFlexGap sx={{ flexWrap: 'wrap', columnGap: 1.5, rowGap: 0.5 }}>
          <Typography variant="h4" component="h1" sx={{ fontWeight: 600, fontSize: { xs: '1.6rem', sm: '2.125rem' } }} data-testid="dashboard-unit">
            {data ? (data.unit?.name ?? translate('dashboard.national')) : pending ? <Skeleton width={280} /> : translate('app.dashboard.title')}
          </Typography>
          {data?.unit && <Chip size="small" label={translate(`enums.UnitLevel.${data.unit.level}`)} />}
          <Chip size="small" variant="outlined" color="primary" label={translate('dashboard.year_of', { year })} />
        </Stack>
        <Pickers />
      </CardContent>
      {fetching && <LinearProgress sx={{ position: 'absolute', left: 0, right: 0, bottom: 0 }} />}
    </Card>
  );
};

const Figures = ({ data }: { data: DashboardData }) => {
  const translate = useTranslate();
  const { number, percent } = useFormats();
  const { setValue } = useFormContext();
  const totalAssessments = data.assessmentsByStatus.reduce((sum, s) => sum + s.count, 0);
  const recognised = Math.round(data.recognizedShare * data.neighbourhoods);
  const open = (row: DashboardRow) => {
    if (!row.unit) return;
    const field = { PROVINCE: 'provinceId', WARD: 'wardId', NEIGHBOURHOOD: 'neighbourhoodId' }[row.unit.level];
    setValue(field, row.unit.id, { shouldDirty: true });
    window.scrollTo({ top: 0, behavior: 'smooth' });
  };

  return (
    <Stack spacing={2}>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: 'minmax(300px, 4fr) 8fr' } }}>
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: 'repeat(3, minmax(0, 1fr))', md: '1fr' } }}>
          <StatCard testId="stat-neighbourhoods" icon={<HomeWorkIcon />} label={translate('app.dashboard.neighbourhoods')} value={number(data.neighbourhoods)} hint={translate('dashboard.neighbourhoods_hint')} />
          <StatCard testId="stat-models" icon={<ShieldIcon />} label={translate('app.dashboard.models_operating')} value={number(data.modelsOperating)} hint={translate('dashboard.models_hint')} />
          <StatCard
            testId="stat-recognised"
            icon={<VerifiedIcon />}
            label={translate('app.dashboard.recognized_share')}
            value={percent(data.recognizedShare)}
            hint={translate('dashboard.recognized_of', { count: number(recognised), total: number(data.neighbourhoods) })}
            aside={<ShareGauge value={data.recognizedShare} />}
          />
        </Box>
        <Section
          title={translate('app.dashboard.by_status')}
          testId="by-status"
          action={
            <Typography variant="body2" color="text.secondary">
              {translate('dashboard.assessments_total', { smart_count: totalAssessments })}
            </Typography>
          }
        >
          <StatusChart counts={data.assessmentsByStatus} height={300} />
        </Section>
      </Box>

      {data.targets.length > 0 && <TargetsSection targets={data.targets} />}

      {data.childLevel && <BreakdownSection data={data} onOpen={open} />}
    </Stack>
  );
};

const isEmpty = (data: DashboardData) => data.neighbourhoods === 0 && data.modelsOperating === 0 && data.assessmentsByStatus.every((s) => s.count === 0);

const Loading = () => (
  <Stack spacing={2}>
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '4fr 8fr' } }}>
      <Stack spacing={2}>
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} variant="rounded" height={100} />
        ))}
      </Stack>
      <Skeleton variant="rounded" height={332} />
    </Box>
    <Skeleton variant="rounded" height={240} />
  </Stack>
);

const DashboardContent = () => {
  const translate = useTranslate();
  const [provinceId, wardId, neighbourhoodId, year, reportPeriod] = useWatch({ name: ['provinceId', 'wardId', 'neighbourhoodId', 'year', 'reportPeriod'] }) as [
    string | null,
    string | null,
    string | null,
    number,
    string | undefined,
  ];
  const unitId = neighbourhoodId || wardId || provinceId || null;
  const { national } = useNationalScope();
  const shown = !!unitId || national;
  const query = useDashboard(unitId, Number(year) || CURRENT_YEAR, { national, reportPeriod: reportPeriod ?? '' });
  const data = shown ? query.data : undefined;

  let body;
  if (!shown) body = <Alert severity="info">{translate('app.dashboard.pick_unit')}</Alert>;
  else if (query.error && !query.isFetching) body = <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  else if (!data) body = <Loading />;
  else
    body = (
      <Stack spacing={2}>
        {/* Nothing counted yet: said once, and the units below are still listed (all of them are behind). */}
        {isEmpty(data) && (
          <Alert severity="info" data-testid="dashboard-empty">
            {translate('app.dashboard.no_data')}
          </Alert>
        )}
        <Figures data={data} />
      </Stack>
    );

  return (
    <Stack spacing={2}>
      <Header data={data} pending={shown && query.isPending} fetching={query.isFetching} />
      {/* What is the user's own to do, whatever unit the figures below are for. */}
      <TodoPanel />
      {body}
    </Stack>
  );
};

/** An organisation's contact person has no area to count: their tasks and a way to their organisation. */
const OrganisationHome = () => {
  const translate = useTranslate();
  return (
    <Stack spacing={2}>
      <TodoPanel />
      <Alert severity="info" data-testid="dashboard-organisation">
        {translate('dashboard.organisation_intro')}
      </Alert>
      <Box>
        <Button variant="contained" component={Link} to="/organisations">
          {translate('dashboard.organisation_open')}
        </Button>
      </Box>
    </Stack>
  );
};

export const Dashboard = () => {
  const { identity } = useGetIdentity();
  if (identity?.role === 'ORGANISATION_REP') {
    return (
      <Box sx={{ py: 2 }} data-testid="dashboard">
        <Title title="app.dashboard.title" />
        <OrganisationHome />
      </Box>
    );
  }
  return <AreaDashboard />;
};

const AreaDashboard = () => {
  const { values, error, retry } = useStartValues();
  return (
    <Box sx={{ py: 2 }} data-testid="dashboard">
      <Title title="app.dashboard.title" />
      {error ? (
        <ErrorAlert error={error} onRetry={() => retry?.()} />
      ) : values ? (
        <Form defaultValues={values} onSubmit={() => undefined}>
          <DashboardContent />
        </Form>
      ) : (
        <Loading />
      )}
    </Box>
  );
};
