import { Box, Typography } from '@mui/material';
import {
  ArrayInput,
  AutocompleteInput,
  BooleanInput,
  DateInput,
  RadioButtonGroupInput,
  ReferenceInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  required,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { ResourceForm } from '../../common/ResourceForm';
import { NeighbourhoodInput, ProvinceInput, WardInput } from '../../common/UnitInputs';
import { enumValuesOf } from '../../providers/dataProvider';
import { ScheduleName } from '../meetingSchedules/ScheduleName';

export const kindChoices = enumValuesOf('MeetingKind').map((id) => ({ id, name: `resources.meetings.kinds.${id}` }));
const ownerChoices = ['MODEL', 'UNIT'].map((id) => ({ id, name: `resources.meetings.owners.${id}` }));
const byName = (q: string) => (q ? { q } : {});
const wide = { width: { xs: '100%', sm: 480 } };

/** On create: a model, or the unit whose steering committee meets (the deepest unit picked). */
const OwnerInputs = () => {
  const translate = useTranslate();
  const owner = useWatch({ name: 'owner' }) as string | undefined;
  return (
    <Box>
      <RadioButtonGroupInput source="owner" choices={ownerChoices} defaultValue="MODEL" helperText={false} />
      {owner === 'UNIT' ? (
        <Box>
          <Box display="grid" columnGap={2} gridTemplateColumns={{ xs: '1fr', md: 'repeat(3, minmax(220px, 1fr))' }}>
            <ProvinceInput validate={required()} />
            <WardInput />
            <NeighbourhoodInput />
          </Box>
          <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: -1, mb: 1 }}>
            {translate('resources.meetings.hints.unit')}
          </Typography>
        </Box>
      ) : (
        <ReferenceInput source="modelId" reference="models">
          <AutocompleteInput optionText="name" filterToQuery={byName} validate={required()} sx={wide} />
        </ReferenceInput>
      )}
    </Box>
  );
};

/** The schedules of the meeting's own model or unit. */
const ScheduleInput = () => {
  const modelId = useWatch({ name: 'modelId' }) as string | undefined;
  const owner = useWatch({ name: 'owner' }) as string | undefined;
  const [provinceId, wardId, neighbourhoodId, unitId] = useWatch({ name: ['provinceId', 'wardId', 'neighbourhoodId', 'unitId'] }) as Array<string | undefined>;
  const unit = neighbourhoodId || wardId || provinceId || unitId;
  const filter = owner !== 'UNIT' && modelId ? { modelId } : unit ? { unitId: unit } : {};
  return (
    <Box display="flex" gap={2} flexWrap="wrap">
      <ReferenceInput source="scheduleId" reference="meetingSchedules" filter={filter}>
        <SelectInput optionText={<ScheduleName />} translateChoice={false} sx={{ minWidth: 280 }} />
      </ReferenceInput>
      <DateInput source="occurrenceOn" helperText="resources.meetings.hints.occurrence" />
    </Box>
  );
};

/** The deepest unit picked (a unit meeting), or the model. */
export const meetingTransform = ({ owner, provinceId, wardId, neighbourhoodId, ...data }: RaRecord) =>
  owner === 'UNIT' ? { ...data, modelId: null, unitId: neighbourhoodId || wardId || provinceId || data.unitId } : data;

/** One form for create and edit; a meeting stays with its model or unit, so that is chosen only on create. */
export const MeetingForm = ({ creating = false }: { creating?: boolean }) => (
  <ResourceForm>
    {creating && <OwnerInputs />}
    <Box display="flex" gap={2} flexWrap="wrap">
      <SelectInput source="kind" choices={kindChoices} validate={required()} defaultValue="REGULAR" />
      <DateInput source="heldOn" validate={required()} />
    </Box>
    <ScheduleInput />
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
    <ArrayInput source="decisions">
      <SimpleFormIterator inline disableReordering>
        <TextInput source="text" validate={required()} helperText={false} sx={{ width: { xs: '100%', sm: 420 } }} />
        <TextInput source="owner" helperText={false} sx={{ width: { xs: '100%', sm: 240 } }} />
        <DateInput source="dueOn" helperText={false} />
        <DateInput source="doneOn" helperText={false} />
      </SimpleFormIterator>
    </ArrayInput>
    <BooleanInput source="isSample" helperText="app.common.sample_hint" />
  </ResourceForm>
);
