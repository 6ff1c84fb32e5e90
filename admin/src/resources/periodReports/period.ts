/**
 * A report's period as people write it ("Tháng 11/2026", "Quý III/2026", "Năm 2020"), the period
 * holding today (in Vietnam), and the choices of the period pickers. The bounds and ranges are
 * rules/periods.ts's, the same the API counts with.
 */
import type { TranslateFunction } from 'react-admin';
import type { PeriodKind, PeriodReport } from '../../../../rules/contract';
import { PERIOD_INDEX_MAX } from '../../../../rules/periods';
import { enumValuesOf } from '../../providers/dataProvider';

const ROMAN = ['I', 'II', 'III', 'IV'];

/** "2026-03-05" → "05/03/2026". */
export const dayText = (day: string) => day.split('-').reverse().join('/');

type PeriodOf = Pick<PeriodReport, 'periodKind' | 'year' | 'periodIndex' | 'from' | 'to'>;

export function periodLabel(translate: TranslateFunction, p: PeriodOf): string {
  const prefix = 'resources.periodReports.period';
  const args = { year: p.year, index: p.periodIndex, roman: ROMAN[(p.periodIndex ?? 1) - 1], from: dayText(p.from), to: dayText(p.to) };
  if (p.periodKind === 'HALF_YEAR') return translate(`${prefix}.HALF_YEAR_${p.periodIndex === 2 ? 2 : 1}`, args);
  return translate(`${prefix}.${p.periodKind}`, args);
}

/** The kinds a picker offers; completeness is asked for standard periods only. */
export const kindChoices = (withCustom: boolean) =>
  enumValuesOf('PeriodKind')
    .filter((k) => withCustom || k !== 'CUSTOM')
    .map((id) => ({ id, name: `resources.periodReports.kinds.${id}` }));

/** "Tháng 1" … "Tháng 12", "Quý I" … "Quý IV", "6 tháng đầu năm" / "6 tháng cuối năm"; none for other kinds. */
export function indexChoices(translate: TranslateFunction, kind: PeriodKind): Array<{ id: number; name: string }> {
  const max = PERIOD_INDEX_MAX[kind] ?? 0;
  return Array.from({ length: max }, (_, i) => {
    const index = i + 1;
    const key = kind === 'HALF_YEAR' ? `HALF_YEAR_${index}` : kind;
    return { id: index, name: translate(`resources.periodReports.period_option.${key}`, { index, roman: ROMAN[i] }) };
  });
}

/** Today's date in Vietnam (UTC+7), whatever the browser's zone. */
const vietnamToday = () => new Date(Date.now() + 7 * 3_600_000);

/** The year and index of the period of `kind` holding today. */
export function currentPeriod(kind: PeriodKind): { year: number; periodIndex: number | null } {
  const today = vietnamToday();
  const month = today.getUTCMonth() + 1;
  const max = PERIOD_INDEX_MAX[kind];
  return { year: today.getUTCFullYear(), periodIndex: max === null ? null : Math.ceil((month * max) / 12) };
}
