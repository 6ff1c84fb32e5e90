/** How a programme's targets and deadlines read on screen. */
import type { Deadline, Target } from '../../../../rules/contract';
import { formatDay } from '../../../../rules/dates';

/** A share (0..1) reads as a percentage; anything else as a plain number in its unit. */
export const isShare = (t: Pick<Target, 'metric' | 'unit' | 'goal'>) =>
  /share$/i.test(t.metric) || (t.goal <= 1 && /tỷ lệ|tỉ lệ|share|ratio|%/i.test(t.unit));

export function goalText(t: Pick<Target, 'metric' | 'unit' | 'goal'>, locale: string): string {
  const tag = locale === 'en' ? 'en-GB' : 'vi-VN';
  return isShare(t)
    ? new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 }).format(t.goal)
    : new Intl.NumberFormat(tag, { maximumFractionDigits: 2 }).format(t.goal);
}

export function dueText(due: Deadline['due'], translate: (key: string, options?: object) => string): string {
  const yearly = /^--(\d{2})-(\d{2})$/.exec(due);
  if (yearly) return translate('resources.programmes.deadline.yearly', { day: yearly[2], month: yearly[1] });
  return formatDay(due);
}
