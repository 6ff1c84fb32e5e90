import { Alert } from '@mui/material';
import { AutocompleteInput, NumberInput, ReferenceInput, SimpleForm, required, useGetOne, useTranslate, minValue, maxValue } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { ResourceCreate } from '../../common/ResourceEdit';
import { NeighbourhoodInput, ProvinceInput, WardInput } from '../../common/UnitInputs';
import type { Programme } from '../../../../rules/contract';

const byName = (q: string) => (q ? { q } : {});

/** A business of the neighbourhood chosen above (or of any the user may see). */
const EstablishmentSubjectInput = () => {
  const neighbourhoodId = useWatch({ name: 'neighbourhoodId' }) as string | undefined;
  return (
    <ReferenceInput source="subjectId" reference="establishments" filter={neighbourhoodId ? { neighbourhoodId } : {}}>
      <AutocompleteInput label="resources.assessments.fields.subject" optionText="name" filterToQuery={byName} validate={required()} sx={{ minWidth: 320 }} />
    </ReferenceInput>
  );
};

/** What is rated depends on the programme: a neighbourhood, a ward, a model or a business. */
const SubjectInputs = () => {
  const programmeId = useWatch({ name: 'programmeId' }) as string | undefined;
  const { data: programme } = useGetOne<Programme & { id: string }>('programmes', { id: programmeId ?? '' }, { enabled: !!programmeId });
  if (!programme) return null;
  return (
    <>
      <ProvinceInput />
      {programme.ratedLevel === 'WARD' ? <WardInput source="subjectId" label="resources.assessments.fields.subject" validate={required()} /> : <WardInput />}
      {programme.ratedLevel === 'NEIGHBOURHOOD' && <NeighbourhoodInput source="subjectId" label="resources.assessments.fields.subject" validate={required()} />}
      {programme.ratedLevel === 'ESTABLISHMENT' && <NeighbourhoodInput />}
      {programme.ratedLevel === 'ESTABLISHMENT' && <EstablishmentSubjectInput />}
      {programme.ratedLevel === 'MODEL' && (
        <ReferenceInput source="subjectId" reference="models" filter={{}}>
          <AutocompleteInput label="resources.assessments.fields.subject" optionText="name" filterToQuery={byName} validate={required()} sx={{ minWidth: 320 }} />
        </ReferenceInput>
      )}
      <NumberInput source="year" validate={[required(), minValue(2000), maxValue(2100)]} />
      {programme.period === 'QUARTER' && <NumberInput source="quarter" validate={[required(), minValue(1), maxValue(4)]} />}
    </>
  );
};

export const AssessmentCreate = () => {
  const translate = useTranslate();
  return (
    <ResourceCreate redirect="edit">
      <SimpleForm defaultValues={{ year: new Date().getFullYear() }}>
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('resources.assessments.create_hint')}
        </Alert>
        <ReferenceInput source="programmeId" reference="programmes">
          <AutocompleteInput optionText="name" filterToQuery={byName} validate={required()} sx={{ minWidth: 420 }} />
        </ReferenceInput>
        <SubjectInputs />
      </SimpleForm>
    </ResourceCreate>
  );
};
