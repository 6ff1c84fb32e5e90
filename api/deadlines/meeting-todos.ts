/**
 * Meetings on the to-do list: a scheduled meeting past its grace days without minutes
 * (MEETING_MINUTES, for those who keep the schedule's meetings) and a model's review deadline
 * (sơ kết, tổng kết: a deadline of step REVIEW) with no review meeting recorded by then (REVIEW,
 * for those who may change the model, like its rollout steps). Each kind is a fixed number of
 * queries whatever the number of schedules or models, at most TODO_CAP items.
 */
import { allOf, type Viewer } from '../core/access';
import type { TodoKind } from '../generated/graphql';
import type { Loaders } from '../graphql/loaders';
import { meetingKeepers } from '../meetings/access';
import type { MeetingKind } from '../../rules/contract';
import { Meeting, type MeetingDoc } from '../meetings/meeting.model';
import { meetingSchedules } from '../meetings/meeting-schedule.service';
import { meetings } from '../meetings/meeting.service';
import { occurrencesOf } from '../meetings/occurrences';
import type { ModelDoc } from '../models/model.model';
import { models } from '../models/model.service';
import { formatDay, vietnamDay } from '../../rules/dates';
import { dueDayIn, dueInstant, isOverdue } from '../../rules/deadlines';
import { minutesDueDay } from '../../rules/meeting-schedules';
import { addDays } from '../../rules/periods';

export type MeetingTodoView = {
  id: string;
  kind: TodoKind;
  title: string;
  dueAt: Date | null;
  overdue: boolean;
  recordType: string;
  recordId: string;
  subjectName: string | null;
};

/** How far back a missing meeting or an unheld review stays on the list. */
export const LOOKBACK_DAYS = 365;

const KIND_VI: Record<MeetingKind, string> = { REGULAR: 'họp định kỳ', EXTRAORDINARY: 'họp đột xuất', INTERIM_REVIEW: 'họp sơ kết', FINAL_REVIEW: 'họp tổng kết' };
const REVIEW_KINDS: MeetingKind[] = ['INTERIM_REVIEW', 'FINAL_REVIEW'];
const quoted = (name: string) => (/[“”"]/.test(name) ? name : `“${name}”`);

/** Scheduled meetings whose grace days have passed without minutes, in the last LOOKBACK_DAYS. */
export async function missingMeetingTodos(viewer: Viewer, loaders: Loaders, now: Date, cap: number): Promise<MeetingTodoView[]> {
  if (meetingKeepers(viewer) === false) return [];
  const today = vietnamDay(now);
  const from = addDays(today, -LOOKBACK_DAYS);
  const page = await meetingSchedules.list(viewer, {}, { limit: cap }, { field: 'startsOn', order: 'ASC' });
  const mine = page.items.filter((s) => s.startsOn <= today && (!s.endsOn || s.endsOn >= from) && meetingSchedules.permissions(viewer, s).update);
  const found = await occurrencesOf(
    viewer,
    mine.map((schedule) => ({ schedule, from, to: today })),
    today,
  );
  const out: MeetingTodoView[] = [];
  await Promise.all(
    mine.map(async (s, i) => {
      const missing = (found[i] ?? []).filter((o) => o.state === 'MISSING');
      if (!missing.length) return;
      const [model, unit] = await Promise.all([s.modelId ? loaders.byId(models).load(String(s.modelId)) : null, loaders.unit(s.unitLevel).load(String(s.unitId))]);
      const whose = model ? `mô hình ${quoted(model.name)}` : `Ban Chỉ đạo ${unit?.name ?? ''}`.trim();
      for (const o of missing) {
        if (out.length >= cap) return;
        const dueAt = dueInstant(minutesDueDay(o.on, s.minutesGraceDays));
        out.push({
          id: `MEETING_MINUTES:${String(s._id)}:${o.on}`,
          kind: 'MEETING_MINUTES',
          title: `Ghi biên bản cuộc ${KIND_VI[s.kind]} ngày ${formatDay(o.on)} của ${whose}`,
          dueAt,
          overdue: isOverdue(dueAt, now),
          recordType: 'MeetingSchedule',
          recordId: String(s._id),
          subjectName: unit?.name ?? null,
        });
      }
    }),
  );
  return out;
}

/**
 * Review deadlines (step REVIEW) of the models the caller may change, falling from LOOKBACK_DAYS
 * ago onwards, with no INTERIM_REVIEW or FINAL_REVIEW meeting of the model held in the
 * LOOKBACK_DAYS up to the deadline.
 */
export async function reviewTodos(viewer: Viewer, loaders: Loaders, now: Date, cap: number): Promise<MeetingTodoView[]> {
  const readModels = models.def.access.read(viewer);
  const readMeetings = meetings.def.access.read(viewer);
  if (readModels === false || readMeetings === false) return [];
  const today = vietnamDay(now);
  const year = Number(today.slice(0, 4));
  const candidates = await models.def.model
    .find(allOf(readModels, { 'deadlines.step': 'REVIEW' }))
    .sort({ nameSort: 1, _id: 1 })
    .limit(cap)
    .lean<ModelDoc[]>();
  const mine = candidates.filter((m) => {
    const p = models.permissions(viewer, m);
    return p.update && !p.updatableFields;
  });
  const due = mine.flatMap((m) =>
    m.deadlines
      .filter((d) => d.step === 'REVIEW')
      .map((d) => ({ model: m, deadline: d, day: dueDayIn(d.due, year) }))
      .filter((x): x is typeof x & { day: string } => !!x.day && x.day >= addDays(today, -LOOKBACK_DAYS)),
  );
  if (!due.length) return [];
  const days = due.map((d) => d.day).sort();
  const held = await Meeting.find(
    allOf(readMeetings, {
      modelId: { $in: [...new Set(due.map((d) => d.model._id))] },
      kind: { $in: REVIEW_KINDS },
      heldOn: { $gte: addDays(days[0] as string, -LOOKBACK_DAYS), $lte: days[days.length - 1] },
    }),
    { modelId: 1, heldOn: 1 },
  ).lean<Array<Pick<MeetingDoc, 'modelId' | 'heldOn'>>>();
  const open = due.filter((d) => !held.some((m) => String(m.modelId) === String(d.model._id) && m.heldOn <= d.day && m.heldOn > addDays(d.day, -LOOKBACK_DAYS)));
  const units = await Promise.all(open.map((d) => loaders.unit(d.model.unitLevel).load(String(d.model.unitId))));
  return open.slice(0, cap).map((d, i) => {
    const dueAt = dueInstant(d.day);
    return {
      id: `REVIEW:${String(d.model._id)}:${d.day}`,
      kind: 'REVIEW',
      title: `${d.deadline.title} mô hình ${quoted(d.model.name)} (hạn ${formatDay(d.day)}): chưa ghi cuộc họp sơ kết, tổng kết`,
      dueAt,
      overdue: isOverdue(dueAt, now),
      recordType: 'Model',
      recordId: String(d.model._id),
      subjectName: units[i]?.name ?? null,
    };
  });
}
