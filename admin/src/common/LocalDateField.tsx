/** Calendar days (LocalDate) as Vietnamese documents write them: dd/mm/yyyy, never shifted by a time zone. */
import { FunctionField, useTranslate } from 'react-admin';
import { Typography } from '@mui/material';
import { formatDay } from '../../../rules/dates';

/** 'YYYY-MM-DD' as dd/mm/yyyy, read as a calendar day (no time zone shift); '--MM-DD' as a yearly day ("hằng năm, ngày 25/11"). */
export function formatLocalDate(value: string | null | undefined, translate?: (key: string, options?: object) => string): string {
  const text = formatDay(value);
  return value && /^--/.test(value) && translate ? translate('app.common.yearly', { date: text }) : text;
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

