import { Chip } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatQuarter } from '../../../../rules/dates';
import type { Assessment, AssessmentStatus } from '../../../../rules/contract';
import { subjectName } from './subjectName';

const COLOR: Record<AssessmentStatus, 'default' | 'info' | 'primary' | 'warning' | 'success' | 'error'> = {
  DRAFT: 'default',
  SUBMITTED: 'info',
  APPRAISED: 'primary',
  RETURNED: 'warning',
  RECOGNIZED: 'success',
  NOT_RECOGNIZED: 'error',
};

export const StatusChip = ({ status }: { status?: AssessmentStatus }) => {
  const translate = useTranslate();
  if (!status) return null;
  return <Chip size="small" color={COLOR[status]} label={translate(`enums.AssessmentStatus.${status}`)} data-testid="assessment-status" />;
};

/** The status of the record in context, for lists. */
export const StatusField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<Assessment>();
  return <StatusChip status={record?.status} />;
};

/** "Tổ dân phố 3/2" or the model's name: what was rated. */
export const SubjectField = (_props: { label?: string }) => {
  const record = useRecordContext<Assessment>();
  return <span>{subjectName(record) ?? '—'}</span>;
};

/** The period as Vietnamese documents write it: "năm 2026", "quý II/2026" (English: "2026", "Q2 2026"). */
export const PeriodField = (_props: { label?: string; sortBy?: string }) => {
  const record = useRecordContext<Assessment>();
  const [locale] = useLocaleState();
  if (!record) return null;
  return <span>{formatQuarter(record.year, record.quarter, locale === 'en' ? 'en' : 'vi')}</span>;
};
