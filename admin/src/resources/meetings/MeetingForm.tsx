import { Box } from '@mui/material';
import { ArrayInput, AutocompleteInput, BooleanInput, DateInput, ReferenceInput, SelectInput, SimpleFormIterator, TextInput, required } from 'react-admin';
import { ResourceForm } from '../../common/ResourceForm';
import { enumValuesOf } from '../../providers/dataProvider';

export const kindChoices = enumValuesOf('MeetingKind').map((id) => ({ id, name: `resources.meetings.kinds.${id}` }));
const byName = (q: string) => (q ? { q } : {});

/** One form for create and edit; a meeting stays with its model, so the model is chosen only on create. */
export const MeetingForm = ({ creating = false }: { creating?: boolean }) => (
  <ResourceForm>
    {creating && (
      <ReferenceInput source="modelId" reference="models">
        <AutocompleteInput optionText="name" filterToQuery={byName} validate={required()} sx={{ width: { xs: '100%', sm: 480 } }} />
      </ReferenceInput>
    )}
    <Box display="flex" gap={2} flexWrap="wrap">
      <SelectInput source="kind" choices={kindChoices} validate={required()} defaultValue="REGULAR" />
      <DateInput source="heldOn" validate={required()} />
    </Box>
    <Box display="flex" gap={2} flexWrap="wrap">
      <TextInput source="place" sx={{ width: { xs: '100%', sm: 320 } }} />
      <TextInput source="chair" sx={{ width: { xs: '100%', sm: 320 } }} />
    </Box>
    <ArrayInput source="attendees">
      <SimpleFormIterator inline disableReordering>
        <TextInput source="" label="resources.meetings.attendee" helperText={false} sx={{ width: { xs: '100%', sm: 320 } }} />
      </SimpleFormIterator>
    </ArrayInput>
    <TextInput source="minutes" multiline minRows={4} fullWidth />
    <BooleanInput source="isSample" helperText="app.common.sample_hint" />
  </ResourceForm>
);
