/**
 * Entering a figure (số liệu) of a model in a few taps, from the model's page: a dialog with the
 * period filled in (the current year in Vietnam), the indicators already recorded offered (with
 * their unit), and the value. Saved as an update of the model's `figures` only, which is all a
 * neighbourhood head may change (the API's `access.updatableFields`), with the version it was
 * based on: a concurrent save fails with CONFLICT instead of being overwritten.
 */
import { useState } from 'react';
import { Autocomplete, Button, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, Stack, Switch, TextField } from '@mui/material';
import AddchartIcon from '@mui/icons-material/Addchart';
import { useNotify, useRecordContext, useTranslate, useUpdate } from 'react-admin';
import type { Figure, Model } from '../../../../rules/contract';
import { vietnamQuarter } from '../../../../rules/dates';
import { f } from './modelFields';

type ModelRecord = Model & { id: string };
type Draft = { id?: string | null; indicator: string; value: string; unit: string; period: string; place: string; note: string; planned: boolean };

/** Whether the caller may change this model's figures (a head: only those; an officer: everything). */
export function useMayEnterFigures(): boolean {
  const record = useRecordContext<ModelRecord>();
  const access = record?.access;
  return !!access?.update && (!access.updatableFields || access.updatableFields.includes('figures'));
}

const blank = (): Draft => ({ indicator: '', value: '', unit: '', period: String(vietnamQuarter().year), place: '', note: '', planned: false });
const draftOf = (figure: Figure): Draft => ({
  id: figure.id,
  indicator: figure.indicator,
  value: String(figure.value),
  unit: figure.unit,
  period: figure.period,
  place: figure.place ?? '',
  note: figure.note ?? '',
  planned: figure.planned,
});

/** The value typed, read with a comma or a point as the decimal mark (Vietnamese writes 1,5). */
const parseValue = (text: string): number | null => {
  const normalised = text.trim().replace(/\s/g, '').replace(',', '.');
  if (!normalised) return null;
  const n = Number(normalised);
  return Number.isFinite(n) ? n : null;
};

/**
 * The dialog; `figure` given: that figure is changed, else a new one is added. `onClose` after a
 * save or a cancel.
 */
export const FigureDialog = ({ open, figure, onClose }: { open: boolean; figure?: Figure | null; onClose: () => void }) => {
  const record = useRecordContext<ModelRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const [update, { isPending }] = useUpdate<ModelRecord>();
  const [draft, setDraft] = useState<Draft>(blank);
  const [touched, setTouched] = useState(false);
  const [openedFor, setOpenedFor] = useState<string | null | undefined>(undefined);
  // A fresh draft each time the dialog opens (for a new figure or for the figure tapped).
  const key = open ? (figure?.id ?? 'new') : undefined;
  if (key !== openedFor) {
    setOpenedFor(key);
    if (open) {
      setDraft(figure ? draftOf(figure) : blank());
      setTouched(false);
    }
  }
  if (!record) return null;

  // Opened from the list, the record is first the list's row, without its figures: nothing is saved until they are known.
  const current = record.figures as Figure[] | undefined;
  const known = [...new Map((current ?? []).map((x) => [x.indicator, x.unit])).entries()].map(([indicator, unit]) => ({ indicator, unit }));
  const value = parseValue(draft.value);
  const missing = { indicator: !draft.indicator.trim(), value: value === null, unit: !draft.unit.trim(), period: !draft.period.trim() };
  const invalid = Object.values(missing).some(Boolean);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const errorOf = (field: keyof typeof missing) => touched && missing[field];
  const requiredText = (field: keyof typeof missing) => (errorOf(field) ? translate('ra.validation.required') : ' ');

  const save = () => {
    setTouched(true);
    if (invalid || value === null || !current) return;
    const entered: Figure = {
      id: draft.id ?? '',
      indicator: draft.indicator.trim(),
      value,
      unit: draft.unit.trim(),
      period: draft.period.trim(),
      place: draft.place.trim() || null,
      note: draft.note.trim() || null,
      planned: draft.planned,
    };
    // Without an id the API adds the figure; the others are sent back with theirs and kept.
    const { id: _none, ...added } = entered;
    const figures = draft.id ? current.map((x) => (x.id === draft.id ? entered : x)) : [...current, added as Figure];
    update(
      'models',
      { id: record.id, data: { figures }, previousData: record },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          notify('resources.models.figure_entry.saved', { type: 'success' });
          onClose();
        },
        onError: (e) => notify((e as Error).message ?? 'ra.notification.http_error', { type: 'error' }),
      },
    );
  };

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" data-testid="figure-dialog">
      <DialogTitle>{translate(draft.id ? 'resources.models.figure_entry.edit_title' : 'resources.models.figure_entry.add_title')}</DialogTitle>
      <DialogContent>
        <Stack gap={0.5} mt={1}>
          <Autocomplete
            freeSolo
            options={known}
            getOptionLabel={(o) => (typeof o === 'string' ? o : o.indicator)}
            inputValue={draft.indicator}
            onInputChange={(_e, indicator) => set({ indicator })}
            onChange={(_e, chosen) => {
              if (chosen && typeof chosen !== 'string') set({ indicator: chosen.indicator, unit: draft.unit || chosen.unit });
            }}
            renderInput={(params) => (
              <TextField
                {...params}
                label={translate(f('figures.indicator'))}
                required
                error={errorOf('indicator')}
                helperText={requiredText('indicator')}
                slotProps={{ htmlInput: { ...params.inputProps, 'data-testid': 'figure-indicator', maxLength: 300 } }}
              />
            )}
          />
          <Stack direction="row" gap={2}>
            <TextField
              label={translate(f('figures.value'))}
              required
              value={draft.value}
              onChange={(e) => set({ value: e.target.value })}
              error={errorOf('value')}
              helperText={requiredText('value')}
              sx={{ flex: 1 }}
              slotProps={{ htmlInput: { inputMode: 'decimal', 'data-testid': 'figure-value' } }}
            />
            <TextField
              label={translate(f('figures.unit'))}
              required
              value={draft.unit}
              onChange={(e) => set({ unit: e.target.value })}
              error={errorOf('unit')}
              helperText={requiredText('unit')}
              sx={{ flex: 1 }}
              slotProps={{ htmlInput: { 'data-testid': 'figure-unit', maxLength: 60 } }}
            />
          </Stack>
          <TextField
            label={translate(f('figures.period'))}
            required
            value={draft.period}
            onChange={(e) => set({ period: e.target.value })}
            error={errorOf('period')}
            helperText={errorOf('period') ? translate('ra.validation.required') : translate('resources.models.figure_entry.period_hint')}
            slotProps={{ htmlInput: { 'data-testid': 'figure-period', maxLength: 40 } }}
          />
          <TextField label={translate(f('figures.place'))} value={draft.place} onChange={(e) => set({ place: e.target.value })} helperText=" " slotProps={{ htmlInput: { maxLength: 300 } }} />
          <TextField label={translate(f('figures.note'))} value={draft.note} onChange={(e) => set({ note: e.target.value })} multiline minRows={2} slotProps={{ htmlInput: { maxLength: 2000 } }} />
          <FormControlLabel control={<Switch checked={draft.planned} onChange={(e) => set({ planned: e.target.checked })} />} label={translate(f('figures.planned'))} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button onClick={save} variant="contained" disabled={isPending || !current} data-testid="figure-save">
          {translate('ra.action.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

/** "Thêm số liệu": opens the dialog for a new figure; shown only to those who may change the figures. */
export const AddFigureButton = ({ variant = 'contained' }: { variant?: 'contained' | 'outlined' | 'text' }) => {
  const translate = useTranslate();
  const mayEnter = useMayEnterFigures();
  const [open, setOpen] = useState(false);
  if (!mayEnter) return null;
  return (
    <>
      <Button variant={variant} size="small" startIcon={<AddchartIcon />} onClick={() => setOpen(true)} data-testid="add-figure">
        {translate('resources.models.figure_entry.add')}
      </Button>
      <FigureDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
};
