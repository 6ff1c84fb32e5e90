/**
 * The `location` of a record (GeoPointInput): latitude and longitude typed as decimal degrees,
 * or picked on a small map. Both empty is "no location" (null); one without the other, or a
 * value out of range, is an error under the field before anything is sent.
 */
import { lazy, Suspense, useState } from 'react';
import { Box, Button, CircularProgress, TextField, Typography } from '@mui/material';
import MapIcon from '@mui/icons-material/Map';
import { InputHelperText, useInput, useTranslate } from 'react-admin';
import type { GeoPoint } from '../../../rules/contract';
import { LATITUDE_RANGE, LONGITUDE_RANGE } from '../../../rules/limits';

const LocationPicker = lazy(() => import('./LocationPicker'));

/** What the two boxes hold as typed, so a half-typed "20." is not lost. */
interface Typed {
  lat: string;
  lng: string;
}
const typedOf = (value: GeoPoint | null | undefined): Typed => (value ? { lat: String(value.lat), lng: String(value.lng) } : { lat: '', lng: '' });
const numberOf = (text: string) => (text.trim() === '' ? null : Number(text.trim().replace(',', '.')));

/** The form value for what is typed: null when both are empty, else the numbers (NaN or null where not valid). */
function pointOf(typed: Typed): { lat: number | null; lng: number | null } | null {
  const [lat, lng] = [numberOf(typed.lat), numberOf(typed.lng)];
  return lat === null && lng === null ? null : { lat, lng };
}

const inRange = (n: number, [min, max]: readonly [number, number]) => Number.isFinite(n) && n >= min && n <= max;

/** The field's check, as the API's (rules/limits.ts bounds). */
export function validateLocation(value: { lat: number | null; lng: number | null } | null | undefined): string | undefined {
  if (!value) return undefined;
  if (value.lat === null || value.lng === null) return 'map.location.both';
  if (!inRange(value.lat, LATITUDE_RANGE)) return 'map.location.lat_range';
  if (!inRange(value.lng, LONGITUDE_RANGE)) return 'map.location.lng_range';
  return undefined;
}

export const LocationInput = ({ source = 'location', disabled }: { source?: string; disabled?: boolean }) => {
  const translate = useTranslate();
  const { field, fieldState } = useInput({ source, validate: validateLocation, defaultValue: null });
  const [typed, setTyped] = useState<Typed>(() => typedOf(field.value as GeoPoint | null));
  const [picking, setPicking] = useState(false);

  // A value set from outside (the record loading, the form reset) shows in the boxes: adjusted
  // while rendering, as React advises for state derived from a prop.
  const value = field.value as { lat: number | null; lng: number | null } | null;
  const valueKey = JSON.stringify(value ?? null);
  const [seenKey, setSeenKey] = useState(valueKey);
  if (seenKey !== valueKey) {
    setSeenKey(valueKey);
    const complete = value === null || (value.lat !== null && value.lng !== null);
    if (complete && JSON.stringify(pointOf(typed)) !== valueKey) setTyped(typedOf(value as GeoPoint | null));
  }

  const change = (next: Typed) => {
    setTyped(next);
    field.onChange(pointOf(next));
  };
  const valid = value && value.lat !== null && value.lng !== null && !validateLocation(value) ? (value as GeoPoint) : null;
  const error = fieldState.error?.message;

  return (
    <Box data-testid="location-input" sx={{ width: '100%', mb: 2 }}>
      <Typography variant="subtitle2" color="text.secondary">
        {translate('map.location.title')}
      </Typography>
      <Box display="flex" gap={2} flexWrap="wrap" alignItems="flex-start">
        {(['lat', 'lng'] as const).map((axis) => (
          <TextField
            key={axis}
            size="small"
            label={translate(`map.location.${axis}`)}
            value={typed[axis]}
            disabled={disabled}
            onChange={(e) => change({ ...typed, [axis]: e.target.value })}
            onBlur={field.onBlur}
            error={!!error}
            sx={{ width: { xs: '100%', sm: 180 } }}
            slotProps={{ htmlInput: { inputMode: 'decimal', 'data-testid': `location-${axis}` } }}
          />
        ))}
        {/* A locked location offers no action: the typed fields show it, read-only. */}
        {disabled ? null : (
          <Button size="small" startIcon={<MapIcon />} onClick={() => setPicking((p) => !p)} sx={{ mt: 0.5 }} data-testid="location-pick">
            {translate(picking ? 'map.location.hide_map' : 'map.location.pick')}
          </Button>
        )}
        {value && !disabled ? (
          <Button size="small" onClick={() => change({ lat: '', lng: '' })} sx={{ mt: 0.5 }}>
            {translate('map.location.clear')}
          </Button>
        ) : null}
      </Box>
      <Typography variant="caption" color={error ? 'error' : 'text.secondary'} component="p" sx={{ mx: 1.75, mt: 0.5 }}>
        {/* react-admin's own rendering of a validation error (it arrives encoded). */}
        <InputHelperText error={error} helperText="map.location.helper" />
      </Typography>
      {picking ? (
        <Box mt={1}>
          <Typography variant="caption" color="text.secondary" component="p">
            {translate('map.location.pick_hint')}
          </Typography>
          <Suspense fallback={<CircularProgress size={24} />}>
            <LocationPicker value={valid} onPick={(point) => change(typedOf(point))} />
          </Suspense>
        </Box>
      ) : null}
    </Box>
  );
};
