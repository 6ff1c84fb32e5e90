import { BooleanInput, DateInput, SelectInput, TextInput, required } from 'react-admin';
import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { PhoneInput } from '../../common/KeypadInputs';
import { ResourceForm } from '../../common/ResourceForm';
import { NeighbourhoodInput, ProvinceInput, WardInput } from '../../common/UnitInputs';
import { LocationInput } from '../../map';
import { kindChoices } from './choices';

/** A phone without a name cannot be saved (the API requires the host keeper's name). */
const hostKeeperNameNeeded = (value: unknown, values: { hostKeeper?: { phone?: string | null } | null }) =>
  !String(value ?? '').trim() && String(values.hostKeeper?.phone ?? '').trim() ? 'resources.establishments.host_keeper_name_required' : undefined;

interface EstablishmentValues {
  hostKeeper?: { name?: string | null; phone?: string | null } | null;
  [key: string]: unknown;
}

/** Empty host keeper inputs mean "none" (null), not an object with an empty name. */
export const establishmentTransform = (data: EstablishmentValues) => {
  const name = data.hostKeeper?.name?.trim();
  const phone = data.hostKeeper?.phone?.trim();
  return { ...data, hostKeeper: name ? { name, phone: phone || null } : null };
};

/** One form for create and edit: the business sits in a neighbourhood picked through province → ward. */
export const EstablishmentForm = () => {
  const translate = useTranslate();
  return (
    <ResourceForm>
      <Box display="flex" gap={2} flexWrap="wrap">
        <ProvinceInput lockedBy="neighbourhoodId" />
        <WardInput lockedBy="neighbourhoodId" />
        <NeighbourhoodInput source="neighbourhoodId" validate={required()} />
      </Box>
      <Box display="flex" gap={2} flexWrap="wrap" width="100%">
        <TextInput source="name" validate={required()} sx={{ minWidth: 320 }} />
        <SelectInput source="kind" choices={kindChoices} validate={required()} sx={{ minWidth: 200 }} />
      </Box>
      <TextInput source="address" fullWidth />
      {/* Where it is: its marker on the hot-spot map. */}
      <LocationInput />
      <Box display="flex" gap={2} flexWrap="wrap">
        <TextInput source="ownerName" />
        <PhoneInput source="ownerPhone" />
        <DateInput source="commitmentSignedOn" />
      </Box>
      <Typography variant="subtitle2" color="text.secondary" sx={{ mt: 1 }}>
        {translate('resources.establishments.sections.host_keeper')}
      </Typography>
      <Box display="flex" gap={2} flexWrap="wrap">
        <TextInput source="hostKeeper.name" validate={hostKeeperNameNeeded} />
        <PhoneInput source="hostKeeper.phone" />
      </Box>
      <TextInput source="note" multiline fullWidth />
      <BooleanInput source="isSample" helperText="app.common.sample_hint" />
    </ResourceForm>
  );
};
