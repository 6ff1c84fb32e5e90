/** Formatting and the API's basis (key and figures) for the dashboard (its messages are merged in i18n/index.ts). */
import { useCallback } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import type { AttainmentBasis, AttainmentBasisKey } from '../../../rules/contract';

/** Number and percent formatting in the console's language. */
export function useFormats() {
  const [locale] = useLocaleState();
  const tag = locale === 'en' ? 'en-GB' : 'vi-VN';
  const number = new Intl.NumberFormat(tag);
  const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 });
  return { number: (n: number) => number.format(n), percent: (n: number) => percent.format(n) };
}

/** The message of each basis key (dashboard.basis.*), worded with the figures the API gives. */
const BASIS_MESSAGE: Record<AttainmentBasisKey, string> = {
  RECOGNIZED: 'dashboard.basis.recognised',
  LAUNCHED_WITHIN_3_MONTHS: 'dashboard.basis.launched',
  HOUSEHOLDS_SIGNED: 'dashboard.basis.signed',
  HOUSEHOLDS_BRIEFED: 'dashboard.basis.briefed',
  HOUSEHOLDS_IN_GROUP: 'dashboard.basis.in_group',
  NOT_MEASURABLE: 'dashboard.basis.unmeasurable',
};

/** How a target's value was measured, in the console's language. */
export function useBasis() {
  const translate = useTranslate();
  const { number } = useFormats();
  return useCallback(
    (basis: AttainmentBasis) => {
      const { count, total, unknown } = basis.params;
      // Household figures read "x / y hộ" with thousands separators; neighbourhoods without a count are named.
      const figures = { ...basis.params, count: count == null ? count : number(count), total: total == null ? total : number(total) };
      const text = translate(BASIS_MESSAGE[basis.key], figures);
      return unknown ? `${text} ${translate('dashboard.basis.unknown', { smart_count: unknown })}` : text;
    },
    [translate, number],
  );
}
