/**
 * A new assessment, with what is fixed for the user filled in: a head rating their own
 * neighbourhood sees its name instead of four pickers, the programme when only one rates their
 * level (or only one exists), and the current year (and quarter) in Vietnam. Before they save,
 * the reasons the API would refuse are said in words: an assessment of that subject and period
 * already exists (with a link to it), or the programme has no criteria set yet.
 */
import { Alert, Box, Button, Typography } from '@mui/material';
import {
  AutocompleteInput,
  Labeled,
  Link,
  Loading,
  NumberInput,
  ReferenceInput,
  SaveButton,
  SimpleForm,
  Toolbar,
  maxValue,
  minValue,
  required,
  useCreatePath,
  useGetIdentity,
  useGetList,
  useGetOne,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { ResourceCreate } from '../../common/ResourceEdit';
import { NeighbourhoodInput, ProvinceInput, WardInput } from '../../common/UnitInputs';
import type { Assessment, Neighbourhood, Programme, Role } from '../../../../rules/contract';
import { formatQuarter, vietnamQuarter } from '../../../../rules/dates';
import { StatusChip } from './StatusChip';

const byName = (q: string) => (q ? { q } : {});
type WithId<T> = T & { id: string };
interface Identity {
  role?: Role;
  scopeUnitId?: string | null;
}

/** A business of the neighbourhood chosen above (or of any the user may see). */
const EstablishmentSubjectInput = () => {
  const neighbourhoodId = useWatch({ name: 'neighbourhoodId' }) as string | undefined;
  return (
    <ReferenceInput source="subjectId" reference="establishments" filter={neighbourhoodId ? { neighbourhoodId } : {}}>
      <AutocompleteInput label="resources.assessments.fields.subject" optionText="name" filterToQuery={byName} validate={required()} sx={{ minWidth: 320, maxWidth: '100%' }} />
    </ReferenceInput>
  );
};

/** The head's own neighbourhood, shown as text: it is the only subject they may rate. */
const FixedSubject = ({ neighbourhood }: { neighbourhood: WithId<Neighbourhood> }) => (
  <Labeled label="resources.assessments.fields.subject" sx={{ mb: 2 }}>
    <Typography variant="body1" data-testid="fixed-subject">
      <strong>{neighbourhood.name}</strong>
      {[neighbourhood.ward?.name, neighbourhood.province?.name].filter(Boolean).map((name) => ` · ${name}`)}
    </Typography>
  </Labeled>
);

/** What is rated depends on the programme: a neighbourhood, a ward, a model or a business. */
const SubjectInputs = ({ programme, ownNeighbourhood }: { programme: WithId<Programme>; ownNeighbourhood?: WithId<Neighbourhood> }) => {
  if (programme.ratedLevel === 'NEIGHBOURHOOD' && ownNeighbourhood) return <FixedSubject neighbourhood={ownNeighbourhood} />;
  return (
    <>
      <ProvinceInput />
      {programme.ratedLevel === 'WARD' ? <WardInput source="subjectId" label="resources.assessments.fields.subject" validate={required()} /> : <WardInput />}
      {programme.ratedLevel === 'NEIGHBOURHOOD' && <NeighbourhoodInput source="subjectId" label="resources.assessments.fields.subject" validate={required()} />}
      {programme.ratedLevel === 'ESTABLISHMENT' && <NeighbourhoodInput />}
      {programme.ratedLevel === 'ESTABLISHMENT' && <EstablishmentSubjectInput />}
      {programme.ratedLevel === 'MODEL' && (
        <ReferenceInput source="subjectId" reference="models" filter={{}}>
          <AutocompleteInput label="resources.assessments.fields.subject" optionText="name" filterToQuery={byName} validate={required()} sx={{ minWidth: 320, maxWidth: '100%' }} />
        </ReferenceInput>
      )}
    </>
  );
};

/** The assessment of this programme, subject and period, if one exists already (the API allows one). */
function useExisting(programme: WithId<Programme> | undefined) {
  const subjectId = useWatch({ name: 'subjectId' }) as string | undefined;
  const year = useWatch({ name: 'year' }) as number | undefined;
  const quarter = useWatch({ name: 'quarter' }) as number | undefined;
  const enabled = !!programme && !!subjectId && !!year;
  const { data } = useGetList<WithId<Assessment>>(
    'assessments',
    { filter: { programmeId: programme?.id, subjectId, year }, pagination: { page: 1, perPage: 10 } },
    { enabled },
  );
  if (!enabled) return undefined;
  return data?.find((a) => programme.period !== 'QUARTER' || a.quarter === quarter);
}

/** Why saving would be refused, in words, before the user tries; null when nothing stands in the way. */
const Refusal = ({ programme, existing }: { programme: WithId<Programme> | undefined; existing: WithId<Assessment> | undefined }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const [locale] = useLocaleState();
  if (programme && !programme.criteriaSetId) {
    return (
      <Alert severity="warning" sx={{ mb: 2 }} data-testid="create-refusal">
        {translate('resources.assessments.rating.no_criteria_set')}
      </Alert>
    );
  }
  if (!existing) return null;
  return (
    <Alert
      severity="warning"
      sx={{ mb: 2, width: '100%' }}
      data-testid="create-refusal"
      action={
        <Button component={Link} to={createPath({ resource: 'assessments', id: existing.id, type: 'show' })} size="small" data-testid="open-existing">
          {translate('resources.assessments.create.open_existing')}
        </Button>
      }
    >
      <Box display="flex" flexDirection="column" gap={0.5}>
        <span>
          {translate('resources.assessments.create.exists', { period: formatQuarter(existing.year, existing.quarter, locale === 'en' ? 'en' : 'vi') })}
        </span>
        <Box>
          <StatusChip status={existing.status} />
        </Box>
      </Box>
    </Alert>
  );
};

const PeriodInputs = ({ programme }: { programme: WithId<Programme> }) => (
  <Box display="flex" gap={2} flexWrap="wrap">
    <NumberInput source="year" validate={[required(), minValue(2000), maxValue(2100)]} sx={{ width: 140 }} />
    {programme.period === 'QUARTER' && <NumberInput source="quarter" validate={[required(), minValue(1), maxValue(4)]} sx={{ width: 110 }} />}
  </Box>
);

/** The form's body, below the programme picker: it follows the programme chosen. */
const AfterProgramme = ({ programmes, ownNeighbourhood }: { programmes: ReadonlyArray<WithId<Programme>>; ownNeighbourhood?: WithId<Neighbourhood> }) => {
  const programmeId = useWatch({ name: 'programmeId' }) as string | undefined;
  const programme = programmes.find((p) => p.id === programmeId);
  const existing = useExisting(programme);
  if (!programme) return null;
  return (
    <>
      <SubjectInputs programme={programme} ownNeighbourhood={ownNeighbourhood} />
      <PeriodInputs programme={programme} />
      <Refusal programme={programme} existing={existing} />
      <CreateToolbar blocked={!!existing || !programme.criteriaSetId} />
    </>
  );
};

/** Save, enabled although the form is untouched (everything may be filled in already), not while a refusal stands. */
const CreateToolbar = ({ blocked }: { blocked: boolean }) => (
  <Toolbar sx={{ width: '100%', mt: 1 }}>
    <SaveButton alwaysEnable={!blocked} disabled={blocked} />
  </Toolbar>
);

export const AssessmentCreate = () => {
  const translate = useTranslate();
  const { identity, isPending: identityPending } = useGetIdentity();
  const { role, scopeUnitId } = (identity ?? {}) as Identity;
  const isHead = role === 'NEIGHBOURHOOD_HEAD' && !!scopeUnitId;
  const { data: programmes, isPending: programmesPending } = useGetList<WithId<Programme>>('programmes', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'name', order: 'ASC' },
  });
  const { data: ownNeighbourhood, isPending: neighbourhoodPending } = useGetOne<WithId<Neighbourhood>>('neighbourhoods', { id: scopeUnitId ?? '' }, { enabled: isHead });
  if (identityPending || programmesPending || (isHead && neighbourhoodPending)) return <Loading />;

  // The programme is filled in when it is the only one, or (a head) the only one rating neighbourhoods.
  const all = programmes ?? [];
  const forHead = isHead ? all.filter((p) => p.ratedLevel === 'NEIGHBOURHOOD') : [];
  const onlyProgramme = all.length === 1 ? all[0] : forHead.length === 1 ? forHead[0] : undefined;
  const now = vietnamQuarter();
  const defaults = {
    year: now.year,
    quarter: now.quarter,
    ...(onlyProgramme ? { programmeId: onlyProgramme.id } : {}),
    ...(isHead && onlyProgramme?.ratedLevel === 'NEIGHBOURHOOD' ? { subjectId: scopeUnitId } : {}),
  };
  return (
    <ResourceCreate redirect="edit" transform={(data: Record<string, unknown>) => (all.find((p) => p.id === data.programmeId)?.period === 'QUARTER' ? data : { ...data, quarter: null })}>
      <SimpleForm defaultValues={defaults} toolbar={false}>
        {!onlyProgramme && (
          <Alert severity="info" sx={{ mb: 2 }}>
            {translate('resources.assessments.create_hint')}
          </Alert>
        )}
        <ReferenceInput source="programmeId" reference="programmes">
          <AutocompleteInput optionText="name" filterToQuery={byName} validate={required()} sx={{ minWidth: { xs: 0, sm: 420 }, width: '100%', maxWidth: 640 }} />
        </ReferenceInput>
        <AfterProgramme programmes={all} ownNeighbourhood={isHead ? ownNeighbourhood : undefined} />
      </SimpleForm>
    </ResourceCreate>
  );
};
