import { Typography, type SxProps, type Theme } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { formatDay, formatInstant, formatInstantDay } from '../../../rules/dates';
import { valueAt } from './export';

export interface DateTimeFieldProps extends FieldProps {
  sx?: SxProps<Theme>;
  /** Show the time of day too (an instant); without it, the day only. */
  showTime?: boolean;
}

/**
 * An instant (a DateTime) as Vietnamese documents write it, in Vietnam's time whatever the
 * browser's zone and locale: 14:30 20/05/2026 (English: 20/05/2026 14:30). A calendar day
 * (LocalDate, 'YYYY-MM-DD') is shown as the day itself, never shifted: 20/05/2026.
 */
export const DateTimeField = ({ source, showTime, emptyText, sx }: DateTimeFieldProps) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const value = record && source ? (valueAt(record, source) as string | null | undefined) : undefined;
  const text = !value
    ? emptyText
      ? translate(emptyText, { _: emptyText })
      : ''
    : /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? formatDay(value)
      : showTime
        ? formatInstant(value, locale === 'en' ? 'en' : 'vi')
        : formatInstantDay(value);
  return (
    <Typography component="span" variant="body2" sx={[{ whiteSpace: 'nowrap' }, ...(Array.isArray(sx) ? sx : [sx])]}>
      {text}
    </Typography>
  );
};
