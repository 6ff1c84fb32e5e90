/**
 * Due states (rules/deadlines.ts, served as `dueState`): a small chip, red when overdue, amber
 * when due within DUE_SOON_DAYS, with the due day when known. Used by the to-do panel, the
 * assessments' and models' lists and a model's rollout steps.
 */
import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { DueState } from '../../../rules/contract';
import { formatDay, formatInstantDay } from '../../../rules/dates';

const COLOR: Record<DueState, 'default' | 'success' | 'warning' | 'error'> = { ON_TRACK: 'default', DUE_SOON: 'warning', OVERDUE: 'error', DONE: 'success' };

/** The state, and the day it is due ('YYYY-MM-DD', or an instant's day in Vietnam). */
export const DueChip = ({ state, day, at }: { state?: DueState | null; day?: string | null; at?: string | null }) => {
  const translate = useTranslate();
  if (!state) return null;
  const when = day ? formatDay(day) : at ? formatInstantDay(at) : null;
  const label = translate(`enums.DueState.${state}`);
  return (
    <Chip
      size="small"
      variant={state === 'ON_TRACK' ? 'outlined' : 'filled'}
      color={COLOR[state]}
      label={when && state !== 'DONE' ? `${label} · ${when}` : label}
      data-testid="due-state"
      data-state={state}
      sx={{ whiteSpace: 'nowrap' }}
    />
  );
};

/**
 * A list column: the row's `dueState`, with `dueAt` (assessments) or `nextDueOn` (models). Nothing
 * for ON_TRACK without a due day (nothing to say), nor for DONE with `hideDone` (an assessment's
 * status already says it is decided).
 */
export const DueStateField = ({ hideDone = false }: { label?: string; source?: string; sortable?: boolean; hideDone?: boolean }) => {
  const record = useRecordContext<{ dueState?: DueState | null; dueAt?: string | null; nextDueOn?: string | null }>();
  const state = record?.dueState;
  const dated = !!(record?.dueAt || record?.nextDueOn);
  if (!state || (state === 'ON_TRACK' && !dated) || (state === 'DONE' && hideDone)) return null;
  return <DueChip state={state} at={record.dueAt ?? null} day={record.nextDueOn ?? null} />;
};
