/**
 * Meetings of a model or of a unit's steering committee (seed 001: "họp định kỳ vào ngày 20 hàng
 * tháng"; seed 002: quarterly steering-committee meetings, sơ kết and tổng kết). Scoped like
 * models: officers in scope keep them, a neighbourhood head records the meetings of their own
 * neighbourhood's models and committee, viewers read. A meeting may fulfil a day of one of its
 * owner's schedules (scheduleId, occurrenceOn); its files are evidence files (owners.ts).
 */
import sift from 'sift';
import { z } from 'zod';
import { scopeFilter, type Viewer } from '../core/access';
import { Repository } from '../core/repository';
import { searchField } from '../core/text';
import { commonFilterQuery, definedOnly, idsFilter, localDate, objectId, oid, optionalText, searchText, text } from '../core/validation';
import { badInput, forbidden } from '../errors';
import { removeEvidenceOf } from '../evidence/evidence.service';
import { registerEvidenceOwner } from '../evidence/owners';
import type { MeetingSortField } from '../generated/graphql';
import { isOccurrence, nearestOccurrence } from '../../rules/meeting-schedules';
import { meetingKeepers, meetingRemovers } from './access';
import type { MeetingScheduleDoc } from './meeting-schedule.model';
import { meetingSchedules } from './meeting-schedule.service';
import { MEETING_KINDS, Meeting, type MeetingDoc } from './meeting.model';
import { meetingOwner, sameOwner } from './owner';

const day = localDate.unwrap().unwrap();
const Decision = z.object({ text: text(2000), owner: optionalText(300), dueOn: localDate, doneOn: localDate });
const Fields = z.object({
  kind: z.enum(MEETING_KINDS),
  heldOn: day,
  place: optionalText(300),
  chair: optionalText(200),
  attendees: z.array(text(200)).max(200, 'at most 200 attendees').nullish(),
  minutes: optionalText(20_000),
  decisions: z.array(Decision).max(100, 'at most 100 decisions').nullish(),
  scheduleId: objectId.nullish(),
  occurrenceOn: localDate,
  isSample: z.boolean().nullish(),
});
const CreateInput = Fields.extend({ modelId: objectId.nullish(), unitId: objectId.nullish() });
const UpdateInput = Fields.partial();
type Create = z.infer<typeof CreateInput>;
type Update = z.infer<typeof UpdateInput>;

type Searchable = Pick<MeetingDoc, 'place' | 'chair' | 'minutes'> & { decisions?: Array<{ text: string }> };
const searchOf = (m: Searchable) => searchField(m.place ?? '', m.chair ?? '', m.minutes ?? '', ...(m.decisions ?? []).map((d) => d.text));
const decisionsOf = (rows: Create['decisions']) => (rows ?? []).map((d) => ({ text: d.text, owner: d.owner ?? null, dueOn: d.dueOn ?? null, doneOn: d.doneOn ?? null }));

/**
 * The schedule link of a meeting: the schedule must be one of the same model or unit in the
 * caller's scope, the day one of its days (by default the one nearest to the meeting).
 */
async function scheduleLink(
  viewer: Viewer,
  owner: { modelId: unknown; unitId: unknown },
  scheduleId: string | null | undefined,
  occurrenceOn: string | null | undefined,
  heldOn: string,
): Promise<Pick<MeetingDoc, 'scheduleId' | 'occurrenceOn'>> {
  if (!scheduleId) {
    if (occurrenceOn) throw badInput([{ path: 'input.occurrenceOn', message: 'give the schedule (scheduleId) it is a day of' }]);
    return { scheduleId: null, occurrenceOn: null };
  }
  const schedule: MeetingScheduleDoc | null = await meetingSchedules.get(viewer, scheduleId).catch(() => null);
  if (!schedule) throw badInput([{ path: 'input.scheduleId', message: 'no such schedule in your scope' }]);
  if (!sameOwner(schedule, owner)) throw badInput([{ path: 'input.scheduleId', message: 'is a schedule of another model or unit' }]);
  if (occurrenceOn && !isOccurrence(schedule, occurrenceOn)) throw badInput([{ path: 'input.occurrenceOn', message: 'is not a day of the schedule' }]);
  return { scheduleId: schedule._id, occurrenceOn: occurrenceOn ?? nearestOccurrence(schedule, heldOn) };
}

export const meetings = new Repository<MeetingDoc, Create, Update>({
  entityType: 'Meeting',
  model: Meeting,
  access: { read: scopeFilter, create: meetingKeepers, update: meetingKeepers, delete: meetingRemovers },
  createInput: CreateInput,
  updateInput: UpdateInput,
  filterInput: z
    .object({
      ids: idsFilter,
      provinceId: objectId.nullish(),
      wardId: objectId.nullish(),
      neighbourhoodId: objectId.nullish(),
      modelId: objectId.nullish(),
      unitId: objectId.nullish(),
      scheduleId: objectId.nullish(),
      kind: z.enum(MEETING_KINDS).nullish(),
      heldFrom: localDate,
      heldTo: localDate,
      q: searchText,
    })
    .transform((f) => ({
      ...commonFilterQuery(f),
      ...(f.modelId ? { modelId: oid(f.modelId) } : {}),
      ...(f.unitId ? { unitId: oid(f.unitId) } : {}),
      ...(f.scheduleId ? { scheduleId: oid(f.scheduleId) } : {}),
      ...(f.kind ? { kind: f.kind } : {}),
      ...(f.heldFrom || f.heldTo ? { heldOn: { ...(f.heldFrom ? { $gte: f.heldFrom } : {}), ...(f.heldTo ? { $lte: f.heldTo } : {}) } } : {}),
    })),
  sortFields: { heldOn: 'heldOn', createdAt: 'createdAt', updatedAt: 'updatedAt' } satisfies Record<MeetingSortField, string>,
  defaultSort: { field: 'heldOn', order: 'DESC' },
  auditOmit: ['search'],
  async toDocument(viewer, input) {
    // The model or unit must be one the caller may read; the meeting takes its place in the hierarchy.
    const owner = await meetingOwner(viewer, input);
    const { modelId: _m, unitId: _u, scheduleId, occurrenceOn, ...fields } = input;
    const doc = {
      place: null,
      chair: null,
      minutes: null,
      ...definedOnly(fields),
      ...owner,
      ...(await scheduleLink(viewer, owner, scheduleId, occurrenceOn, input.heldOn)),
      attendees: input.attendees ?? [],
      decisions: decisionsOf(input.decisions),
      isSample: input.isSample ?? false,
    };
    return { ...doc, search: searchOf(doc) } as Omit<MeetingDoc, '_id' | 'version' | 'createdAt' | 'updatedAt'>;
  },
  async toUpdate(viewer, current, input) {
    const { scheduleId, occurrenceOn, decisions, ...fields } = input;
    const changes = definedOnly(fields) as Partial<MeetingDoc>;
    if (input.isSample === null) delete changes.isSample;
    if (input.attendees === null) changes.attendees = [];
    if (decisions !== undefined) changes.decisions = decisionsOf(decisions);
    if (scheduleId !== undefined || occurrenceOn !== undefined || (input.heldOn && current.scheduleId)) {
      const linked = scheduleId === undefined ? (current.scheduleId ? String(current.scheduleId) : null) : scheduleId;
      // Moving the day (or the schedule) re-reads the nearest scheduled day unless one is given.
      const keepDay = scheduleId === undefined && !input.heldOn ? current.occurrenceOn : null;
      Object.assign(changes, await scheduleLink(viewer, current, linked, occurrenceOn === undefined ? keepDay : occurrenceOn, input.heldOn ?? current.heldOn));
    }
    return { ...changes, search: searchOf({ ...current, ...changes }) };
  },
  async afterDelete(viewer, deleted) {
    // No file outlives its meeting.
    await removeEvidenceOf(viewer, deleted._id, 'Meeting');
  },
});

// A meeting's files: read by whoever reads the meeting, added and removed by whoever may change it.
registerEvidenceOwner<MeetingDoc>({
  type: 'Meeting',
  field: 'meetingId',
  label: 'the meeting',
  get: (viewer, id) => meetings.get(viewer, id),
  requireEditable(viewer, doc) {
    const rule = meetings.def.access.update(viewer);
    if (rule === false || !sift(rule)(doc)) throw forbidden('You may not change the files of this meeting');
  },
});
