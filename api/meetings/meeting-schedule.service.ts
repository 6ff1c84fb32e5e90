/**
 * Meeting schedules (lịch họp) of a model or of a unit's steering committee, scoped and kept like
 * meetings: officers in scope keep them, a neighbourhood head keeps their own neighbourhood's,
 * viewers read. A schedule with meetings recorded against it is not deleted (set endsOn).
 */
import { z } from 'zod';
import { scopeFilter, type Viewer } from '../core/access';
import { Repository } from '../core/repository';
import { searchField } from '../core/text';
import { commonFilterQuery, definedOnly, idsFilter, localDate, objectId, oid, optionalText, searchText } from '../core/validation';
import { badInput, conflict } from '../errors';
import type { MeetingScheduleDoc } from './meeting-schedule.model';
import { MEETING_RECURRENCES, MeetingSchedule } from './meeting-schedule.model';
import { MEETING_KINDS, Meeting } from './meeting.model';
import { meetingKeepers, meetingRemovers } from './access';
import { meetingOwner } from './owner';
import { MINUTES_GRACE_DAYS } from '../../rules/meeting-schedules';

const day = localDate.unwrap().unwrap();
const whole = (min: number, max: number) => z.number().int('must be a whole number').min(min, `must be ${min} or more`).max(max, `must be at most ${max}`);
const Fields = z.object({
  kind: z.enum(MEETING_KINDS),
  recurrence: z.enum(MEETING_RECURRENCES),
  dayOfMonth: whole(1, 31),
  month: whole(1, 12).nullish(),
  startsOn: day,
  endsOn: localDate,
  minutesGraceDays: whole(0, 90).nullish(),
  note: optionalText(2000),
  isSample: z.boolean().nullish(),
});
const endsAfterStart = (v: { startsOn?: string | null; endsOn?: string | null }) => !v.startsOn || !v.endsOn || v.endsOn >= v.startsOn;
const ENDS_BEFORE = { path: ['endsOn'], message: 'must be on or after startsOn' };
const CreateInput = Fields.extend({ modelId: objectId.nullish(), unitId: objectId.nullish() }).refine(endsAfterStart, ENDS_BEFORE);
const UpdateInput = Fields.partial().refine(endsAfterStart, ENDS_BEFORE);
type Create = z.infer<typeof CreateInput>;
type Update = z.infer<typeof UpdateInput>;

export const meetingSchedules = new Repository<MeetingScheduleDoc, Create, Update>({
  entityType: 'MeetingSchedule',
  model: MeetingSchedule,
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
      kind: z.enum(MEETING_KINDS).nullish(),
      recurrence: z.enum(MEETING_RECURRENCES).nullish(),
      q: searchText,
    })
    .transform((f) => ({
      ...commonFilterQuery(f),
      ...(f.modelId ? { modelId: oid(f.modelId) } : {}),
      ...(f.unitId ? { unitId: oid(f.unitId) } : {}),
      ...(f.kind ? { kind: f.kind } : {}),
      ...(f.recurrence ? { recurrence: f.recurrence } : {}),
    })),
  sortFields: { startsOn: 'startsOn', createdAt: 'createdAt', updatedAt: 'updatedAt' },
  defaultSort: { field: 'startsOn', order: 'ASC' },
  auditOmit: ['search'],
  async toDocument(viewer: Viewer, input) {
    const owner = await meetingOwner(viewer, input);
    const { modelId: _m, unitId: _u, ...fields } = input;
    return {
      month: null,
      endsOn: null,
      note: null,
      ...definedOnly(fields),
      ...owner,
      minutesGraceDays: input.minutesGraceDays ?? MINUTES_GRACE_DAYS,
      isSample: input.isSample ?? false,
      search: searchField(input.note ?? ''),
    } as Omit<MeetingScheduleDoc, '_id' | 'version' | 'createdAt' | 'updatedAt'>;
  },
  async toUpdate(_viewer, current, input) {
    const changes = definedOnly(input) as Partial<MeetingScheduleDoc>;
    if (input.isSample === null) delete changes.isSample;
    if (input.minutesGraceDays === null) changes.minutesGraceDays = MINUTES_GRACE_DAYS;
    const next = { ...current, ...changes };
    if (next.endsOn && next.endsOn < next.startsOn) throw badInput([{ path: 'input.endsOn', message: 'must be on or after startsOn' }]);
    return { ...changes, search: searchField(next.note ?? '') };
  },
  async beforeDelete(_viewer, doc) {
    const used = await Meeting.countDocuments({ scheduleId: doc._id });
    if (used) throw conflict(`${used} meeting(s) are recorded against this schedule; set its end date (endsOn) instead`, 'HAS_DEPENDENTS');
  },
});
