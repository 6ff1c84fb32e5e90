/** Calendar days (LocalDate) as Vietnamese documents write them: dd/mm/yyyy, never shifted by a time zone. */
import { FunctionField, useTranslate } from 'react-admin';
import { Typography } from '@mui/material';

/** 'YYYY-MM-DD' as dd/mm/yyyy, read as a calendar day (no time zone shift); '--MM-DD' as a yearly day. */
export function formatLocalDate(value: string | null | undefined, translate?: (key: string, options?: object) => string): string {
  if (!value) return '—';
  const yearly = /^--(\d{2})-(\d{2})$/.exec(value);
  if (yearly) {
    const date = `${yearly[2]}/${yearly[1]}`;
    return translate ? translate('app.common.yearly', { date }) : date;
  }
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return day ? `${day[3]}/${day[2]}/${day[1]}` : value;
}

/** A LocalDate (or a deadline's --MM-DD) of the current record or row. */
export const LocalDateField = ({ source }: { source: string; label?: string }) => {
  const translate = useTranslate();
  return (
    <FunctionField
      source={source}
      render={(r: Record<string, unknown>) => (
        <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
          {formatLocalDate(r[source] as string | null | undefined, translate)}
        </Typography>
      )}
    />
  );
};

