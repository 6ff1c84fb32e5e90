/**
 * Sending a report up the tree (the shared workflow panel): a button for each step the API says
 * the caller may take now (allowedActions: SUBMIT by the unit, ACCEPT or RETURN by the level
 * above), a note dialog (a RETURN says what to complete), and the steps taken so far.
 */
import { useRecordContext, useTranslate } from 'react-admin';
import type { PeriodReport, PeriodReportAction } from '../../../../rules/contract';
import { WorkflowPanel as SharedWorkflowPanel } from '../../common/WorkflowPanel';
import { transitionPeriodReport } from './api';
import { ReportStatusChip } from './StatusChip';

const BUTTON_COLOR: Record<PeriodReportAction, 'primary' | 'success' | 'warning'> = { SUBMIT: 'primary', ACCEPT: 'success', RETURN: 'warning' };
/** The API refuses a RETURN without a note: the drafters act on it. */
const noteRequired = (action: PeriodReportAction) => action === 'RETURN';

export const WorkflowPanel = () => {
  const record = useRecordContext<PeriodReport & { id: string }>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <SharedWorkflowPanel<PeriodReportAction>
      record={record}
      status={<ReportStatusChip status={record.status} />}
      messages="resources.periodReports.workflow"
      historyLabel="resources.periodReports.fields.history"
      actionLabel={(a) => translate(`resources.periodReports.actions.${a}`)}
      statusLabel={(s) => translate(`resources.periodReports.statuses.${s}`)}
      colors={BUTTON_COLOR}
      noteRequired={noteRequired}
      take={(action, note) => transitionPeriodReport(record.id, action, note, record.version)}
      sx={{ mb: { xs: 2, md: 0 } }}
    />
  );
};
