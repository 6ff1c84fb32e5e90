/**
 * Creating a report (its unit and period, then the document's details) and editing one (the
 * details and the narrative). The unit is one the caller may report for: their own scope unit,
 * or for an administrator any unit picked in the cascade. The period index is asked only for
 * months, quarters and half-years, with that kind's range; own days only for a custom range.
 * Edit inputs lock themselves from record.access (ResourceForm): a submitted report is frozen.
 */
import { useEffect, useRef } from 'react';
import { Alert, Box, LinearProgress, Typography } from '@mui/material';
import {
  ArrayInput,
  BooleanInput,
  DateInput,
  NumberInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  maxValue,
  minValue,
  required,
  useRecordContext,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { ResourceForm } from '../../common/ResourceForm';
import { NeighbourhoodInput, ProvinceInput, WardInput } from '../../common/UnitInputs';
import type { PeriodKind, PeriodReport } from '../../../../rules/contract';
import { PERIOD_INDEX_MAX, periodBounds } from '../../../../rules/periods';
import { currentPeriod, dayText, indexChoices, kindChoices, periodLabel } from './period';
import { ReportStatusChip } from './StatusChip';
import { useScopeUnit } from './useScopeUnit';

const wide = { width: { xs: '100%', sm: 480 } };
const narrow = { width: { xs: '100%', sm: 240 } };

const notBeforeFrom = (value: string | null | undefined, values: { from?: string | null }) =>
  value && values.from && value < values.from ? 'resources.periodReports.form.to_before_from' : undefined;

/**
 * Kind, year and (for the kinds that have one) the index; own days for CUSTOM (`withCustom`).
 * A new kind starts at its period holding today.
 */
export const PeriodInputs = ({ withCustom }: { withCustom: boolean }) => {
  const translate = useTranslate();
  const kind = useWatch({ name: 'periodKind' }) as PeriodKind | undefined;
  const { setValue } = useFormContext();
  const previous = useRef(kind);
  useEffect(() => {
    if (previous.current === kind) return;
    previous.current = kind;
    if (kind) setValue('periodIndex', currentPeriod(kind).periodIndex, { shouldDirty: true });
  }, [kind, setValue]);
  const indexed = kind !== undefined && PERIOD_INDEX_MAX[kind] !== null;
  // Three short inputs share a phone's row (the index widest: "Tháng 12"); a custom range's days take a row of their own.
  const cell = { flex: '1 1 96px', minWidth: 0, maxWidth: { sm: 240 } };
  const year = { flex: '0 0 72px', minWidth: 0 };
  const index = { flex: '1.4 1 120px', minWidth: 0, maxWidth: { sm: 240 } };
  const day = { flex: '1 1 160px', minWidth: 0, maxWidth: { sm: 240 } };
  return (
    <Box display="flex" columnGap={2} flexWrap="wrap" width="100%">
      <SelectInput source="periodKind" label="resources.periodReports.fields.periodKind" choices={kindChoices(withCustom)} validate={required()} sx={cell} />
      <NumberInput source="year" label="resources.periodReports.fields.year" validate={[required(), minValue(2000), maxValue(2100)]} sx={year} />
      {indexed && (
        <SelectInput
          source="periodIndex"
          label="resources.periodReports.fields.periodIndex"
          choices={indexChoices(translate, kind)}
          translateChoice={false}
          validate={required()}
          sx={index}
        />
      )}
      {kind === 'CUSTOM' && (
        <Box display="flex" columnGap={2} flexWrap="wrap" flexBasis="100%">
          <DateInput source="from" validate={required()} sx={day} />
          <DateInput source="to" validate={[required(), notBeforeFrom]} sx={day} />
        </Box>
      )}
    </Box>
  );
};

/** "Tháng 12/2026 · Từ 01/12/2026 đến 31/12/2026": the period the inputs name, as the report will count it. */
const PeriodPreview = () => {
  const translate = useTranslate();
  const [periodKind, year, periodIndex, from, to] = useWatch({ name: ['periodKind', 'year', 'periodIndex', 'from', 'to'] }) as [PeriodKind | undefined, number | null, number | null, string | null, string | null];
  if (!periodKind || !year) return null;
  const indexed = PERIOD_INDEX_MAX[periodKind] !== null;
  if (indexed && !periodIndex) return null;
  const bounds = periodKind === 'CUSTOM' ? (from && to ? { from, to } : null) : periodBounds(periodKind, year, indexed ? periodIndex : null);
  if (!bounds) return null;
  const period = { periodKind, year, periodIndex: indexed ? periodIndex : null, ...bounds };
  return (
    <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }} data-testid="period-preview">
      {periodLabel(translate, period)}
      {periodKind !== 'CUSTOM' && ` · ${translate('resources.periodReports.period.bounds', { from: dayText(bounds.from), to: dayText(bounds.to) })}`}
    </Typography>
  );
};

/** The unit reported for: the caller's own scope unit, or (administrator) the deepest unit picked. */
const ReportUnitInput = () => {
  const translate = useTranslate();
  const { data: scope, isPending, isError } = useScopeUnit();
  if (isPending) return <LinearProgress sx={{ width: '100%', mb: 2 }} />;
  if (isError) return <Alert severity="error">{translate('app.errors.NETWORK')}</Alert>;
  if (scope) {
    return <SelectInput source="unitId" choices={[{ id: scope.id, name: scope.name }]} translateChoice={false} defaultValue={scope.id} validate={required()} sx={wide} />;
  }
  return (
    <>
      <Alert severity="info" sx={{ mb: 2, width: '100%' }}>
        {translate('resources.periodReports.form.unit_hint')}
      </Alert>
      <Box display="flex" columnGap={2} flexWrap="wrap" width="100%">
        <ProvinceInput validate={required()} />
        <WardInput />
        <NeighbourhoodInput />
      </Box>
    </>
  );
};

/** A section's title in a form, with a line saying what it holds. */
const Heading = ({ message, hint }: { message: string; hint?: string }) => {
  const translate = useTranslate();
  return (
    <Box width="100%" mt={1} mb={1}>
      <Typography variant="h6">{translate(message)}</Typography>
      {hint && (
        <Typography variant="body2" color="text.secondary">
          {translate(hint)}
        </Typography>
      )}
    </Box>
  );
};

/** Lines of text (căn cứ, nơi nhận): one input each. */
const lines = (source: string) => (
  <ArrayInput source={source}>
    <SimpleFormIterator inline disableReordering>
      <TextInput source="" label="resources.periodReports.form.line" helperText={false} sx={wide} />
    </SimpleFormIterator>
  </ArrayInput>
);

/** The document's details, the same in both forms (an element, so ResourceForm locks each input). */
const documentInputs = (
  <>
    <Heading message="resources.periodReports.form.metadata" />
    <TextInput source="title" multiline fullWidth helperText="resources.periodReports.form.title_hint" />
    <Box display="flex" columnGap={2} flexWrap="wrap" width="100%">
      <TextInput source="number" sx={narrow} />
      <TextInput source="place" sx={narrow} />
      <DateInput source="issuedOn" sx={narrow} />
    </Box>
    <TextInput source="addressee" multiline fullWidth />
    {lines('basis')}
    <Box display="flex" columnGap={2} flexWrap="wrap" width="100%">
      <TextInput source="signerTitle" sx={wide} />
      <TextInput source="signerName" sx={wide} />
    </Box>
    {lines('recipients')}
    <Box display="flex" columnGap={2} flexWrap="wrap" width="100%">
      <TextInput source="requestsTo" sx={wide} />
      <TextInput source="nextPlanPeriod" sx={narrow} />
    </Box>
    <BooleanInput source="isSample" helperText="app.common.sample_hint" />
  </>
);

/** The deepest unit picked, and no index or own days where the kind takes none (hidden inputs keep their values). */
export const createTransform = ({ provinceId, wardId, neighbourhoodId, ...data }: RaRecord) => {
  const kind = data.periodKind as PeriodKind;
  return {
    ...data,
    unitId: data.unitId || neighbourhoodId || wardId || provinceId,
    periodIndex: PERIOD_INDEX_MAX[kind] === null ? undefined : data.periodIndex,
    from: kind === 'CUSTOM' ? data.from : undefined,
    to: kind === 'CUSTOM' ? data.to : undefined,
  };
};

export const PeriodReportCreateForm = () => (
  <ResourceForm defaultValues={{ periodKind: 'MONTH', ...currentPeriod('MONTH') }}>
    <ReportUnitInput />
    <PeriodInputs withCustom />
    <PeriodPreview />
    {documentInputs}
  </ResourceForm>
);

/** What an edit does not change: the unit, the period and the status. */
const EditHeading = () => {
  const record = useRecordContext<PeriodReport & { id: string }>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box width="100%" mb={2}>
      <Box display="flex" gap={1} alignItems="center" flexWrap="wrap">
        <Typography variant="h6">{record.unit?.name}</Typography>
        <ReportStatusChip status={record.status} />
      </Box>
      <Typography variant="body2" color="text.secondary">
        {periodLabel(translate, record)}
      </Typography>
      {!record.access.update && (
        <Alert severity="info" sx={{ mt: 1 }}>
          {translate('resources.periodReports.form.frozen')}
        </Alert>
      )}
    </Box>
  );
};

export const PeriodReportEditForm = () => (
  <ResourceForm>
    <EditHeading />
    <Heading message="resources.periodReports.form.narrative" hint="resources.periodReports.form.narrative_hint" />
    <TextInput source="results" multiline minRows={4} fullWidth />
    <TextInput source="problems" multiline minRows={3} fullWidth />
    <TextInput source="requests" multiline minRows={3} fullWidth />
    <TextInput source="nextPlan" multiline minRows={3} fullWidth />
    {documentInputs}
  </ResourceForm>
);
