import {
  ArrayInput,
  AutocompleteInput,
  DateInput,
  NumberInput,
  ReferenceInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  minValue,
  regex,
  required,
  useSourceContext,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { Box } from '@mui/material';
import { enumChoices } from '../../common/enums';
import { HiddenInput } from '../../common/HiddenInput';
import { ResourceForm } from '../../common/ResourceForm';
import { DEADLINE_DAY_PATTERN, METRIC_PATTERN } from '../../../../rules/limits';

const byName = (q: string) => (q ? { q } : {});
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

/** One form for create and edit. Lists (legal basis, targets, deadlines) are saved whole; targets keep their ids. */
export const ProgrammeForm = () => (
  <ResourceForm>
    <Box sx={row} width="100%">
      <TextInput source="code" validate={required()} sx={{ width: 220 }} />
      <TextInput source="name" validate={required()} sx={{ flex: 1, minWidth: 320 }} />
    </Box>
    <TextInput source="description" multiline minRows={3} maxRows={16} />
    <Box sx={row} width="100%">
      <SelectInput source="ratedLevel" choices={enumChoices('RatedLevel')} validate={required()} sx={{ width: 220 }} />
      <SelectInput source="recognizingLevel" choices={enumChoices('RecognizingLevel')} validate={required()} sx={{ width: 220 }} />
      <SelectInput source="period" choices={enumChoices('AssessmentPeriod')} validate={required()} sx={{ width: 220 }} />
    </Box>
    <ReferenceInput source="criteriaSetId" reference="criteriaSets" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput optionText="name" filterToQuery={byName} />
    </ReferenceInput>

    <ArrayInput source="legalBasis">
      <SimpleFormIterator inline sx={wrapRows}>
        <TextInput source="number" label="resources.programmes.document.number" helperText={false} sx={{ width: 170 }} />
        <DateInput source="date" label="resources.programmes.document.date" helperText={false} sx={{ width: 170 }} />
        <TextInput source="issuer" label="resources.programmes.document.issuer" helperText={false} sx={{ width: 240 }} />
        <TextInput source="title" label="resources.programmes.document.title" helperText={false} multiline sx={{ flex: 1, minWidth: 300 }} />
      </SimpleFormIterator>
    </ArrayInput>

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
        <TextInput source="note" label="resources.programmes.deadline.note" helperText={false} multiline sx={{ flex: 1, minWidth: 240 }} />
      </SimpleFormIterator>
    </ArrayInput>
  </ResourceForm>
);
