/**
 * Rating: the programme's criteria grouped as in the criteria set; a tick for pass/fail
 * criteria, a score up to the maximum for points criteria, a note for each; the total and
 * classification update as the user rates.
 */
import { Alert, Box, Card, CardContent, Chip, Divider, Typography } from '@mui/material';
import { BooleanInput, Loading, NumberInput, SaveButton, SimpleForm, TextInput, Toolbar, maxValue, minValue, useRecordContext, useTranslate } from 'react-admin';
import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import type { Assessment, CriteriaSet } from '../../../../rules/contract';
import { scoreFromReports, scoredFromReports } from '../../../../rules/scoring';
import { alignResults, groupedCriteria, type ResultValue } from './rating';
import { RatingSummary } from './RatingSummary';
import { useCriteriaSet } from './useCriteriaSet';

const LiveSummary = ({ set, substantiatedReports }: { set: CriteriaSet; substantiatedReports?: number | null }) => {
  const results = (useWatch({ name: 'results' }) ?? []) as ResultValue[];
  return <RatingSummary set={set} results={results} substantiatedReports={substantiatedReports} />;
};

const RatingToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

export const RatingForm = () => {
  const record = useRecordContext<Assessment & { id: string }>();
  const translate = useTranslate();
  const { data: set, isPending } = useCriteriaSet(record);
  // A stable object: the form resets whenever its record changes identity.
  const aligned = useMemo(() => (record && set ? { ...record, results: alignResults(set, record.results) } : undefined), [record, set]);
  if (!record) return null;
  if (isPending) return <Loading />;
  if (!set || !aligned) return <Alert severity="info">{translate('resources.assessments.rating.no_criteria_set')}</Alert>;
  return (
    <SimpleForm record={aligned} toolbar={<RatingToolbar />}>
      <Box width="100%" display="flex" flexDirection="column" gap={2}>
        <Typography variant="h6">{translate('resources.assessments.rating.title')}</Typography>
        <Typography variant="body2" color="text.secondary">
          {record.subject?.name ?? record.subjectModel?.name ?? record.subjectEstablishment?.name} · {record.programme?.name} · {record.year}
        </Typography>
        <LiveSummary set={set} substantiatedReports={record.substantiatedReports} />
        <Typography variant="caption" color="text.secondary">
          {translate('resources.assessments.rating.live_hint')}
        </Typography>
        {groupedCriteria(set).map(({ group, items }) => (
          <Card key={group.code} variant="outlined">
            <CardContent>
              <Typography variant="subtitle1" fontWeight={600} gutterBottom>
                {group.code} — {group.title}
              </Typography>
              {items.map(({ criterion, index }, i) => (
                <Box key={criterion.id} data-testid={`criterion-${criterion.code}`}>
                  {i > 0 && <Divider sx={{ my: 1 }} />}
                  <Box display="flex" gap={2} alignItems="flex-start" flexWrap="wrap">
                    <Box flex="1 1 320px">
                      <Typography variant="body2">
                        <strong>{criterion.code}</strong> {criterion.title}
                      </Typography>
                      <Box display="flex" gap={0.5} mt={0.5}>
                        {criterion.required && <Chip size="small" color="warning" variant="outlined" label={translate('resources.assessments.rating.required')} />}
                        {criterion.placeholder && <Chip size="small" variant="outlined" label={translate('resources.assessments.rating.placeholder')} />}
                      </Box>
                    </Box>
                    <Box flex="0 0 160px">
                      {scoredFromReports(criterion) ? (
                        // Scored by the API from tourists' substantiated reports, whatever is typed here.
                        <Typography variant="body2" data-testid="score-from-reports">
                          {translate('resources.assessments.rating.from_reports', {
                            score: scoreFromReports(criterion, record.substantiatedReports ?? 0),
                            max: criterion.maxScore,
                            count: record.substantiatedReports ?? 0,
                          })}
                        </Typography>
                      ) : criterion.kind === 'PASS_FAIL' ? (
                        <BooleanInput source={`results.${index}.met`} label="resources.assessments.rating.met" helperText={false} />
                      ) : (
                        <NumberInput
                          source={`results.${index}.score`}
                          label="resources.assessments.rating.score"
                          helperText={criterion.maxScore != null ? translate('resources.assessments.rating.of_max', { max: criterion.maxScore }) : false}
                          min={0}
                          max={criterion.maxScore ?? undefined}
                          validate={[minValue(0), maxValue(criterion.maxScore ?? 1000)]}
                        />
                      )}
                    </Box>
                    <Box flex="1 1 260px">
                      <TextInput source={`results.${index}.note`} label="resources.assessments.rating.note" multiline fullWidth helperText={false} />
                    </Box>
                  </Box>
                </Box>
              ))}
            </CardContent>
          </Card>
        ))}
      </Box>
    </SimpleForm>
  );
};
