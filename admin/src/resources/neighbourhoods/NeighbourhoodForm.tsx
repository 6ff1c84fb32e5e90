import { AutocompleteInput, BooleanInput, DateInput, NumberInput, ReferenceInput, SelectInput, TextInput, minValue, required } from 'react-admin';
import { Box } from '@mui/material';
import { ResourceForm } from '../../common/ResourceForm';
import { enumChoices } from '../../common/enums';
import { ProvinceInput, WardInput } from '../../common/UnitInputs';

/** One form for create and edit; inputs the caller may not change (a head: code, parent, head) are shown locked. */
export const NeighbourhoodForm = () => (
  <ResourceForm>
    <Box display="flex" gap={2} flexWrap="wrap">
      <ProvinceInput lockedBy="wardId" />
      <WardInput validate={required()} />
    </Box>
    <Box display="flex" gap={2} flexWrap="wrap">
      <TextInput source="name" validate={required()} />
      <TextInput source="code" validate={required()} />
      <SelectInput source="type" choices={enumChoices('NeighbourhoodType')} validate={required()} />
    </Box>
    <Box display="flex" gap={2} flexWrap="wrap">
      <TextInput source="headName" />
      <TextInput source="headPhone" />
      <ReferenceInput source="headUserId" reference="users" filter={{ role: 'NEIGHBOURHOOD_HEAD' }}>
        <AutocompleteInput optionText="displayName" filterToQuery={(q: string) => (q ? { q } : {})} sx={{ minWidth: 240 }} />
      </ReferenceInput>
    </Box>
    <Box display="flex" gap={2} flexWrap="wrap">
      <NumberInput source="households" min={0} validate={minValue(0)} />
      <NumberInput source="population" min={0} validate={minValue(0)} />
      <DateInput source="rearrangedOn" />
    </Box>
    <Box display="flex" gap={2} flexWrap="wrap">
      <TextInput source="phone" />
      <TextInput source="email" type="email" />
    </Box>
    <TextInput source="address" fullWidth />
    <TextInput source="note" multiline fullWidth />
    <BooleanInput source="isSample" helperText="app.common.sample_hint" />
  </ResourceForm>
);
