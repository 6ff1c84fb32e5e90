import { AutocompleteInput, BooleanInput, DateInput, NumberInput, ReferenceInput, SelectInput, SimpleForm, TextInput, minValue, required } from 'react-admin';
import { Box } from '@mui/material';
import { useFieldEditable } from '../../common/access';
import { enumChoices } from '../../common/enums';
import { ProvinceInput, WardInput } from '../../common/UnitInputs';

/** One form for create and edit; inputs the caller may not change (a head: code, parent, head) are shown locked. */
export const NeighbourhoodForm = () => {
  const editable = useFieldEditable();
  return (
    <SimpleForm>
      <Box display="flex" gap={2} flexWrap="wrap">
        <ProvinceInput disabled={!editable('wardId')} />
        <WardInput validate={required()} disabled={!editable('wardId')} />
      </Box>
      <Box display="flex" gap={2} flexWrap="wrap">
        <TextInput source="name" validate={required()} disabled={!editable('name')} />
        <TextInput source="code" validate={required()} disabled={!editable('code')} />
        <SelectInput source="type" choices={enumChoices('NeighbourhoodType')} validate={required()} disabled={!editable('type')} />
      </Box>
      <Box display="flex" gap={2} flexWrap="wrap">
        <TextInput source="headName" disabled={!editable('headName')} />
        <TextInput source="headPhone" disabled={!editable('headPhone')} />
        <ReferenceInput source="headUserId" reference="users" filter={{ role: 'NEIGHBOURHOOD_HEAD' }}>
          <AutocompleteInput optionText="displayName" filterToQuery={(q: string) => (q ? { q } : {})} disabled={!editable('headUserId')} sx={{ minWidth: 240 }} />
        </ReferenceInput>
      </Box>
      <Box display="flex" gap={2} flexWrap="wrap">
        <NumberInput source="households" min={0} validate={minValue(0)} disabled={!editable('households')} />
        <NumberInput source="population" min={0} validate={minValue(0)} disabled={!editable('population')} />
        <DateInput source="rearrangedOn" disabled={!editable('rearrangedOn')} />
      </Box>
      <Box display="flex" gap={2} flexWrap="wrap">
        <TextInput source="phone" disabled={!editable('phone')} />
        <TextInput source="email" type="email" disabled={!editable('email')} />
      </Box>
      <TextInput source="address" fullWidth disabled={!editable('address')} />
      <TextInput source="note" multiline fullWidth disabled={!editable('note')} />
      <BooleanInput source="isSample" helperText="app.common.sample_hint" disabled={!editable('isSample')} />
    </SimpleForm>
  );
};
