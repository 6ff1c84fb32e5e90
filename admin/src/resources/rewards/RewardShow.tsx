import { Card, CardContent, Typography } from '@mui/material';
import { BooleanField, DeleteButton, EditButton, FunctionField, Labeled, NumberField, ReferenceField, SelectField, Show, SimpleShowLayout, TextField, TopToolbar, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { Reward } from '../../../../rules/contract';
import { formatLocalDate } from '../../common/LocalDateField';
import { RecordHistory } from '../../common/RecordHistory';
import { asideBelowOnPhone } from '../../common/layout';
import { kindChoices, recipientKindChoices } from './choices';
import { RewardStatusChip } from './StatusChip';
import { WorkflowPanel } from './WorkflowPanel';

const vnd = (value: number, locale: string) => new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'vi-VN', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 }).format(value);

/** The decision, once taken: number, date, form, amount, who issued it. */
const Decision = () => {
  const record = useRecordContext<Reward>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  const d = record.decision;
  const t = (key: string) => translate(`resources.rewards.decision.${key}`);
  return (
    <Card variant="outlined" data-testid="reward-decision">
      <CardContent>
        <Typography variant="subtitle1" fontWeight={600} gutterBottom>
          {t('title')}
        </Typography>
        {!d ? (
          <Typography variant="body2" color="text.secondary">
            {t('none')}
          </Typography>
        ) : (
          <>
            <Typography variant="body1">
              <strong>{translate(`resources.rewards.forms.${d.form}`)}</strong> · {t('number')} {d.number} · {formatLocalDate(d.date)}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {t('issuingLevel')}: {translate(`resources.rewards.issuingLevels.${d.issuingLevel}`)}
              {d.issuingUnit ? ` · ${d.issuingUnit.name}` : ''}
              {d.issuingBody ? ` · ${d.issuingBody}` : ''}
            </Typography>
            {d.amount != null && (
              <Typography variant="body2">
                {t('amount')}: {vnd(d.amount, locale)}
              </Typography>
            )}
          </>
        )}
      </CardContent>
    </Card>
  );
};

const ShowActions = () => (
  <TopToolbar>
    <EditButton />
    <DeleteButton mutationMode="pessimistic" />
  </TopToolbar>
);

export const RewardShow = () => (
  <Show actions={<ShowActions />} aside={<WorkflowPanel />} sx={asideBelowOnPhone}>
    <SimpleShowLayout>
      <FunctionField source="status" render={(r: Reward) => <RewardStatusChip status={r.status} />} />
      <SelectField source="kind" choices={kindChoices} />
      <NumberField source="year" options={{ useGrouping: false }} />
      <SelectField source="recipientKind" choices={recipientKindChoices} />
      <TextField source="recipientName" />
      <TextField source="recipientUnitName" emptyText="—" />
      <TextField source="proposingUnit.name" emptyText="—" />
      <ReferenceField source="modelId" reference="models" link="show" emptyText="—" />
      <ReferenceField source="assessmentId" reference="assessments" link="show" emptyText="—">
        <FunctionField render={(a: { year?: number; status?: string }) => `${a.year ?? ''}`} />
      </ReferenceField>
      <TextField source="reason" sx={{ whiteSpace: 'pre-line' }} />
      <Labeled source="decision">
        <Decision />
      </Labeled>
      <BooleanField source="isSample" looseValue />
      <RecordHistory />
    </SimpleShowLayout>
  </Show>
);
