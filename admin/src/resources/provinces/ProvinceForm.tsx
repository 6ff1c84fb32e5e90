import { Box } from '@mui/material';
import { SelectInput, SimpleForm, TextInput, maxLength, required } from 'react-admin';
import { useFieldEditable } from '../../common/access';
import { enumChoices } from '../../common/enums';

const wide = { width: { xs: '100%', sm: 420 } };
const narrow = { width: { xs: '100%', sm: 240 } };

/** One form for create and edit. */
export const ProvinceForm = () => {
  const editable = useFieldEditable();
  return (
    <SimpleForm>
      <Box display="flex" gap={2} flexWrap="wrap">
        <TextInput source="name" validate={required()} disabled={!editable('name')} sx={wide} />
        <SelectInput source="type" choices={enumChoices('ProvinceType')} validate={required()} disabled={!editable('type')} sx={narrow} />
      </Box>
      <Box display="flex" gap={2} flexWrap="wrap">
        <TextInput source="code" validate={required()} helperText="resources.provinces.helpers.code" disabled={!editable('code')} sx={narrow} />
        <TextInput source="shortCode" validate={maxLength(10)} helperText="resources.provinces.helpers.shortCode" disabled={!editable('shortCode')} sx={narrow} />
      </Box>
    </SimpleForm>
  );
};
