import { Box } from '@mui/material';
import { SelectInput, TextInput, maxLength, required } from 'react-admin';
import { ResourceForm } from '../../common/ResourceForm';
import { enumChoices } from '../../common/enums';

const wide = { width: { xs: '100%', sm: 420 } };
const narrow = { width: { xs: '100%', sm: 240 } };

/** One form for create and edit. */
export const ProvinceForm = () => (
  <ResourceForm>
    <Box display="flex" gap={2} flexWrap="wrap">
      <TextInput source="name" validate={required()} sx={wide} />
      <SelectInput source="type" choices={enumChoices('ProvinceType')} validate={required()} sx={narrow} />
    </Box>
    <Box display="flex" gap={2} flexWrap="wrap">
      <TextInput source="code" validate={required()} helperText="resources.provinces.helpers.code" sx={narrow} />
      <TextInput source="shortCode" validate={maxLength(10)} helperText="resources.provinces.helpers.shortCode" sx={narrow} />
    </Box>
  </ResourceForm>
);
