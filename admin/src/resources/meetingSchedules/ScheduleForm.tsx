import { Box, Typography } from '@mui/material';
import { AutocompleteInput, BooleanInput, DateInput, NumberInput, RadioButtonGroupInput, ReferenceInput, SelectInput, TextInput, maxValue, minValue, required, useTranslate, type RaRecord } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { ResourceForm } from '../../common/ResourceForm';
import { NeighbourhoodInput, ProvinceInput, WardInput } from '../../common/UnitInputs';
import { enumValuesOf } from '../../providers/dataProvider';
import { MINUTES_GRACE_DAYS } from '../../../../rules/meeting-schedules';
import { kindChoices } from '../meetings/MeetingForm';

export const recurrenceChoices = enumValuesOf('MeetingRecurrence').map((id) => ({ id, name: `resources.meetingSchedules.recurrences.${id}` }));
const ownerChoices = ['MODEL', 'UNIT'].map((id) => ({ id, name: `resources.meetings.owners.${id}` }));
const byName = (q: string) => (q ? { q } : {});

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
          <AutocompleteInput optionText="name" filterToQuery={byName} validate={required()} sx={{ width: { xs: '100%', sm: 480 } }} />
        </ReferenceInput>
      )}
    </Box>
  );
};

/** The deepest unit picked (a unit's committee), or the model. */
export const scheduleTransform = ({ owner, provinceId, wardId, neighbourhoodId, ...data }: RaRecord) =>
  owner === 'UNIT' ? { ...data, modelId: null, unitId: neighbourhoodId || wardId || provinceId || data.unitId } : data;

export const ScheduleForm = ({ creating = false }: { creating?: boolean }) => (
  <ResourceForm>
    {creating && <OwnerInputs />}
    <Box display="flex" gap={2} flexWrap="wrap">
      <SelectInput source="kind" choices={kindChoices} validate={required()} defaultValue="REGULAR" />
      <SelectInput source="recurrence" choices={recurrenceChoices} validate={required()} defaultValue="MONTHLY" />
    </Box>
    <Box display="flex" gap={2} flexWrap="wrap">
      <NumberInput source="dayOfMonth" min={1} max={31} step={1} validate={[required(), minValue(1), maxValue(31)]} helperText="resources.meetingSchedules.hints.day" sx={{ width: 260 }} />
      <NumberInput source="month" min={1} max={12} step={1} validate={[minValue(1), maxValue(12)]} helperText="resources.meetingSchedules.hints.month" sx={{ width: 320 }} />
    </Box>
    <Box display="flex" gap={2} flexWrap="wrap">
      <DateInput source="startsOn" validate={required()} />
      <DateInput source="endsOn" />
      <NumberInput source="minutesGraceDays" min={0} max={90} step={1} defaultValue={MINUTES_GRACE_DAYS} validate={[minValue(0), maxValue(90)]} helperText="resources.meetingSchedules.hints.grace" sx={{ width: 320 }} />
    </Box>
    <TextInput source="note" multiline minRows={2} fullWidth />
    <BooleanInput source="isSample" helperText="app.common.sample_hint" />
  </ResourceForm>
);
