/** Formatting and the API's basis sentences for the dashboard (its messages are merged in i18n/index.ts). */
import { useCallback } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';

/** Number and percent formatting in the console's language. */
export function useFormats() {
  const [locale] = useLocaleState();
  const tag = locale === 'en' ? 'en-GB' : 'vi-VN';
  const number = new Intl.NumberFormat(tag);
  const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 });
  return { number: (n: number) => number.format(n), percent: (n: number) => percent.format(n) };
}

/**
 * The API explains each target's value in one English sentence. The known sentences are shown in
 * the console's language; anything else is shown as the API wrote it.
 */
export function useBasis() {
  const translate = useTranslate();
  return useCallback(
    (basis: string) => {
      let m = /^(\d+) of (\d+) neighbourhoods recognised in (\d+)$/.exec(basis);
      if (m) return translate('dashboard.basis.recognised', { count: m[1], total: m[2], year: m[3] });
      m = /^(\d+) of (\d+) neighbourhoods launched this programme's model within 3 months of re-arrangement$/.exec(basis);
      if (m) return translate('dashboard.basis.launched', { count: m[1], total: m[2] });
      if (/^not measurable yet/.test(basis)) return translate('dashboard.basis.unmeasurable');
      return basis;
    },
    [translate],
  );
}
