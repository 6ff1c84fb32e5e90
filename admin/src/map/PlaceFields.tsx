/** A record's point and other names on its show page (read-only). */
import { Chip, Stack, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import type { GeoPoint } from '../../../rules/contract';

/** "20.8477, 104.6322", or — when there is none. */
export const LocationField = (_props: { label?: string }) => {
  const record = useRecordContext<{ location?: GeoPoint | null }>();
  const point = record?.location;
  return (
    <Typography component="span" variant="body2" data-testid="location-field">
      {point ? `${point.lat}, ${point.lng}` : '—'}
    </Typography>
  );
};

export const AliasesField = (_props: { label?: string }) => {
  const record = useRecordContext<{ aliases?: string[] | null }>();
  const aliases = record?.aliases ?? [];
  if (!aliases.length) return <Typography component="span" variant="body2">—</Typography>;
  return (
    <Stack direction="row" flexWrap="wrap" gap={0.5}>
      {aliases.map((a) => (
        <Chip key={a} label={a} size="small" />
      ))}
    </Stack>
  );
};
