/**
 * Rating: the programme's criteria in the criteria set's groups, each group a section that
 * collapses (on a phone only the first is open), with "Đạt tất cả" for a group and for the whole
 * set; a tick for pass/fail criteria, a score up to the maximum for points criteria, a note on
 * demand. The total and the classification it reaches stay on screen while scrolling and update
 * as the user rates.
 */
import { Accordion, AccordionDetails, AccordionSummary, Alert, Box, Button, Chip, Divider, GlobalStyles, Paper, Typography, useMediaQuery, type Theme } from '@mui/material';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import {
  BooleanInput,
  Link,
  Loading,
  NumberInput,
  SaveButton,
  SimpleForm,
  TextInput,
  Toolbar,
  maxValue,
  minValue,
  useCreatePath,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { useMemo, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { Assessment, CriteriaSet, Criterion } from '../../../../rules/contract';
import { fullResult, isMet, scoreFromReports, scoredFromReports } from '../../../../rules/scoring';
import { alignResults, groupedCriteria, type ResultValue } from './rating';
import { RatingSummary } from './RatingSummary';
import { useCriteriaSet } from './useCriteriaSet';
import { EvidenceFiles, EvidenceSection } from './EvidenceFiles';
import { subjectName } from './subjectName';

type Indexed = { criterion: Criterion; index: number };

const useResults = () => (useWatch({ name: 'results' }) ?? []) as ResultValue[];

/**
 * The total and classification, kept in view at the top while the user scrolls through the groups.
 * The edit page's card clips its content (MUI Card: overflow hidden), which would stop `sticky`
 * from working: that card, while it holds this bar, lets it out.
 */
const STICKY_ROOM = { '.RaEdit-card:has([data-testid="rating-sticky-summary"])': { overflow: 'visible' } } as const;

const StickySummary = ({ set, substantiatedReports }: { set: CriteriaSet; substantiatedReports?: number | null }) => {
  const results = useResults();
  return (
    <>
      <GlobalStyles styles={STICKY_ROOM} />
      <Paper elevation={2} sx={{ position: 'sticky', top: 0, zIndex: 3, px: 2, py: 1 }} data-testid="rating-sticky-summary">
        <RatingSummary set={set} results={results} substantiatedReports={substantiatedReports} compact />
      </Paper>
    </>
  );
};

/** "Đạt tất cả": every criterion given meets in full (those the rater cannot fill are left as they are). */
const AllMetButton = ({ items, label, testId }: { items: readonly Indexed[]; label: string; testId: string }) => {
  const { setValue } = useFormContext();
  const translate = useTranslate();
  const fill = () => {
    for (const { criterion, index } of items) {
      const full = fullResult(criterion);
      if (!full) continue;
      if (criterion.kind === 'PASS_FAIL') setValue(`results.${index}.met`, full.met, { shouldDirty: true });
      else setValue(`results.${index}.score`, full.score, { shouldDirty: true });
    }
  };
  return (
    <Button size="small" variant="outlined" color="success" startIcon={<DoneAllIcon />} onClick={fill} data-testid={testId}>
      {translate(label)}
    </Button>
  );
};

/** "5/7 đạt" in a group's heading, live. */
const GroupProgress = ({ items }: { items: readonly Indexed[] }) => {
  const results = useResults();
  const translate = useTranslate();
  const met = items.filter(({ criterion, index }) => isMet(criterion, results[index])).length;
  return (
    <Chip
      size="small"
      color={met === items.length ? 'success' : 'default'}
      variant="outlined"
      label={translate('resources.assessments.rating.group_progress', { met, count: items.length })}
    />
  );
};

/** A note input, shown when the criterion has a note or the user asks for one (keeps a phone's page short). */
const NoteInput = ({ index }: { index: number }) => {
  const translate = useTranslate();
  const note = useWatch({ name: `results.${index}.note` }) as string | null | undefined;
  const [open, setOpen] = useState(false);
  if (!open && !note) {
    return (
      <Button size="small" onClick={() => setOpen(true)} sx={{ alignSelf: 'flex-start' }}>
        {translate('resources.assessments.rating.add_note')}
      </Button>
    );
  }
  return <TextInput source={`results.${index}.note`} label="resources.assessments.rating.note" multiline fullWidth helperText={false} autoFocus={open && !note} />;
};

const CriterionRow = ({ criterion, index, substantiatedReports, assessmentId }: Indexed & { substantiatedReports?: number | null; assessmentId: string }) => {
  const translate = useTranslate();
  return (
    <Box data-testid={`criterion-${criterion.code}`} display="flex" flexDirection="column" gap={0.5}>
      <Box display="flex" gap={1} alignItems="center" flexWrap="wrap" justifyContent="space-between">
        <Box flex="1 1 240px" minWidth={0}>
          <Typography variant="body2">
            <strong>{criterion.code}</strong> {criterion.title}
          </Typography>
          <Box display="flex" gap={0.5} mt={0.5} flexWrap="wrap">
            {criterion.required && <Chip size="small" color="warning" variant="outlined" label={translate('resources.assessments.rating.required')} />}
            {criterion.placeholder && <Chip size="small" variant="outlined" label={translate('resources.assessments.rating.placeholder')} />}
          </Box>
        </Box>
        <Box flex="0 0 auto">
          {scoredFromReports(criterion) ? (
            // Scored by the API from tourists' substantiated reports, whatever is typed here.
            <Typography variant="body2" data-testid="score-from-reports" sx={{ maxWidth: 260 }}>
              {translate('resources.assessments.rating.from_reports', {
                score: scoreFromReports(criterion, substantiatedReports ?? 0),
                max: criterion.maxScore,
                count: substantiatedReports ?? 0,
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
              sx={{ width: 130 }}
            />
          )}
        </Box>
      </Box>
      <NoteInput index={index} />
      <EvidenceFiles assessmentId={assessmentId} criterionId={criterion.id} code={criterion.code} />
    </Box>
  );
};

const RatingToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

export const RatingForm = () => {
  const record = useRecordContext<Assessment & { id: string }>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const phone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const { data: set, isPending } = useCriteriaSet(record);
  // A stable object: the form resets whenever its record changes identity.
  const aligned = useMemo(() => (record?.results && set ? { ...record, results: alignResults(set, record.results) } : undefined), [record, set]);
  if (!record) return null;
  // Opened from the list, the record is first the list's row, without its results: the form waits for them.
  if (isPending || !record.results) return <Loading />;
  if (!set || !aligned) return <Alert severity="info">{translate('resources.assessments.rating.no_criteria_set')}</Alert>;
  // Submitted (or further on): the results are the API's to keep; say so instead of a form that would be refused.
  if (!record.resultsEditable) {
    return (
      <Alert
        severity="info"
        sx={{ m: 2 }}
        data-testid="rating-locked"
        action={
          <Button component={Link} to={createPath({ resource: 'assessments', id: record.id, type: 'show' })} size="small">
            {translate('resources.assessments.rating.open_results')}
          </Button>
        }
      >
        {translate('resources.assessments.rating.locked')}
      </Alert>
    );
  }
  const groups = groupedCriteria(set);
  const everything = groups.flatMap((g) => g.items);
  return (
    <SimpleForm record={aligned} toolbar={<RatingToolbar />}>
      <Box width="100%" display="flex" flexDirection="column" gap={1.5}>
        <Typography variant="h6">{translate('resources.assessments.rating.title')}</Typography>
        <Typography variant="body2" color="text.secondary">
          {subjectName(record)} · {record.programme?.name} · {record.year}
        </Typography>
        <StickySummary set={set} substantiatedReports={record.substantiatedReports} />
        <Box display="flex" gap={1} alignItems="center" flexWrap="wrap">
          <AllMetButton items={everything} label="resources.assessments.rating.all_met" testId="all-met" />
          <Typography variant="caption" color="text.secondary" sx={{ flex: '1 1 200px' }}>
            {translate('resources.assessments.rating.live_hint')}
          </Typography>
        </Box>
        {groups.map(({ group, items }, g) => (
          <Accordion key={group.code} defaultExpanded={!phone || g === 0} disableGutters variant="outlined" data-testid={`criteria-group-${group.code}`}>
            <AccordionSummary expandIcon={<ExpandMoreIcon />}>
              <Box display="flex" gap={1} alignItems="center" flexWrap="wrap" minWidth={0}>
                <Typography variant="subtitle1" fontWeight={600}>
                  {group.code} — {group.title}
                </Typography>
                <GroupProgress items={items} />
              </Box>
            </AccordionSummary>
            <AccordionDetails sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
              <AllMetButton items={items} label="resources.assessments.rating.all_met_group" testId={`all-met-${group.code}`} />
              {items.map((item, i) => (
                <Box key={item.criterion.id}>
                  {i > 0 && <Divider sx={{ mb: 1 }} />}
                  <CriterionRow {...item} substantiatedReports={record.substantiatedReports} assessmentId={record.id} />
                </Box>
              ))}
            </AccordionDetails>
          </Accordion>
        ))}
        <Paper variant="outlined" sx={{ p: 2 }}>
          <EvidenceSection assessmentId={record.id} />
        </Paper>
      </Box>
    </SimpleForm>
  );
};
