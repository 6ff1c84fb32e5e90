/**
 * A new assessment, with what is fixed for the user filled in: a head rating their own
 * neighbourhood (an organisation's contact person, their own organisation) sees its name instead
 * of the pickers, the programme when only one rates their level (or only one exists), and the
 * current year (and quarter) in Vietnam. A programme that rates several levels (Decision 3554:
 * wards and organisations) asks which one first. Before they save,
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
  SelectInput,
  SimpleForm,
  Toolbar,
  maxValue,
  minValue,
  required,
  useCreatePath,
  useGetIdentity,
  useGetList,
  useGetMany,
  useGetOne,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { ResourceCreate } from '../../common/ResourceEdit';
import { NeighbourhoodInput, ProvinceInput, WardInput } from '../../common/UnitInputs';
import { enumChoices } from '../../common/enums';
import type { Assessment, Neighbourhood, Organisation, Programme, RatedLevel, Role } from '../../../../rules/contract';
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

/** An organisation of the ward (or province) chosen above, or of any the user may see. */
const OrganisationSubjectInput = () => {
  const provinceId = useWatch({ name: 'provinceId' }) as string | undefined;
  const wardId = useWatch({ name: 'wardId' }) as string | undefined;
  return (
    <ReferenceInput source="subjectId" reference="organisations" filter={wardId ? { wardId } : provinceId ? { provinceId } : {}} sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput label="resources.assessments.fields.subject" optionText="name" filterToQuery={byName} validate={required()} sx={{ minWidth: 320, maxWidth: '100%' }} />
    </ReferenceInput>
  );
};

/** The head's own neighbourhood (a contact person's own organisation), shown as text: it is the only subject they may rate. */
const FixedSubject = ({ name, places }: { name: string; places: Array<string | null | undefined> }) => (
  <Labeled label="resources.assessments.fields.subject" sx={{ mb: 2 }}>
    <Typography variant="body1" data-testid="fixed-subject">
      <strong>{name}</strong>
      {places.filter(Boolean).map((place) => ` · ${place}`)}
    </Typography>
  </Labeled>
);

/** The levels a programme rates: its ratedLevel, then alsoRates (getMany reads whole records, alsoRates included). */
const levelsOf = (programme: WithId<Programme>): RatedLevel[] => [...new Set([programme.ratedLevel, ...(programme.alsoRates ?? [])])];

/** Which of the programme's levels is rated: picked when it rates several, else its only one. */
const SubjectLevelInput = ({ programme }: { programme: WithId<Programme> }) => {
  const levels = levelsOf(programme);
  if (levels.length < 2) return null;
  const choices = enumChoices('RatedLevel').filter((c) => levels.includes(c.id as RatedLevel));
  return <SelectInput source="subjectLevel" choices={choices} validate={required()} sx={{ minWidth: 280 }} />;
};

/** What is rated depends on the programme (and, for one rating several levels, the level picked): a neighbourhood, a ward, a model, a business or an organisation. */
const SubjectInputs = ({ programme, own }: { programme: WithId<Programme>; own: OwnSubjects }) => {
  const picked = useWatch({ name: 'subjectLevel' }) as RatedLevel | undefined;
  const levels = levelsOf(programme);
  const level = picked && levels.includes(picked) ? picked : programme.ratedLevel;
  if (level === 'NEIGHBOURHOOD' && own.neighbourhood) {
    const n = own.neighbourhood;
    return <FixedSubject name={n.name} places={[n.ward?.name, n.province?.name]} />;
  }
  if (level === 'ORGANISATION' && own.organisation) return <FixedSubject name={own.organisation.name} places={[own.organisation.unit?.name]} />;
  return (
    <>
      <ProvinceInput />
      {level === 'WARD' ? <WardInput source="subjectId" label="resources.assessments.fields.subject" validate={required()} /> : <WardInput />}
      {level === 'NEIGHBOURHOOD' && <NeighbourhoodInput source="subjectId" label="resources.assessments.fields.subject" validate={required()} />}
      {level === 'ESTABLISHMENT' && <NeighbourhoodInput />}
      {level === 'ESTABLISHMENT' && <EstablishmentSubjectInput />}
      {level === 'ORGANISATION' && <OrganisationSubjectInput />}
      {level === 'MODEL' && (
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

/** The one subject a head (their neighbourhood) or an organisation's contact person (their organisation) rates. */
interface OwnSubjects {
  neighbourhood?: WithId<Neighbourhood>;
  organisation?: WithId<Organisation>;
}

/** The form's body, below the programme picker: it follows the programme chosen. */
const AfterProgramme = ({ programmes, own }: { programmes: ReadonlyArray<WithId<Programme>>; own: OwnSubjects }) => {
  const programmeId = useWatch({ name: 'programmeId' }) as string | undefined;
  const programme = programmes.find((p) => p.id === programmeId);
  const existing = useExisting(programme);
  if (!programme) return null;
  return (
    <>
      <SubjectLevelInput programme={programme} />
      <SubjectInputs programme={programme} own={own} />
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
  const isRep = role === 'ORGANISATION_REP';
  // A head or a contact person is offered only the programmes that apply to their own unit
  // (national ones and those issued above it); officers also rate with programmes issued below them.
  const programmeFilter = (isHead || isRep) && scopeUnitId ? { appliesTo: scopeUnitId } : {};
  const { data: listed, isPending: programmesPending } = useGetList<WithId<Programme>>(
    'programmes',
    { pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' }, filter: programmeFilter },
    { enabled: !identityPending },
  );
  // Whole records (a list row carries no alsoRates): which levels each programme rates.
  const { data: whole, isPending: wholePending } = useGetMany<WithId<Programme>>('programmes', { ids: (listed ?? []).map((p) => p.id) }, { enabled: !!listed?.length });
  const { data: ownNeighbourhood, isPending: neighbourhoodPending } = useGetOne<WithId<Neighbourhood>>('neighbourhoods', { id: scopeUnitId ?? '' }, { enabled: isHead });
  // A contact person's scope is their one organisation: the only one the API lists to them.
  const { data: ownOrganisations, isPending: organisationPending } = useGetList<WithId<Organisation>>('organisations', { pagination: { page: 1, perPage: 2 } }, { enabled: isRep });
  if (identityPending || programmesPending || (!!listed?.length && wholePending) || (isHead && neighbourhoodPending) || (isRep && organisationPending)) return <Loading />;

  // The programme is filled in when it is the only one, or (a head, a contact person) the only one rating their level.
  const all = whole?.length ? whole : (listed ?? []);
  const ownLevel: RatedLevel | null = isHead ? 'NEIGHBOURHOOD' : isRep ? 'ORGANISATION' : null;
  const forOwn = ownLevel ? all.filter((p) => levelsOf(p).includes(ownLevel)) : [];
  const onlyProgramme = all.length === 1 ? all[0] : forOwn.length === 1 ? forOwn[0] : undefined;
  const ownOrganisation = isRep && ownOrganisations?.length === 1 ? ownOrganisations[0] : undefined;
  const own: OwnSubjects = { neighbourhood: isHead ? ownNeighbourhood : undefined, organisation: ownOrganisation };
  const ownSubject = ownLevel === 'NEIGHBOURHOOD' ? scopeUnitId : ownOrganisation?.id;
  const now = vietnamQuarter();
  const defaults = {
    year: now.year,
    quarter: now.quarter,
    ...(onlyProgramme ? { programmeId: onlyProgramme.id } : {}),
    ...(ownLevel && onlyProgramme && levelsOf(onlyProgramme).length > 1 ? { subjectLevel: ownLevel } : {}),
    ...(ownLevel && ownSubject && onlyProgramme && levelsOf(onlyProgramme).includes(ownLevel) ? { subjectId: ownSubject } : {}),
  };
  /**
   * The quarter only for quarterly programmes; the level only for programmes that rate several;
   * a head's or contact person's own subject whichever of their programmes was picked (the form
   * shows it fixed, so nothing else may be sent).
   */
  const transform = (data: Record<string, unknown>) => {
    const programme = all.find((p) => p.id === data.programmeId);
    const several = programme ? levelsOf(programme).length > 1 : false;
    const ownRated = !!(ownLevel && ownSubject && programme && levelsOf(programme).includes(ownLevel));
    return {
      ...data,
      quarter: programme?.period === 'QUARTER' ? data.quarter : null,
      subjectLevel: several ? (ownRated ? ownLevel : (data.subjectLevel ?? null)) : null,
      ...(ownRated ? { subjectId: ownSubject } : {}),
    };
  };
  return (
    <ResourceCreate redirect="edit" transform={transform}>
      <SimpleForm defaultValues={defaults} toolbar={false}>
        {!onlyProgramme && (
          <Alert severity="info" sx={{ mb: 2 }}>
            {translate('resources.assessments.create_hint')}
          </Alert>
        )}
        {ownLevel ? (
          // A head or contact person picks among the programmes that rate their own level and apply to them.
          <AutocompleteInput source="programmeId" choices={forOwn} optionText="name" validate={required()} sx={{ minWidth: { xs: 0, sm: 420 }, width: '100%', maxWidth: 640 }} />
        ) : (
          <ReferenceInput source="programmeId" reference="programmes" filter={programmeFilter}>
            <AutocompleteInput optionText="name" filterToQuery={byName} validate={required()} sx={{ minWidth: { xs: 0, sm: 420 }, width: '100%', maxWidth: 640 }} />
          </ReferenceInput>
        )}
        <AfterProgramme programmes={all} own={own} />
      </SimpleForm>
    </ResourceCreate>
  );
};
