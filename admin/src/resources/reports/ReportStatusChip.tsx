import { Box, Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Report, ReportStatus } from '../../../../rules/contract';

const COLOR: Record<ReportStatus, 'info' | 'warning' | 'success' | 'default'> = {
  RECEIVED: 'info',
  VERIFYING: 'warning',
  RESOLVED: 'success',
  REJECTED: 'default',
};

export const ReportStatusChip = ({ status }: { status?: ReportStatus | null }) => {
  const translate = useTranslate();
  if (!status) return null;
  return <Chip size="small" color={COLOR[status]} label={translate(`resources.reports.statuses.${status}`)} data-testid="report-status" />;
};

export const OverdueChip = () => {
  const translate = useTranslate();
  return <Chip size="small" color="error" label={translate('resources.reports.overdue')} data-testid="report-overdue" />;
};

/** The status of the report in context, with "Quá hạn" beside it when it is overdue. */
export const ReportStatusField = (_props: { label?: string; source?: string; sortBy?: string }) => {
  const record = useRecordContext<Report>();
  if (!record) return null;
  return (
    <Box display="flex" gap={0.5} flexWrap="wrap">
      <ReportStatusChip status={record.status} />
      {record.overdue && <OverdueChip />}
    </Box>
  );
};

/** A light red tint for overdue rows. */
export const overdueRowSx = (record: { overdue?: boolean }) => (record.overdue ? { backgroundColor: 'rgba(211, 47, 47, 0.08)' } : {});
