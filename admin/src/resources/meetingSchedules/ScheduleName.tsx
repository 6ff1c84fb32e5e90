import { useRecordContext, useTranslate } from 'react-admin';

/** "Hằng tháng, ngày 20 · Họp định kỳ": a schedule in one line (in a picker, a reference, a title). */
export const ScheduleName = () => {
  const s = useRecordContext<{ recurrence?: string; dayOfMonth?: number; month?: number | null; kind?: string }>();
  const translate = useTranslate();
  if (!s?.recurrence) return null;
  const when = s.month && s.recurrence === 'YEARLY' ? translate('resources.meetingSchedules.day_month', { day: s.dayOfMonth, month: s.month }) : translate('resources.meetingSchedules.day', { day: s.dayOfMonth });
  return (
    <span>
      {translate(`resources.meetingSchedules.recurrences.${s.recurrence}`)}, {when} · {translate(`resources.meetings.kinds.${s.kind ?? 'REGULAR'}`)}
    </span>
  );
};
