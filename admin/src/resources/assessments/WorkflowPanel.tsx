/**
 * The workflow beside an assessment (the shared panel): a button for each step the API says the
 * caller may take now (allowedActions), a note dialog (required to return), and the history.
 */
import { useRecordContext, useTranslate } from 'react-admin';
import type { Assessment, AssessmentAction } from '../../../../rules/contract';
import { noteRequired } from '../../../../rules/workflow';
import { WorkflowPanel as SharedWorkflowPanel } from '../../common/WorkflowPanel';
import { transitionAssessment } from '../../providers/api';
import { StatusChip } from './StatusChip';

const BUTTON_COLOR: Record<AssessmentAction, 'primary' | 'success' | 'warning' | 'error'> = {
  SUBMIT: 'primary',
  APPRAISE: 'primary',
  RETURN: 'warning',
  RECOGNIZE: 'success',
  NOT_RECOGNIZE: 'error',
};

export const WorkflowPanel = () => {
  const record = useRecordContext<Assessment & { id: string }>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <SharedWorkflowPanel<AssessmentAction>
      record={record}
      status={<StatusChip status={record.status} />}
      messages="resources.assessments.workflow"
      historyLabel="resources.assessments.workflow.history"
      actionLabel={(a) => translate(`enums.AssessmentAction.${a}`)}
      statusLabel={(s) => translate(`enums.AssessmentStatus.${s}`)}
      colors={BUTTON_COLOR}
      noteRequired={noteRequired}
      take={(action, note) => transitionAssessment(record.id, action, note, record.version)}
      sx={{ mt: { xs: 2, md: 0 } }}
    />
  );
};
