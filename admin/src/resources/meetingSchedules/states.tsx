import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { OccurrenceState } from '../../../../rules/contract';

const COLOR: Record<OccurrenceState, 'success' | 'warning' | 'error' | 'default'> = { HELD: 'success', DUE: 'warning', MISSING: 'error', UPCOMING: 'default' };

export const OccurrenceChip = ({ state }: { state: OccurrenceState }) => {
  const translate = useTranslate();
  return <Chip size="small" color={COLOR[state]} label={translate(`resources.meetingSchedules.states.${state}`)} data-state={state} />;
};
