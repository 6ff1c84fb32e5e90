/**
 * A schedule's expected meetings with their state (rules/meeting-schedules.ts), and the meetings
 * recorded for them: one query for every schedule asked about in a request (or a to-do list).
 */
import DataLoader from 'dataloader';
import { allOf, type Viewer } from '../core/access';
import { badInput } from '../errors';
import { MAX_OCCURRENCES, occurrenceDays, occurrenceState } from '../../rules/meeting-schedules';
import type { OccurrenceState } from '../../rules/contract';
import { addDays } from '../../rules/periods';
import type { MeetingScheduleDoc } from './meeting-schedule.model';
import { Meeting, type MeetingDoc } from './meeting.model';
import { meetings } from './meeting.service';

export interface OccurrenceView {
  on: string;
  state: OccurrenceState;
  meeting: MeetingDoc | null;
}

/** Default span of `occurrences`: a year back, a quarter ahead. */
export const defaultSpan = (today: string) => ({ from: addDays(today, -365), to: addDays(today, 90) });

export interface OccurrenceAsk {
  schedule: MeetingScheduleDoc;
  from: string;
  to: string;
}

/**
 * The occurrences of each schedule between its `from` and `to`, with the meeting recorded for
 * each day (one with minutes before one without, then the latest held), read as the caller.
 */
export async function occurrencesOf(viewer: Viewer, asks: readonly OccurrenceAsk[], today: string): Promise<OccurrenceView[][]> {
  const days = asks.map(({ schedule, from, to }) => {
    if (from > to) throw badInput([{ path: 'from', message: 'must be on or before to' }]);
    const found = occurrenceDays(schedule, from, to);
    if (!found) throw badInput([{ path: 'to', message: `more than ${MAX_OCCURRENCES} occurrences: ask for a shorter span` }]);
    return found;
  });
  const all = days.flat().sort();
  const recorded = all.length
    ? await Meeting.find(
        allOf(meetings.def.access.read(viewer) || { _id: { $in: [] } }, {
          scheduleId: { $in: asks.map((a) => a.schedule._id) },
          occurrenceOn: { $gte: all[0], $lte: all[all.length - 1] },
        }),
      )
        .sort({ heldOn: -1, _id: -1 })
        .lean<MeetingDoc[]>()
    : [];
  const best = new Map<string, MeetingDoc>();
  for (const m of recorded) {
    const key = `${String(m.scheduleId)}|${m.occurrenceOn}`;
    const held = best.get(key);
    if (!held || (!held.minutes?.trim() && m.minutes?.trim())) best.set(key, m);
  }
  return asks.map(({ schedule }, i) =>
    (days[i] ?? []).map((on) => {
      const meeting = best.get(`${String(schedule._id)}|${on}`) ?? null;
      return { on, state: occurrenceState(on, meeting, today, schedule.minutesGraceDays), meeting };
    }),
  );
}

/** A per-request loader: the occurrences of every schedule in a page in one query. */
export function occurrenceLoader(viewer: Viewer, today: string): DataLoader<OccurrenceAsk, OccurrenceView[], string> {
  return new DataLoader((asks) => occurrencesOf(viewer, asks, today), { cacheKeyFn: (a) => `${String(a.schedule._id)}|${a.from}|${a.to}` });
}
