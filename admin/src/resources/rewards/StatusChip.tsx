import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Reward, RewardStatus } from '../../../../rules/contract';

const COLOR: Record<RewardStatus, 'default' | 'info' | 'success' | 'error'> = { DRAFT: 'default', PROPOSED: 'info', DECIDED: 'success', REJECTED: 'error' };

export const RewardStatusChip = ({ status }: { status?: RewardStatus }) => {
  const translate = useTranslate();
  if (!status) return null;
  return <Chip size="small" color={COLOR[status]} label={translate(`resources.rewards.statuses.${status}`)} data-testid="reward-status" />;
};

/** The status of the reward in context, for lists. */
export const RewardStatusField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<Reward>();
  return <RewardStatusChip status={record?.status} />;
};
