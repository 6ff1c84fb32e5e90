import { DateField, useLocaleState, type DateFieldProps } from 'react-admin';

/** A DateField in the console's language (dd/mm/yyyy in Vietnamese), not the browser's. */
export const LocalDateField = (props: DateFieldProps) => {
  const [locale] = useLocaleState();
  return <DateField locales={locale === 'en' ? 'en-GB' : 'vi-VN'} {...props} />;
};
