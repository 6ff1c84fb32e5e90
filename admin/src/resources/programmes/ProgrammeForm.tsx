import {
  ArrayInput,
  AutocompleteInput,
  NumberInput,
  ReferenceInput,
  SelectArrayInput,
  SelectInput,
  SimpleFormIterator,
  Labeled,
  TextInput,
  minValue,
  regex,
  required,
  useGetIdentity,
  useRecordContext,
  useSourceContext,
  useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { Box, Typography } from '@mui/material';
import { enumChoices } from '../../common/enums';
import { HiddenInput } from '../../common/HiddenInput';
import { ResourceForm } from '../../common/ResourceForm';
import { ProvinceInput, WardInput } from '../../common/UnitInputs';
import type { Programme, Role } from '../../../../rules/contract';
import { DEADLINE_DAY_PATTERN, METRIC_PATTERN } from '../../../../rules/limits';
import { DocumentsInput, NamingRuleInput, RecipientsInput, ResponsibilitiesInput, cleanPlanData } from '../models/planData';

const byName = (q: string) => (q ? { q } : {});

/** Further levels it rates (Decision 3554: wards and organisations), never the main one again. */
const AlsoRatesInput = () => {
  const ratedLevel = useWatch({ name: 'ratedLevel' }) as string | undefined;
  return (
    <SelectArrayInput
      source="alsoRates"
      choices={enumChoices('RatedLevel').filter((c) => c.id !== ratedLevel)}
      helperText="resources.programmes.also_rates_help"
      sx={{ minWidth: 320 }}
    />
  );
};
const row = { display: 'flex', gap: 2, flexWrap: 'wrap' } as const;
/** Rows of a list input wrap instead of running off the page; a 100% input takes a line of its own. */
const wrapRows = { '& .RaSimpleFormIterator-form': { flexWrap: 'wrap', flex: 1, minWidth: 0 } } as const;

/** The two metrics the overview computes; others are stored as written. */
const COMPUTED_METRICS = ['recognisedShare', 'launchedWithin3MonthsShare'];

/** Free text, with a hint that says whether the overview computes this metric and which ones it does. */
const MetricInput = ({ source, disabled }: { source: string; disabled?: boolean }) => {
  const sourceContext = useSourceContext();
  const value = useWatch({ name: sourceContext.getSource(source) }) as string | null | undefined;
  const computed = !!value && COMPUTED_METRICS.includes(value);
  return (
    <TextInput
      source={source}
      label="resources.programmes.target.metric"
      validate={[required(), regex(METRIC_PATTERN, 'resources.programmes.target.metric_invalid')]}
      helperText={computed ? 'resources.programmes.target.metric_computed' : 'resources.programmes.target.metric_help'}
      disabled={disabled}
      sx={{ width: 300 }}
    />
  );
};

/** The issuing unit's pickers hold form-only fields; the API takes the lowest one chosen as issuerUnitId. */
const ISSUER_PROVINCE = 'issuerProvinceId';
const ISSUER_WARD = 'issuerWardId';

/** Create: the issuing unit is the ward chosen, else the province, else (ADMIN only) none: national. */
export const withIssuer = (data: Record<string, unknown>) => {
  const { [ISSUER_PROVINCE]: province, [ISSUER_WARD]: ward, ...rest } = data;
  return cleanPlanData({ ...rest, issuerUnitId: (ward as string | null | undefined) || (province as string | null | undefined) || null });
};

/** Edit: blank duty and recipient lines dropped before saving. */
export const cleanProgramme = (data: Record<string, unknown>) => cleanPlanData(data);

/**
 * Which unit issues the programme (it applies to that unit's subtree). In a create form the
 * pickers list only what the caller may see and fill themselves with the caller's own unit (a ward
 * officer's ward, a province officer's province); only ADMIN may leave them empty ("Toàn quốc").
 * A saved programme keeps its issuing unit: shown, not edited.
 */
const IssuerInput = () => {
  const record = useRecordContext<Programme & { id: string }>();
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const isAdmin = (identity as { role?: Role } | undefined)?.role === 'ADMIN';
  if (record?.id) {
    return (
      <Labeled label="resources.programmes.fields.issuingUnitName">
        <Typography variant="body2">{record.issuingUnitName ?? translate('resources.programmes.national')}</Typography>
      </Labeled>
    );
  }
  return (
    <Box width="100%">
      <Box sx={row}>
        <ProvinceInput source={ISSUER_PROVINCE} label="resources.programmes.issuer.province" validate={isAdmin ? undefined : required()} />
        <WardInput source={ISSUER_WARD} parentSource={ISSUER_PROVINCE} label="resources.programmes.issuer.ward" />
      </Box>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: -1, mb: 2 }}>
        {translate(isAdmin ? 'resources.programmes.issuer.help_admin' : 'resources.programmes.issuer.help_officer')}
      </Typography>
    </Box>
  );
};
IssuerInput.lockedBy = 'issuerUnitId';

/** One form for create and edit. Lists (legal basis, targets, deadlines) are saved whole; targets keep their ids. */
export const ProgrammeForm = () => (
  <ResourceForm>
    <Box sx={row} width="100%">
      <TextInput source="code" validate={required()} sx={{ width: 220 }} />
      <TextInput source="name" validate={required()} sx={{ flex: 1, minWidth: 320 }} />
    </Box>
    <TextInput source="description" multiline minRows={3} maxRows={16} />
    <IssuerInput />
    <Box sx={row} width="100%">
      <SelectInput source="ratedLevel" choices={enumChoices('RatedLevel')} validate={required()} sx={{ width: 220 }} />
      <SelectInput source="recognizingLevel" choices={enumChoices('RecognizingLevel')} validate={required()} sx={{ width: 220 }} />
      <SelectInput source="period" choices={enumChoices('AssessmentPeriod')} validate={required()} sx={{ width: 220 }} />
    </Box>
    <AlsoRatesInput />
    <ReferenceInput source="criteriaSetId" reference="criteriaSets" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput optionText="name" filterToQuery={byName} />
    </ReferenceInput>

    <DocumentsInput source="legalBasis" labels={(field) => `resources.programmes.document.${field}`} />

    <ArrayInput source="targets" helperText="resources.programmes.target.metrics_help">
      <SimpleFormIterator inline sx={wrapRows}>
        <HiddenInput source="id" />
        <TextInput source="title" label="resources.programmes.target.title" validate={required()} helperText={false} multiline sx={{ flex: '1 1 100%' }} />
        <SelectInput
          source="comparison"
          label="resources.programmes.target.comparison"
          choices={enumChoices('TargetComparison')}
          defaultValue="AT_LEAST"
          validate={required()}
          helperText={false}
          sx={{ width: 130 }}
        />
        <NumberInput source="goal" label="resources.programmes.target.goal" validate={[required(), minValue(0)]} helperText={false} sx={{ width: 130 }} />
        <TextInput source="unit" label="resources.programmes.target.unit" validate={required()} helperText={false} sx={{ width: 120 }} />
        <MetricInput source="metric" />
        <TextInput source="note" label="resources.programmes.target.note" helperText={false} multiline sx={{ flex: 1, minWidth: 240 }} />
      </SimpleFormIterator>
    </ArrayInput>

    <ArrayInput source="deadlines">
      <SimpleFormIterator inline sx={wrapRows}>
        <TextInput source="title" label="resources.programmes.deadline.title" validate={required()} helperText={false} multiline sx={{ flex: 1, minWidth: 300 }} />
        <TextInput
          source="due"
          label="resources.programmes.deadline.due"
          validate={[required(), regex(DEADLINE_DAY_PATTERN, 'resources.programmes.deadline.due_invalid')]}
          helperText="resources.programmes.deadline.due_help"
          sx={{ width: 260 }}
        />
        <SelectInput
          source="step"
          label="resources.programmes.deadline.step"
          choices={enumChoices('DeadlineStep')}
          defaultValue="OTHER"
          validate={required()}
          helperText="resources.programmes.deadline.step_help"
          sx={{ width: 240 }}
        />
        <TextInput source="note" label="resources.programmes.deadline.note" helperText={false} multiline sx={{ flex: 1, minWidth: 240 }} />
      </SimpleFormIterator>
    </ArrayInput>

    {/* Tổ chức thực hiện, Nơi nhận and the community groups' naming rule of the programme's plan. */}
    <ResponsibilitiesInput />
    <RecipientsInput />
    <NamingRuleInput />
  </ResourceForm>
);
