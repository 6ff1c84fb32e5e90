import { Alert, Box, Card, CardContent, Chip, Divider, Typography } from '@mui/material';
import { EditButton, Loading, Show, TabbedShowLayout, TopToolbar, DeleteButton, useRecordContext, useTranslate } from 'react-admin';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import { historyTab } from '../../common/RecordHistory';
import type { Assessment } from '../../../../rules/contract';
import { groupedCriteria } from './rating';
import { RatingSummary } from './RatingSummary';
import { StatusChip } from './StatusChip';
import { useCriteriaSet } from './useCriteriaSet';
import { WorkflowPanel } from './WorkflowPanel';
import { asideBelowOnPhone } from '../../common/layout';
import { EvidenceFiles, EvidenceSection } from './EvidenceFiles';
import { subjectName } from './subjectName';

/** The recorded results, read-only, grouped as in the criteria set. */
const Results = () => {
  const record = useRecordContext<Assessment & { id: string }>();
  const translate = useTranslate();
  const { data: set, isPending } = useCriteriaSet(record);
  if (!record) return null;
  // Opened from the list, the record is first the list's row, without its results.
  if (isPending || !record.results) return <Loading />;
  if (!set) return <Alert severity="info">{translate('resources.assessments.rating.no_criteria_set')}</Alert>;
  const byId = new Map(record.results.map((r) => [r.criterionId, r]));
  return (
    <Box display="flex" flexDirection="column" gap={2}>
      <Box display="flex" gap={1} alignItems="center">
        <Typography variant="h5">{subjectName(record)}</Typography>
        <StatusChip status={record.status} />
      </Box>
      <Typography variant="body2" color="text.secondary">
        {record.programme?.name} · {record.quarter ? `${record.year} · ${translate('resources.assessments.fields.quarter')} ${record.quarter}` : record.year}
      </Typography>
      <Typography variant="body2" color="text.secondary" data-testid="criteria-set-version">
        {set.name} · {translate('resources.assessments.criteria_set_version', { version: record.criteriaSetVersion ?? 1 })}
      </Typography>
      <RatingSummary set={set} results={record.results} substantiatedReports={record.substantiatedReports} />
      {!record.resultsEditable && (
        <Typography variant="caption" color="text.secondary">
          {translate('resources.assessments.rating.locked')}
        </Typography>
      )}
      {groupedCriteria(set).map(({ group, items }) => (
        <Card key={group.code} variant="outlined">
          <CardContent>
            <Typography variant="subtitle1" fontWeight={600} gutterBottom>
              {group.code} — {group.title}
            </Typography>
            {items.map(({ criterion }, i) => {
              const r = byId.get(criterion.id);
              return (
                <Box key={criterion.id}>
                  {i > 0 && <Divider sx={{ my: 1 }} />}
                  <Box display="flex" gap={2} alignItems="center">
                    <Box flex={1}>
                      <Typography variant="body2" component="div">
                        <strong>{criterion.code}</strong> {criterion.title}{' '}
                        {criterion.required && <Chip size="small" color="warning" variant="outlined" label={translate('resources.assessments.rating.required')} />}
                      </Typography>
                      {r?.note && (
                        <Typography variant="caption" color="text.secondary">
                          {r.note}
                        </Typography>
                      )}
                    </Box>
                    <Box minWidth={90} textAlign="right">
                      {criterion.kind === 'PASS_FAIL' ? (
                        r?.met ? <CheckCircleIcon color="success" /> : <RadioButtonUncheckedIcon color="disabled" />
                      ) : (
                        <Typography variant="body2">
                          {r?.score ?? '—'}
                          {criterion.maxScore != null ? ` / ${criterion.maxScore}` : ''}
                        </Typography>
                      )}
                    </Box>
                  </Box>
                  {/* Below the row, across the card: long file names wrap instead of squeezing on a phone. */}
                  <EvidenceFiles assessmentId={record.id} criterionId={criterion.id} code={criterion.code} />
                </Box>
              );
            })}
          </CardContent>
        </Card>
      ))}
      <Card variant="outlined">
        <CardContent>
          <EvidenceSection assessmentId={record.id} />
        </CardContent>
      </Card>
    </Box>
  );
};

const ShowActions = () => (
  <TopToolbar>
    <EditButton />
    <DeleteButton mutationMode="pessimistic" />
  </TopToolbar>
);

export const AssessmentShow = () => (
  <Show actions={<ShowActions />} aside={<WorkflowPanel />} sx={asideBelowOnPhone}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="resources.assessments.rating.title">
        <Results />
      </TabbedShowLayout.Tab>
      {historyTab}
    </TabbedShowLayout>
  </Show>
);
