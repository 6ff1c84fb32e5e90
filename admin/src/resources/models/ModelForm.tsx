import type { ReactNode } from 'react';
import { Alert, Box, Button, Typography } from '@mui/material';
import {
  ArrayInput,
  AutocompleteInput,
  BooleanInput,
  DateInput,
  Labeled,
  Link,
  NumberInput,
  ReferenceInput,
  SelectInput,
  SimpleFormIterator,
  TabbedForm,
  TextArrayInput,
  TextInput,
  minValue,
  regex,
  required,
  useCreatePath,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { enumChoices } from '../../common/enums';
import { ResourceTabbedForm } from '../../common/ResourceForm';
import { NeighbourhoodInput, ProvinceInput, WardInput } from '../../common/UnitInputs';
import type { Model } from '../../../../rules/contract';
import { STAGES, UnitText, f } from './modelFields';
import { DocumentsInput, FundingInput, NamingRuleInput, RecipientsInput, ResponsibilitiesInput } from './planData';
import { DEADLINE_DAY_PATTERN, METRIC_PATTERN } from '../../../../rules/limits';

const byName = (q: string) => (q ? { q } : {});

const LANGUAGE_OPTIONS = ['vi', 'en', 'zh', 'ko', 'ja', 'fr', 'ru', 'lo', 'km', 'th'];
const languageCodes = (value: string[] | null | undefined) =>
  value?.some((code) => !/^[a-z]{2}$/.test(code)) ? 'resources.models.validation.languages' : undefined;
const wholeNumber = (value: number | null | undefined) => (value != null && !Number.isInteger(value) ? 'resources.models.validation.whole_number' : undefined);
const metricName = regex(METRIC_PATTERN, 'resources.models.validation.metric');
const dueDay = regex(DEADLINE_DAY_PATTERN, 'resources.models.validation.deadline_due');
/** startedIn / statusAsOf: YYYY, YYYY-MM or YYYY-MM-DD, as the API's partialDate. */
const partialDate = regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'resources.models.validation.partial_date');

/** Rows of an embedded list: inputs side by side, wrapping on narrow screens. */
const rowSx = {
  '& .RaSimpleFormIterator-form': { flexWrap: 'wrap', alignItems: 'flex-start', rowGap: 0 },
  '& .RaSimpleFormIterator-line': { borderBottom: 1, borderColor: 'divider', py: 0.5 },
};

/** An embedded list (funding, committee, …): repeatable rows, locked as a whole (rows included, by the form) when the caller may not change it. */
const Rows = ({ source, disabled, helperText, children }: { source: string; disabled?: boolean; helperText?: string; children: ReactNode }) => {
  const translate = useTranslate();
  const rows = useWatch({ name: source }) as unknown[] | null | undefined;
  return (
    <ArrayInput source={source} helperText={!disabled && helperText ? helperText : false}>
      {disabled && !rows?.length ? (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1, mb: 2 }}>
          {translate('resources.models.no_items')}
        </Typography>
      ) : (
        <SimpleFormIterator inline disabled={disabled} disableClear sx={rowSx}>
          {children}
        </SimpleFormIterator>
      )}
    </ArrayInput>
  );
};

/** A neighbourhood head may change figures only: say so, and take them there. */
const RestrictedNotice = () => {
  const record = useRecordContext<Model>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const fields = record?.access?.updatableFields;
  if (!record || !fields) return null;
  return (
    <Alert
      severity="info"
      sx={{ mb: 1, width: '100%' }}
      action={
        fields.includes('figures') ? (
          <Button component={Link} to={`${createPath({ resource: 'models', id: record.id, type: 'edit' })}/figures`} size="small">
            {translate('resources.models.hints.open_figures')}
          </Button>
        ) : undefined
      }
    >
      {translate('resources.models.hints.head_only_figures')}
    </Alert>
  );
};

/** On create: the deepest unit chosen runs the model (see transform in index.tsx). On edit: fixed. */
const UnitPicker = () => {
  const record = useRecordContext<Model>();
  const translate = useTranslate();
  if (record?.id) {
    return (
      <Labeled label={f('unit')} sx={{ mb: 2 }}>
        <Box component="span" title={translate('resources.models.hints.unit_fixed')}>
          <UnitText inline />
        </Box>
      </Labeled>
    );
  }
  return (
    <Box>
      <Box display="grid" columnGap={2} gridTemplateColumns={{ xs: '1fr', md: 'repeat(3, minmax(220px, 1fr))' }}>
        <ProvinceInput validate={required()} />
        <WardInput />
        <NeighbourhoodInput />
      </Box>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: -1, mb: 1, maxWidth: 760 }}>
        {translate('resources.models.hints.unit')}
      </Typography>
    </Box>
  );
};

/** One form for create and edit; inputs the caller may not change (a head: all but figures) are shown locked. */
export const ModelForm = () => {
  const long = (source: string) => <TextInput source={source} multiline minRows={3} fullWidth />;
  return (
    <ResourceTabbedForm defaultValues={{ status: 'PLANNED', isSample: false }}>
      <TabbedForm.Tab label="resources.models.tabs.overview">
        <RestrictedNotice />
        <UnitPicker />
        <TextInput source="name" validate={required()} fullWidth />
        <Box display="flex" gap={2} flexWrap="wrap" width="100%">
          <SelectInput source="category" choices={enumChoices('ModelCategory')} validate={required()} fullWidth={false} sx={{ width: 260 }} />
          <SelectInput source="status" choices={enumChoices('ModelStatus')} validate={required()} fullWidth={false} sx={{ width: 220 }} />
          <ReferenceInput source="programmeId" reference="programmes" sort={{ field: 'name', order: 'ASC' }}>
            <AutocompleteInput optionText="name" filterToQuery={byName} sx={{ minWidth: 440, maxWidth: '100%' }} />
          </ReferenceInput>
        </Box>
        <TextInput source="leadBody" validate={required()} fullWidth />
        <TextInput source="area" multiline fullWidth />
        <Labeled label={f('statusDates')} fullWidth>
          <Box display="grid" columnGap={2} gridTemplateColumns={{ xs: '1fr', sm: 'repeat(3, 220px)' }}>
            {STAGES.map((stage) => (
              <DateInput key={stage.key} source={`statusDates.${stage.key}`} />
            ))}
          </Box>
        </Labeled>
        <Box display="flex" columnGap={2} flexWrap="wrap" width="100%">
          <TextInput source="startedIn" validate={partialDate} helperText="resources.models.hints.partial_date" parse={(v: string) => v.trim() || null} sx={{ width: 300 }} />
          <TextInput source="statusAsOf" validate={partialDate} helperText="resources.models.hints.partial_date" parse={(v: string) => v.trim() || null} sx={{ width: 300 }} />
        </Box>
        <TextInput source="unitMappingNote" multiline fullWidth />
        <BooleanInput source="isSample" helperText="app.common.sample_hint" />
      </TabbedForm.Tab>

      <TabbedForm.Tab label="resources.models.tabs.narrative" path="narrative">
        {long('context')}
        {long('results')}
        {long('problems')}
        <TextInput source="nextPlanPeriod" helperText="resources.models.hints.next_plan_period" sx={{ maxWidth: 360 }} />
        <TextInput source="nextPlan" multiline minRows={3} fullWidth helperText="resources.models.hints.next_plan" />
        {long('requests')}
        <TextInput source="meetingSchedule" multiline fullWidth />
      </TabbedForm.Tab>

      <TabbedForm.Tab label="resources.models.tabs.people" path="people">
        <Rows source="committee">
          <TextInput source="name" validate={required()} helperText={false} sx={{ width: 220 }} />
          <TextInput source="position" validate={required()} helperText={false} sx={{ flex: '1 1 280px' }} />
          <TextInput source="role" validate={required()} helperText={false} sx={{ width: 220 }} />
          <TextInput source="group" validate={required()} helperText={false} sx={{ width: 200 }} />
        </Rows>
        <Rows source="channels" helperText="resources.models.hints.languages">
          <SelectInput source="kind" choices={enumChoices('ChannelKind')} validate={required()} helperText={false} sx={{ width: 180 }} />
          <TextInput source="name" validate={required()} helperText={false} sx={{ flex: '1 1 260px' }} />
          <TextInput source="value" helperText={false} sx={{ width: 200 }} />
          <TextArrayInput
            source="languages"
            options={LANGUAGE_OPTIONS}
            validate={languageCodes}
            parse={(v: string[] | null) => (v ?? []).map((code) => code.trim().toLowerCase()).filter(Boolean)}
            helperText={false}
           
            sx={{ width: 220 }}
          />
          <TextInput source="note" multiline maxRows={4} helperText={false} sx={{ flex: '1 1 280px' }} />
        </Rows>
      </TabbedForm.Tab>

      <TabbedForm.Tab label="resources.models.tabs.duties" path="duties">
        <ResponsibilitiesInput />
        <FundingInput />
        <RecipientsInput />
        <NamingRuleInput />
      </TabbedForm.Tab>

      <TabbedForm.Tab label="resources.models.tabs.plan" path="plan">
        <Rows source="steps">
          <NumberInput source="order" validate={[required(), minValue(1), wholeNumber]} min={1} step={1} helperText={false} sx={{ width: 90 }} />
          <TextInput source="title" validate={required()} multiline maxRows={4} helperText={false} sx={{ flex: '1 1 440px' }} />
          <DateInput source="dueOn" helperText={false} sx={{ width: 180 }} />
          <DateInput source="doneOn" helperText={false} sx={{ width: 180 }} />
          <TextInput source="note" multiline maxRows={4} helperText={false} sx={{ flex: '1 1 320px' }} />
        </Rows>
        <Rows source="components">
          <TextInput source="title" validate={required()} multiline maxRows={4} helperText={false} sx={{ flex: '1 1 300px' }} />
          <TextInput source="description" validate={required()} multiline maxRows={4} helperText={false} sx={{ flex: '1 1 520px' }} />
          <TextInput source="place" helperText={false} sx={{ width: 200 }} />
        </Rows>
        <Rows source="targets">
          <TextInput source="title" validate={required()} multiline maxRows={4} helperText={false} sx={{ flex: '1 1 360px' }} />
          <TextInput source="metric" validate={[required(), metricName]} helperText="resources.models.hints.metric" sx={{ width: 240 }} />
          <SelectInput source="comparison" choices={enumChoices('TargetComparison')} helperText={false} sx={{ width: 150 }} />
          <NumberInput source="goal" validate={[required(), minValue(0)]} min={0} helperText={false} sx={{ width: 130 }} />
          <TextInput source="unit" validate={required()} helperText={false} sx={{ width: 140 }} />
          <TextInput source="note" multiline maxRows={4} helperText={false} sx={{ flex: '1 1 280px' }} />
        </Rows>
        <Rows source="deadlines">
          <TextInput source="title" validate={required()} multiline maxRows={4} helperText={false} sx={{ flex: '1 1 360px' }} />
          <TextInput source="due" validate={[required(), dueDay]} helperText="resources.models.hints.deadline_due" sx={{ width: 260 }} />
          <SelectInput source="step" choices={enumChoices('DeadlineStep')} defaultValue="OTHER" helperText={false} sx={{ width: 200 }} />
          <TextInput source="note" multiline maxRows={4} helperText={false} sx={{ flex: '1 1 360px' }} />
        </Rows>
        <DocumentsInput source="documents" labels={(field) => f(`documents.${field}`)} />
      </TabbedForm.Tab>

      <TabbedForm.Tab label="resources.models.tabs.figures" path="figures">
        <Rows source="figures">
          <TextInput source="period" validate={required()} helperText={false} sx={{ width: 130 }} />
          <TextInput source="indicator" validate={required()} multiline maxRows={4} helperText={false} sx={{ flex: '1 1 340px' }} />
          <NumberInput source="value" validate={required()} helperText={false} sx={{ width: 120 }} />
          <TextInput source="unit" validate={required()} helperText={false} sx={{ width: 140 }} />
          <TextInput source="place" helperText={false} sx={{ width: 200 }} />
          <BooleanInput source="planned" helperText={false} sx={{ mt: 1 }} />
          <TextInput source="note" multiline maxRows={4} helperText={false} sx={{ flex: '1 1 300px' }} />
        </Rows>
      </TabbedForm.Tab>
    </ResourceTabbedForm>
  );
};
