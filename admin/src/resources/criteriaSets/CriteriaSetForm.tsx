import { useEffect } from 'react';
import { Alert, Typography } from '@mui/material';
import {
  ArrayInput,
  BooleanInput,
  NumberInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  maxValue,
  minValue,
  required,
  useRecordContext,
  useSourceContext,
  useTranslate,
  type Validator,
} from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import type { CriterionGroup, CriterionKind } from '../../../../rules/contract';
import { enumChoices } from '../../common/enums';
import { HiddenInput } from '../../common/HiddenInput';
import { ResourceForm } from '../../common/ResourceForm';

interface RowInputProps {
  source: string;
  disabled?: boolean;
}

/** A criterion's group: one of the groups as they stand in the form right now. */
const GroupSelect = ({ source, disabled }: RowInputProps) => {
  const groups = useWatch({ name: 'groups' }) as Array<Partial<CriterionGroup> | null> | undefined;
  const choices = (groups ?? [])
    .filter((g): g is Partial<CriterionGroup> & { code: string } => !!g?.code)
    .map((g) => ({ id: g.code, name: g.title ? `${g.code} — ${g.title}` : g.code }));
  return (
    <SelectInput
      source={source}
      label="resources.criteriaSets.criterion.group"
      choices={choices}
      translateChoice={false}
      validate={required()}
      helperText={false}
      disabled={disabled}
      sx={{ width: 240 }}
    />
  );
};

/** The row an input of a criterion belongs to, read from the whole form's values. */
const rowOf = (values: unknown, finalSource: string): Record<string, unknown> =>
  (finalSource
    .split('.')
    .slice(0, -1)
    .reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), values) ?? {}) as Record<string, unknown>;

/** A POINTS criterion needs a maximum above 0, unless it is a placeholder still awaiting its text. */
const maxScoreRule: Validator = (value: unknown, values: unknown, props: { finalSource?: string; source?: string }) => {
  const row = rowOf(values, props.finalSource ?? props.source ?? '');
  if (row.kind !== 'POINTS') return undefined;
  if ((value === null || value === undefined || value === '') && !row.placeholder) return 'ra.validation.required';
  if (typeof value === 'number' && value <= 0) return { message: 'ra.validation.minValue', args: { min: 0 } };
  return undefined;
};

/** Only meaningful for POINTS: locked and emptied for a pass / fail criterion. */
const MaxScoreInput = ({ source, disabled }: RowInputProps) => {
  const sourceContext = useSourceContext();
  const finalSource = sourceContext.getSource(source);
  const kind = useWatch({ name: sourceContext.getSource('kind') }) as CriterionKind | null | undefined;
  const { getValues, setValue } = useFormContext();
  const points = kind === 'POINTS';
  useEffect(() => {
    if (!points && getValues(finalSource) != null) setValue(finalSource, null, { shouldDirty: true, shouldValidate: true });
  }, [points, finalSource, getValues, setValue]);
  return (
    <NumberInput
      source={source}
      label="resources.criteriaSets.criterion.maxScore"
      validate={[maxScoreRule, maxValue(1000)]}
      helperText={false}
      disabled={disabled || !points}
      sx={{ width: 130 }}
    />
  );
};

/** What the set's maximum total will be once saved: each POINTS criterion's maximum, plus 1 per PASS_FAIL one. */
const MaxTotalPreview = () => {
  const translate = useTranslate();
  const criteria = useWatch({ name: 'criteria' }) as Array<{ kind?: string | null; maxScore?: number | null } | null> | undefined;
  const total = (criteria ?? []).reduce((sum, c) => sum + (c?.kind === 'POINTS' ? Number(c.maxScore ?? 0) || 0 : c?.kind === 'PASS_FAIL' ? 1 : 0), 0);
  return (
    <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
      {translate('resources.criteriaSets.fields.maxTotal')}: <strong>{total.toLocaleString()}</strong> ({translate('resources.criteriaSets.maxTotal_help')})
    </Typography>
  );
};

/** Rows of a list input wrap instead of running off the page; a criterion's text takes the rest of its first line. */
const wrapRows = { '& .RaSimpleFormIterator-form': { flexWrap: 'wrap', flex: 1, minWidth: 0 } } as const;
const oneLine = { whiteSpace: 'nowrap', mt: 1 } as const;

/** One form for create and edit. Criteria keep their ids, so assessment results stay linked to them. */
/** A saved set: editing its criteria after ratings makes a new edition (say so before it happens). */
const EditionNote = () => {
  const record = useRecordContext<{ id?: string; revision?: number }>();
  const translate = useTranslate();
  if (!record?.id) return null;
  return (
    <Alert severity="info" sx={{ mb: 2, maxWidth: 960 }}>
      {translate('resources.criteriaSets.fields.revision')} {record.revision ?? 1}. {translate('resources.criteriaSets.revision.help')}
    </Alert>
  );
};

export const CriteriaSetForm = () => (
  <ResourceForm>
    <EditionNote />
    <TextInput source="name" validate={required()} />
    <TextInput source="note" multiline minRows={2} maxRows={12} />

    <ArrayInput source="groups" validate={required()}>
      <SimpleFormIterator inline sx={wrapRows}>
        <TextInput source="code" label="resources.criteriaSets.group.code" validate={required()} helperText={false} sx={{ width: 160 }} />
        <TextInput source="title" label="resources.criteriaSets.group.title" validate={required()} helperText={false} sx={{ flex: 1, minWidth: 300 }} />
      </SimpleFormIterator>
    </ArrayInput>

    <ArrayInput source="criteria" validate={required()}>
      <SimpleFormIterator inline sx={wrapRows}>
        <HiddenInput source="id" />
        <TextInput source="code" label="resources.criteriaSets.criterion.code" validate={required()} helperText={false} sx={{ width: 120, flexShrink: 0 }} />
        <TextInput source="title" label="resources.criteriaSets.criterion.title" validate={required()} helperText={false} multiline sx={{ flex: '1 1 calc(100% - 140px)' }} />
        <GroupSelect source="group" />
        <SelectInput
          source="kind"
          label="resources.criteriaSets.criterion.kind"
          choices={enumChoices('CriterionKind')}
          defaultValue="PASS_FAIL"
          validate={required()}
          helperText={false}
          sx={{ width: 180 }}
        />
        <MaxScoreInput source="maxScore" />
        <BooleanInput source="required" label="resources.criteriaSets.criterion.required" defaultValue={true} helperText={false} sx={oneLine} />
        <BooleanInput source="placeholder" label="resources.criteriaSets.criterion.placeholder" defaultValue={false} helperText={false} sx={oneLine} />
      </SimpleFormIterator>
    </ArrayInput>
    <MaxTotalPreview />

    <ArrayInput source="thresholds">
      <SimpleFormIterator inline sx={wrapRows}>
        <TextInput source="classification" label="resources.criteriaSets.threshold.classification" validate={required()} helperText={false} sx={{ width: 280 }} />
        <NumberInput source="minTotal" label="resources.criteriaSets.threshold.minTotal" validate={[required(), minValue(0)]} helperText={false} sx={{ width: 180 }} />
      </SimpleFormIterator>
    </ArrayInput>
  </ResourceForm>
);
