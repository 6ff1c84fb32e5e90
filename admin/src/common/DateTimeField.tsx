import { DateField, useLocaleState, type DateFieldProps } from 'react-admin';

/**
 * An instant (a DateTime) in the console's language and Vietnam's time, whatever the browser's
 * locale and zone: 22:11 1/12/2026 in Vietnamese. Calendar dates (LocalDate) have their own field.
 */
export const DateTimeField = (props: DateFieldProps) => {
  const [locale] = useLocaleState();
  return <DateField locales={locale === 'en' ? 'en-GB' : 'vi-VN'} {...props} options={{ timeZone: 'Asia/Ho_Chi_Minh', ...props.options }} />;
};
