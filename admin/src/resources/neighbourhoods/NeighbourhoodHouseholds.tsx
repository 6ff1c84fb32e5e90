/**
 * The head's phone panel on their neighbourhood's page: the neighbourhood's households, and per
 * programme that rates neighbourhoods and applies here the households briefed and those that
 * signed, with their days. Big fields with the number keypad; saves go through the data provider,
 * so without a connection they are kept on the device and sent later like any form's.
 */
import { useState } from 'react';
import { Alert, Box, Button, Card, CardContent, Stack, TextField, Typography } from '@mui/material';
import SaveIcon from '@mui/icons-material/Save';
import { useDataProvider, useGetList, useNotify, useRecordContext, useRefresh, useTranslate, type RaRecord } from 'react-admin';
import type { HouseholdCommitment, Neighbourhood, Programme } from '../../../../rules/contract';
import { isKeptOnDevice } from '../../offline/withOfflineQueue';
import { detailOf } from '../../providers/errors';

const t = (key: string) => `resources.householdCommitments.${key}`;
const keypad = { inputMode: 'numeric' as const, pattern: '[0-9]*' };
const big = { '& .MuiInputBase-input': { fontSize: 20, py: 1.5 } };
const touch = { minHeight: 52, fontSize: 17 };

/** '' → null, else a whole number (the API refuses anything else with the field's path). */
const countOf = (text: string): number | null => (text.trim() === '' ? null : Number(text.trim()));
const textOf = (n: number | null | undefined) => (n == null ? '' : String(n));

function useSaved() {
  const notify = useNotify();
  const translate = useTranslate();
  return {
    done: (data: unknown) => notify(isKeptOnDevice(data) ? 'offline.saved_on_device' : t('panel.saved'), { type: isKeptOnDevice(data) ? 'warning' : 'info' }),
    failed: (error: unknown) => notify(`${translate((error as Error).message)}${detailOf(error) ? ` — ${detailOf(error)}` : ''}`, { type: 'error' }),
  };
}

const HouseholdsCard = ({ record, editable }: { record: Neighbourhood & RaRecord; editable: boolean }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider();
  const refresh = useRefresh();
  const saved = useSaved();
  const [households, setHouseholds] = useState(textOf(record.households));
  const [population, setPopulation] = useState(textOf(record.population));
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    try {
      const { data } = await dataProvider.update('neighbourhoods', { id: record.id, data: { households: countOf(households), population: countOf(population) }, previousData: record });
      saved.done(data);
      refresh();
    } catch (error) {
      saved.failed(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card variant="outlined" data-testid="households-card">
      <CardContent>
        <Stack spacing={2}>
          <TextField label={translate(t('panel.households'))} value={households} onChange={(e) => setHouseholds(e.target.value)} slotProps={{ htmlInput: { ...keypad, name: 'households', 'data-testid': 'households-input' } }} disabled={!editable} fullWidth sx={big} />
          <TextField label={translate(t('panel.population'))} value={population} onChange={(e) => setPopulation(e.target.value)} slotProps={{ htmlInput: { ...keypad, name: 'population' } }} disabled={!editable} fullWidth sx={big} />
          {editable && (
            <Button variant="contained" size="large" startIcon={<SaveIcon />} onClick={() => void save()} disabled={busy} sx={touch} data-testid="households-save">
              {translate(t('panel.save'))}
            </Button>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
};

const CommitmentCard = ({ neighbourhood, programme, commitment, editable }: { neighbourhood: Neighbourhood & RaRecord; programme: Programme & RaRecord; commitment: (HouseholdCommitment & RaRecord) | undefined; editable: boolean }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider();
  const refresh = useRefresh();
  const saved = useSaved();
  const [values, setValues] = useState({
    briefed: textOf(commitment?.briefed),
    briefedOn: commitment?.briefedOn ?? '',
    signed: textOf(commitment?.signed),
    signedOn: commitment?.signedOn ?? '',
  });
  const [busy, setBusy] = useState(false);
  const set = (field: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: e.target.value }));
  const save = async () => {
    setBusy(true);
    const data = { briefed: countOf(values.briefed), briefedOn: values.briefedOn || null, signed: countOf(values.signed), signedOn: values.signedOn || null };
    try {
      const result = commitment
        ? await dataProvider.update('householdCommitments', { id: commitment.id, data, previousData: commitment })
        : await dataProvider.create('householdCommitments', { data: { ...data, neighbourhoodId: neighbourhood.id, programmeId: programme.id } });
      saved.done(result.data);
      refresh();
    } catch (error) {
      saved.failed(error);
    } finally {
      setBusy(false);
    }
  };
  const field = (name: keyof typeof values, date = false) => (
    <TextField
      label={translate(`${t('fields')}.${name}`)}
      value={values[name]}
      onChange={set(name)}
      type={date ? 'date' : 'text'}
      disabled={!editable}
      fullWidth
      sx={big}
      slotProps={{ inputLabel: { shrink: true }, htmlInput: { ...(date ? {} : keypad), name, 'data-testid': `commitment-${name}` } }}
    />
  );
  return (
    <Card variant="outlined" data-testid="commitment-card" data-programme={programme.code}>
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
            {programme.name}
          </Typography>
          {neighbourhood.households != null && commitment && (
            <Typography variant="body2" color="text.secondary" data-testid="commitment-signed-of">
              {translate(t('signed_of'), { signed: commitment.signed, households: neighbourhood.households })}
            </Typography>
          )}
          <Box display="grid" gap={2} gridTemplateColumns={{ xs: '1fr', sm: '1fr 1fr' }}>
            {field('briefed')}
            {field('briefedOn', true)}
            {field('signed')}
            {field('signedOn', true)}
          </Box>
          {editable && (
            <Button variant="contained" size="large" startIcon={<SaveIcon />} onClick={() => void save()} disabled={busy} sx={touch} data-testid="commitment-save">
              {translate(t('panel.save'))}
            </Button>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
};

export const NeighbourhoodHouseholds = () => {
  const translate = useTranslate();
  const record = useRecordContext<Neighbourhood & RaRecord>();
  const id = record?.id;
  const { data: programmes = [] } = useGetList<Programme & RaRecord>('programmes', { filter: { appliesTo: id }, pagination: { page: 1, perPage: 50 }, sort: { field: 'name', order: 'ASC' } }, { enabled: !!id });
  const { data: commitments = [], isPending } = useGetList<HouseholdCommitment & RaRecord>('householdCommitments', { filter: { neighbourhoodId: id }, pagination: { page: 1, perPage: 50 } }, { enabled: !!id });
  if (!record) return null;
  const editable = record.access?.update === true;
  const byProgramme = new Map(commitments.map((c) => [c.programmeId, c]));
  // Programmes rating neighbourhoods, and any other with a commitment already recorded.
  const shown = programmes.filter((p) => p.ratedLevel === 'NEIGHBOURHOOD' || byProgramme.has(p.id as string));
  return (
    <Stack spacing={2} sx={{ maxWidth: 640 }} data-testid="neighbourhood-households">
      <Typography variant="body2" color="text.secondary">
        {translate(t('panel.intro'))}
      </Typography>
      <HouseholdsCard key={`${String(record.id)}:${record.version}`} record={record} editable={editable} />
      {!isPending && shown.length === 0 && <Alert severity="info">{translate(t('panel.none'))}</Alert>}
      {!isPending &&
        shown.map((p) => {
          const c = byProgramme.get(p.id as string);
          return <CommitmentCard key={`${String(p.id)}:${c?.version ?? 0}`} neighbourhood={record} programme={p} commitment={c} editable={editable} />;
        })}
    </Stack>
  );
};
