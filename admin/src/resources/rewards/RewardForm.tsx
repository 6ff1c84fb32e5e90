/**
 * One form for create and edit (drafts only). On create the proposing unit is the deepest unit
 * picked, and once a unit and a year are chosen the recognised assessments without a reward appear
 * as one-tap choices that fill in the recipient, its unit, the model, the assessment and the reason.
 */
import { Alert, Box, Chip, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { AutocompleteInput, BooleanInput, NumberInput, ReferenceInput, SelectInput, TextInput, required, useTranslate } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { HiddenInput } from '../../common/HiddenInput';
import { ResourceForm } from '../../common/ResourceForm';
import { NeighbourhoodInput, ProvinceInput, WardInput } from '../../common/UnitInputs';
import { fetchCandidates, type Candidate } from './api';
import { kindChoices, recipientKindChoices } from './choices';

const wide = { width: { xs: '100%', sm: 480 } };
const byName = (q: string) => (q ? { q } : {});
const thisYear = () => new Date().getFullYear();

/** The recognised assessments of the chosen unit and year that no reward refers to yet. */
const Candidates = () => {
  const translate = useTranslate();
  const { setValue } = useFormContext();
  const [provinceId, wardId, neighbourhoodId, year, assessmentId] = useWatch({ name: ['provinceId', 'wardId', 'neighbourhoodId', 'year', 'assessmentId'] }) as Array<string | number | null | undefined>;
  const unitId = (neighbourhoodId || wardId || provinceId || null) as string | null;
  const validYear = typeof year === 'number' && year >= 2000 && year <= 2100 ? year : null;
  const { data, isPending, isError } = useQuery({
    queryKey: ['rewards', 'candidates', unitId, validYear],
    queryFn: () => fetchCandidates(unitId as string, validYear as number),
    enabled: !!unitId && validYear !== null,
  });
  const pick = (c: Candidate) => {
    const set = (name: string, value: unknown) => setValue(name, value, { shouldDirty: true });
    set('kind', 'COMMENDATION');
    set('recipientKind', c.recipientKind);
    set('recipientName', c.recipientName);
    set('recipientUnitId', c.recipientUnitId ?? null);
    set('recipientUnitName', c.recipientUnitName ?? null);
    set('modelId', c.modelId ?? null);
    set('assessmentId', c.assessment.id);
    set('assessmentLabel', `${c.recipientName} — ${c.assessment.programme?.name ?? ''} ${c.assessment.year}`);
    set('reason', c.reason);
  };
  return (
    <Box sx={{ my: 1, ...wide }} data-testid="reward-candidates">
      <Typography variant="subtitle2">{translate('resources.rewards.candidates.title')}</Typography>
      {!unitId || validYear === null ? (
        <Typography variant="body2" color="text.secondary">
          {translate('resources.rewards.candidates.pick_unit')}
        </Typography>
      ) : isError ? null : isPending ? (
        <Typography variant="body2" color="text.secondary">
          …
        </Typography>
      ) : data.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('resources.rewards.candidates.none')}
        </Typography>
      ) : (
        <>
          <Typography variant="caption" color="text.secondary">
            {translate('resources.rewards.candidates.hint')}
          </Typography>
          <Stack direction="row" flexWrap="wrap" gap={1} mt={1}>
            {data.map((c) => (
              <Chip
                key={c.assessment.id}
                label={`${c.recipientName} · ${c.assessment.programme?.name ?? ''}`}
                color={assessmentId === c.assessment.id ? 'primary' : 'default'}
                variant={assessmentId === c.assessment.id ? 'filled' : 'outlined'}
                onClick={() => pick(c)}
                data-testid="reward-candidate"
                sx={{ maxWidth: '100%' }}
              />
            ))}
          </Stack>
        </>
      )}
    </Box>
  );
};

/** The recipient's unit: shown by name once chosen (by a candidate or on a saved draft), else picked among neighbourhoods. */
const RecipientUnit = () => {
  const translate = useTranslate();
  const { setValue } = useFormContext();
  const [unitId, unitName] = useWatch({ name: ['recipientUnitId', 'recipientUnitName'] }) as Array<string | null | undefined>;
  if (!unitId) return <NeighbourhoodInput source="recipientUnitId" label="resources.rewards.recipient_unit.pick" />;
  const clear = () => {
    setValue('recipientUnitId', null, { shouldDirty: true });
    setValue('recipientUnitName', null);
  };
  return (
    <Box my={1}>
      <HiddenInput source="recipientUnitId" />
      <Chip label={translate('resources.rewards.recipient_unit.chosen', { name: unitName ?? '…' })} onDelete={clear} data-testid="reward-recipient-unit" />
    </Box>
  );
};
RecipientUnit.lockedBy = 'recipientUnitId';

/** The assessment it is tied to (set by a candidate): shown, and untied on demand. */
const AssessmentTie = () => {
  const translate = useTranslate();
  const { setValue } = useFormContext();
  const [assessmentId, label] = useWatch({ name: ['assessmentId', 'assessmentLabel'] }) as Array<string | null | undefined>;
  return (
    <>
      <HiddenInput source="assessmentId" />
      {assessmentId && (
        <Box my={1}>
          <Chip
            color="success"
            variant="outlined"
            label={`${translate('resources.rewards.candidates.chosen')}${label ? `: ${label}` : ''}`}
            onDelete={() => setValue('assessmentId', null, { shouldDirty: true })}
            data-testid="reward-assessment"
            sx={{ maxWidth: '100%' }}
          />
        </Box>
      )}
    </>
  );
};
AssessmentTie.lockedBy = 'assessmentId';

export const RewardForm = ({ creating = false }: { creating?: boolean }) => {
  const translate = useTranslate();
  return (
    <ResourceForm defaultValues={creating ? { year: thisYear(), kind: 'COMMENDATION', recipientKind: 'COLLECTIVE' } : undefined}>
      {creating && (
        <Box display="flex" gap={2} flexWrap="wrap">
          <ProvinceInput validate={required()} />
          <WardInput />
          <NeighbourhoodInput />
        </Box>
      )}
      {creating && (
        <Typography variant="caption" color="text.secondary">
          {translate('resources.rewards.proposing_unit_hint')}
        </Typography>
      )}
      <NumberInput source="year" validate={required()} min={2000} max={2100} step={1} />
      {creating && <Candidates />}
      <Box display="flex" gap={2} flexWrap="wrap">
        <SelectInput source="kind" choices={kindChoices} validate={required()} />
        <SelectInput source="recipientKind" choices={recipientKindChoices} validate={required()} />
      </Box>
      <TextInput source="recipientName" validate={required()} sx={wide} />
      <RecipientUnit />
      <ReferenceInput source="modelId" reference="models">
        <AutocompleteInput optionText="name" filterToQuery={byName} sx={wide} />
      </ReferenceInput>
      <AssessmentTie />
      <TextInput source="reason" validate={required()} multiline minRows={3} fullWidth />
      <BooleanInput source="isSample" helperText="app.common.sample_hint" />
      {!creating && <ReturnedNote />}
    </ResourceForm>
  );
};

/** On a returned draft: what the deciding level asked for. */
const ReturnedNote = () => {
  const translate = useTranslate();
  const [returned, history] = useWatch({ name: ['returned', 'history'] }) as [boolean | undefined, Array<{ action: string; note?: string | null }> | undefined];
  if (!returned) return null;
  const note = history?.at(-1)?.note;
  return (
    <Alert severity="warning" sx={{ mt: 1, ...wide }}>
      {translate('resources.rewards.returned')}
      {note ? ` “${note}”` : ''}
    </Alert>
  );
};
