import { Box, Typography } from '@mui/material';
import { SelectInput, TextInput, required, useRecordContext, useTranslate } from 'react-admin';
import { useFieldEditable } from '../../common/access';
import { ResourceForm } from '../../common/ResourceForm';
import { enumChoices } from '../../common/enums';
import { ProvinceInput } from '../../common/UnitInputs';
import { AliasesInput, LocationInput } from '../../map';

const wide = { width: { xs: '100%', sm: 420 } };
const narrow = { width: { xs: '100%', sm: 200 } };

/**
 * One form for create and edit; moving a ward to another province stays locked unless the API
 * allows it (ADMIN). Its other names and its point serve the public page's search and "use my location".
 */
export const WardForm = () => {
  const editable = useFieldEditable();
  const record = useRecordContext();
  const translate = useTranslate();
  const movable = !!record?.id && editable('provinceId');
  return (
    <ResourceForm>
      <Box sx={wide}>
        <ProvinceInput validate={required()} />
      </Box>
      {movable ? (
        <Typography variant="caption" color="text.secondary" sx={{ mt: -1.5, mb: 2, mx: 1.75 }}>
          {translate('resources.wards.helpers.provinceId')}
        </Typography>
      ) : null}
      <Box display="flex" gap={2} flexWrap="wrap">
        <TextInput source="name" validate={required()} sx={wide} />
        <SelectInput source="type" choices={enumChoices('WardType')} validate={required()} sx={narrow} />
        <TextInput source="code" validate={required()} sx={narrow} />
      </Box>
      <AliasesInput disabled={!editable('aliases')} />
      <LocationInput disabled={!editable('location')} />
    </ResourceForm>
  );
};
