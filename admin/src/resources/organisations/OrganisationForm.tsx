import { Box, Typography } from '@mui/material';
import { BooleanInput, SelectInput, TextInput, required, useTranslate } from 'react-admin';
import { enumChoices } from '../../common/enums';
import { PhoneInput } from '../../common/KeypadInputs';
import { ResourceForm } from '../../common/ResourceForm';
import { ProvinceInput, WardInput } from '../../common/UnitInputs';

/**
 * One form for create and edit. Where the organisation hangs is the province picked, or the ward
 * if one is (index.tsx turns them into unitId); both lock with unitId, which its contact person
 * may not change.
 */
export const OrganisationForm = () => {
  const translate = useTranslate();
  return (
    <ResourceForm defaultValues={{ kind: 'STATE_AGENCY', isSample: false }}>
      <Box display="flex" gap={2} flexWrap="wrap">
        <ProvinceInput lockedBy="unitId" validate={required()} />
        <WardInput lockedBy="unitId" />
      </Box>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: -1, mb: 1, maxWidth: 760 }}>
        {translate('resources.organisations.hints.unit')}
      </Typography>
      <Box display="flex" gap={2} flexWrap="wrap" width="100%">
        <TextInput source="name" validate={required()} sx={{ minWidth: { xs: '100%', sm: 420 } }} />
        <SelectInput source="kind" choices={enumChoices('OrganisationKind')} validate={required()} sx={{ minWidth: 220 }} />
      </Box>
      <TextInput source="address" fullWidth />
      <Typography variant="subtitle2" color="text.secondary" sx={{ mt: 1 }}>
        {translate('resources.organisations.sections.head')}
      </Typography>
      <Box display="flex" gap={2} flexWrap="wrap">
        <TextInput source="headName" />
        <TextInput source="headTitle" />
      </Box>
      <Typography variant="subtitle2" color="text.secondary" sx={{ mt: 1 }}>
        {translate('resources.organisations.sections.contact')}
      </Typography>
      <Box display="flex" gap={2} flexWrap="wrap">
        <TextInput source="contactName" />
        <PhoneInput source="contactPhone" />
        <TextInput source="contactEmail" type="email" />
      </Box>
      <TextInput source="note" multiline fullWidth />
      <BooleanInput source="isSample" helperText="app.common.sample_hint" />
    </ResourceForm>
  );
};
