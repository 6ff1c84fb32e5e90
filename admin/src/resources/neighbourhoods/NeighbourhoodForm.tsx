import type { ReactElement } from 'react';
import { AutocompleteInput, BooleanInput, DateInput, ReferenceInput, SelectInput, TextInput, required, useTranslate } from 'react-admin';
import { Box, Divider, Typography } from '@mui/material';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import { useFieldEditable } from '../../common/access';
import { CountInput, EmailInput, PhoneInput } from '../../common/KeypadInputs';
import { ResourceForm } from '../../common/ResourceForm';
import { enumChoices } from '../../common/enums';
import { ProvinceInput, WardInput } from '../../common/UnitInputs';
import { AliasesInput, LocationInput } from '../../map';

/** The form's inputs in reading order, each with the API field whose lock it takes. */
const INPUTS: ReadonlyArray<readonly [field: string, input: ReactElement]> = [
  ['wardId', <ProvinceInput key="provinceId" lockedBy="wardId" />],
  ['wardId', <WardInput key="wardId" validate={required()} />],
  ['name', <TextInput key="name" source="name" validate={required()} />],
  ['code', <TextInput key="code" source="code" validate={required()} />],
  ['type', <SelectInput key="type" source="type" choices={enumChoices('NeighbourhoodType')} validate={required()} />],
  ['headName', <TextInput key="headName" source="headName" />],
  ['headPhone', <PhoneInput key="headPhone" source="headPhone" />],
  [
    'headUserId',
    <ReferenceInput key="headUserId" source="headUserId" reference="users" filter={{ role: 'NEIGHBOURHOOD_HEAD' }}>
      <AutocompleteInput optionText="displayName" filterToQuery={(q: string) => (q ? { q } : {})} sx={{ minWidth: 240 }} />
    </ReferenceInput>,
  ],
  ['households', <CountInput key="households" source="households" />],
  ['population', <CountInput key="population" source="population" />],
  ['rearrangedOn', <DateInput key="rearrangedOn" source="rearrangedOn" />],
  ['phone', <PhoneInput key="phone" source="phone" />],
  ['email', <EmailInput key="email" source="email" />],
  ['address', <TextInput key="address" source="address" fullWidth />],
  ['note', <TextInput key="note" source="note" multiline fullWidth />],
  ['aliases', <AliasesInput key="aliases" source="aliases" />],
  ['location', <LocationInput key="location" source="location" />],
  ['isSample', <BooleanInput key="isSample" source="isSample" helperText="app.common.sample_hint" />],
];

const row = { display: 'flex', columnGap: 2, flexWrap: 'wrap', width: '100%' } as const;

/**
 * One form for create and edit. What the caller may change comes first; what they may not (a
 * head: code, parent, head, …, from the record's `access`) follows under its own heading, locked
 * by the form, so a head's two or three fields are not buried under eight they cannot touch.
 */
export const NeighbourhoodForm = () => {
  const editable = useFieldEditable();
  const translate = useTranslate();
  const open = INPUTS.filter(([field]) => editable(field)).map(([, input]) => input);
  const locked = INPUTS.filter(([field]) => !editable(field)).map(([, input]) => input);
  return (
    <ResourceForm>
      <Box sx={row} data-testid="editable-fields">
        {open}
      </Box>
      {locked.length > 0 && (
        <Box width="100%" data-testid="locked-fields">
          <Divider sx={{ my: 2 }} />
          <Box display="flex" alignItems="center" gap={1} mb={1}>
            <LockOutlinedIcon fontSize="small" color="disabled" />
            <Typography variant="subtitle2" color="text.secondary">
              {translate('resources.neighbourhoods.locked_heading')}
            </Typography>
          </Box>
          <Box sx={row}>{locked}</Box>
        </Box>
      )}
    </ResourceForm>
  );
};
