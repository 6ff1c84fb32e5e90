import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { PeriodReport, PeriodReportStatus } from '../../../../rules/contract';

/** A report's status, or NONE where a unit has no report for the period (completeness). */
export type ReportStatusOrNone = PeriodReportStatus | 'NONE';

const COLOR: Record<ReportStatusOrNone, 'default' | 'info' | 'success' | 'warning'> = {
  NONE: 'default',
  DRAFT: 'default',
  SUBMITTED: 'info',
  ACCEPTED: 'success',
  RETURNED: 'warning',
};

export const ReportStatusChip = ({ status }: { status?: ReportStatusOrNone }) => {
  const translate = useTranslate();
  if (!status) return null;
  return (
    <Chip
      size="small"
      color={COLOR[status]}
      variant={status === 'NONE' ? 'outlined' : 'filled'}
      label={translate(`resources.periodReports.statuses.${status}`)}
      data-testid="period-report-status"
    />
  );
};

/** The status of the report in context, for lists. */
export const ReportStatusField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<PeriodReport>();
  return <ReportStatusChip status={record?.status} />;
};
