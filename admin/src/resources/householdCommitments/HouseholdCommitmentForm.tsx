import { Box } from '@mui/material';
import { AutocompleteInput, BooleanInput, DateInput, NumberInput, ReferenceInput, TextInput, minValue, required } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { ResourceForm } from '../../common/ResourceForm';
import { NeighbourhoodInput, ProvinceInput, WardInput } from '../../common/UnitInputs';

/** Counts typed on a phone: the number keypad, no decimals. */
export const countInputProps = { inputMode: 'numeric' as const, pattern: '[0-9]*', min: 0, step: 1 };
const byName = (q: string) => (q ? { q } : {});

/** Programmes that apply to the neighbourhood picked. */
const ProgrammeInput = () => {
  const neighbourhoodId = useWatch({ name: 'neighbourhoodId' }) as string | undefined;
  return (
    <ReferenceInput source="programmeId" reference="programmes" filter={neighbourhoodId ? { appliesTo: neighbourhoodId } : {}}>
      <AutocompleteInput optionText="name" filterToQuery={byName} validate={required()} helperText="resources.householdCommitments.hints.programme" sx={{ width: { xs: '100%', sm: 480 } }} />
    </ReferenceInput>
  );
};

/** The counts and their days; on create also the neighbourhood and the programme (they stay afterwards). */
export const HouseholdCommitmentForm = ({ creating = false }: { creating?: boolean }) => (
  <ResourceForm>
    {creating && (
      <>
        <Box display="grid" columnGap={2} gridTemplateColumns={{ xs: '1fr', md: 'repeat(3, minmax(220px, 1fr))' }}>
          <ProvinceInput />
          <WardInput />
          <NeighbourhoodInput validate={required()} />
        </Box>
        <ProgrammeInput />
      </>
    )}
    <Box display="flex" gap={2} flexWrap="wrap">
      <NumberInput source="briefed" validate={minValue(0)} inputProps={countInputProps} helperText="resources.householdCommitments.hints.briefed" />
      <DateInput source="briefedOn" />
    </Box>
    <Box display="flex" gap={2} flexWrap="wrap">
      <NumberInput source="signed" validate={minValue(0)} inputProps={countInputProps} helperText="resources.householdCommitments.hints.signed" />
      <DateInput source="signedOn" />
    </Box>
    <TextInput source="note" multiline minRows={2} fullWidth />
    <BooleanInput source="isSample" helperText="app.common.sample_hint" />
  </ResourceForm>
);
