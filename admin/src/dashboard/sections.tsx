import { useTranslate } from 'react-admin';
/** The dashboard's cards: headline figures and target attainment (the per-unit table is breakdown.tsx). */
import type { ReactNode } from 'react';
import { Avatar, Box, Card, CardContent, Chip, Paper, Stack, Typography } from '@mui/material';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import CancelIcon from '@mui/icons-material/Cancel';
import HelpOutlineIcon from '@mui/icons-material/HelpOutline';
import { Gauge, gaugeClasses } from '@mui/x-charts/Gauge';
import type { Target, TargetAttainment } from '../../../rules/contract';
import { useBasis, useFormats } from './i18n';

/** A titled card; `action` sits on the right of the title. */
export const Section = ({ title, action, children, testId }: { title: ReactNode; action?: ReactNode; children: ReactNode; testId?: string }) => (
  <Card variant="outlined" sx={{ height: '100%' }} data-testid={testId}>
    <CardContent sx={{ '&:last-child': { pb: 2 } }}>
      <Stack direction="row" alignItems="baseline" justifyContent="space-between" useFlexGap sx={{ mb: 1.5, flexWrap: 'wrap', columnGap: 2, rowGap: 0.5 }}>
        <Typography variant="h6" component="h2" sx={{ fontSize: '1.05rem', fontWeight: 600 }}>
          {title}
        </Typography>
        {action}
      </Stack>
      {children}
    </CardContent>
  </Card>
);

interface StatCardProps {
  icon: ReactNode;
  label: string;
  value: string;
  hint?: string;
  aside?: ReactNode;
  testId?: string;
}

export const StatCard = ({ icon, label, value, hint, aside, testId }: StatCardProps) => (
  <Card variant="outlined" sx={{ height: '100%' }} data-testid={testId}>
    <CardContent sx={{ display: 'flex', alignItems: 'center', gap: 2, '&:last-child': { pb: 2 } }}>
      <Avatar sx={{ bgcolor: 'primary.main', color: 'primary.contrastText', width: 48, height: 48 }}>{icon}</Avatar>
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Typography variant="body2" color="text.secondary" sx={{ fontWeight: 500 }}>
          {label}
        </Typography>
        <Typography variant="h4" component="p" sx={{ fontWeight: 600, lineHeight: 1.2 }}>
          {value}
        </Typography>
        {hint && (
          <Typography variant="caption" color="text.secondary">
            {hint}
          </Typography>
        )}
      </Box>
      {aside}
    </CardContent>
  </Card>
);

/** A small ring for a share (0..1). */
export const ShareGauge = ({ value }: { value: number }) => (
  <Gauge
    width={72}
    height={72}
    value={Math.round(value * 1000) / 10}
    valueMin={0}
    valueMax={100}
    innerRadius="72%"
    text=""
    sx={{ flexShrink: 0, [`& .${gaugeClasses.valueArc}`]: { fill: '#2e7d32' }, [`& .${gaugeClasses.referenceArc}`]: { fill: 'rgba(0,0,0,0.08)' } }}
  />
);

const isShare = (target: Target) => /share$/i.test(target.metric) || /tỷ lệ|ratio|share|%/i.test(target.unit);

/** A horizontal bar of the value with a mark at the goal. */
const GoalBar = ({ value, goal, max, color }: { value: number | null; goal: number; max: number; color: string }) => {
  const pct = (n: number) => `${Math.min(100, Math.max(0, (n / max) * 100))}%`;
  return (
    <Box sx={{ position: 'relative', flex: 1, height: 10, borderRadius: 5, bgcolor: 'action.hover' }}>
      {value != null && <Box sx={{ position: 'absolute', left: 0, top: 0, bottom: 0, width: pct(value), borderRadius: 5, bgcolor: color, minWidth: value > 0 ? 6 : 0 }} />}
      <Box sx={{ position: 'absolute', top: -4, bottom: -4, width: 3, borderRadius: 1, bgcolor: 'text.primary', left: `min(${pct(goal)}, calc(100% - 3px))` }} />
    </Box>
  );
};

const TargetRow = ({ attainment }: { attainment: TargetAttainment }) => {
  const translate = useTranslate();
  const basisText = useBasis();
  const { number, percent } = useFormats();
  const { target, value, goal, met } = attainment;
  const share = isShare(target);
  const format = (n: number) => (share ? percent(n) : `${number(n)} ${target.unit}`);
  const max = share ? 1 : Math.max(goal, value ?? 0) * 1.1 || 1;
  const status =
    met == null
      ? { label: translate('app.dashboard.target_unmeasured'), color: 'default' as const, icon: <HelpOutlineIcon />, bar: '#9e9e9e' }
      : met
        ? { label: translate('app.dashboard.target_met'), color: 'success' as const, icon: <CheckCircleIcon />, bar: '#2e7d32' }
        : { label: translate('app.dashboard.target_not_met'), color: 'warning' as const, icon: <CancelIcon />, bar: '#ef6c00' };
  const goalText = translate(target.comparison === 'MORE_THAN' ? 'dashboard.goal_more_than' : 'dashboard.goal_at_least', { goal: format(goal) });
  return (
    <Paper variant="outlined" sx={{ p: 1.5, height: '100%', display: 'flex', flexDirection: 'column', gap: 1 }} data-testid="target">
      <Stack direction={{ xs: 'column-reverse', sm: 'row' }} spacing={1} alignItems="flex-start" justifyContent="space-between">
        <Typography variant="body2" sx={{ fontWeight: 500 }}>
          {target.title}
        </Typography>
        <Chip size="small" variant={met == null ? 'outlined' : 'filled'} color={status.color} icon={status.icon} label={status.label} sx={{ flexShrink: 0 }} />
      </Stack>
      <Box sx={{ flex: 1 }} />
      <Stack direction="row" spacing={1.5} alignItems="center">
        <GoalBar value={value ?? null} goal={goal} max={max} color={status.bar} />
        <Typography variant="body2" sx={{ fontWeight: 600, minWidth: 52, textAlign: 'right' }}>
          {value == null ? '—' : format(value)}
        </Typography>
      </Stack>
      <Typography variant="caption" color="text.secondary">
        <Box component="span" sx={{ fontWeight: 600 }}>
          {goalText}
        </Box>
        {' · '}
        {basisText(attainment.basis)}
      </Typography>
    </Paper>
  );
};

export const TargetsSection = ({ targets }: { targets: TargetAttainment[] }) => {
  const translate = useTranslate();
  // Grouped by programme, then the unit's own models' targets (a model's name, no code).
  const programmes = new Map<string, { name: string; code: string | null; items: TargetAttainment[] }>();
  for (const t of targets) {
    const key = t.programme ? `p:${t.programme.id}` : `m:${t.model?.id ?? ''}`;
    const entry = programmes.get(key) ?? (t.programme ? { name: t.programme.name, code: t.programme.code, items: [] } : { name: translate('dashboard.model_targets', { name: t.model?.name ?? '' }), code: null, items: [] });
    entry.items.push(t);
    programmes.set(key, entry);
  }
  const met = targets.filter((t) => t.met === true).length;
  const measured = targets.filter((t) => t.met != null).length;
  return (
    <Section
      title={translate('app.dashboard.targets')}
      testId="targets"
      action={
        <Typography variant="body2" color="text.secondary">
          {translate('app.dashboard.target_met')}: {met}/{measured}
          {measured < targets.length ? ` · ${translate('app.dashboard.target_unmeasured')}: ${targets.length - measured}` : ''}
        </Typography>
      }
    >
      <Stack spacing={2}>
        {[...programmes.entries()].map(([id, p]) => (
          <Box key={id}>
            <Typography variant="subtitle2" sx={{ mb: 1 }}>
              {p.name}{' '}
              {p.code && (
                <Typography component="span" variant="caption" color="text.secondary">
                  ({p.code})
                </Typography>
              )}
            </Typography>
            <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(2, minmax(0, 1fr))' }, gap: 1.5 }}>
              {p.items.map((t) => (
                <TargetRow key={t.target.id} attainment={t} />
              ))}
            </Box>
          </Box>
        ))}
      </Stack>
    </Section>
  );
};
