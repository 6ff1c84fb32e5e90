/**
 * Meetings of a model (seed 001: "họp định kỳ vào ngày 20 hàng tháng"; seed 002: quarterly
 * steering-committee meetings, sơ kết and tổng kết). Scoped like models: officers in scope keep
 * them, a neighbourhood head records the meetings of their own neighbourhood's models, viewers read.
 */
import { z } from 'zod';
import { officersInScope, scopeFilter, type Rule, type Viewer } from '../core/access';
import { Repository } from '../core/repository';
import { searchField } from '../core/text';
import { commonFilterQuery, definedOnly, idsFilter, localDate, objectId, optionalText, searchText, text } from '../core/validation';
import { badInput } from '../errors';
import { models } from '../models/model.service';
import type { MeetingSortField } from '../generated/graphql';
import { MEETING_KINDS, Meeting, type MeetingDoc } from './meeting.model';

const keepers = (viewer: Viewer): Rule => (viewer.role === 'NEIGHBOURHOOD_HEAD' ? scopeFilter(viewer) : officersInScope(viewer));

const day = localDate.unwrap().unwrap();
const Fields = z.object({
  kind: z.enum(MEETING_KINDS),
  heldOn: day,
  place: optionalText(300),
  chair: optionalText(200),
  attendees: z.array(text(200)).max(200, 'at most 200 attendees').nullish(),
  minutes: optionalText(20_000),
  isSample: z.boolean().nullish(),
});
const CreateInput = Fields.extend({ modelId: objectId });
const UpdateInput = Fields.partial();
type Create = z.infer<typeof CreateInput>;
type Update = z.infer<typeof UpdateInput>;

const searchOf = (m: Pick<MeetingDoc, 'place' | 'chair' | 'minutes'>) => searchField(m.place ?? '', m.chair ?? '', m.minutes ?? '');

export const meetings = new Repository<MeetingDoc, Create, Update>({
  entityType: 'Meeting',
  model: Meeting,
  access: { read: scopeFilter, create: keepers, update: keepers, delete: officersInScope },
  createInput: CreateInput,
  updateInput: UpdateInput,
  filterInput: z
    .object({
      ids: idsFilter,
      provinceId: objectId.nullish(),
      wardId: objectId.nullish(),
      neighbourhoodId: objectId.nullish(),
      modelId: objectId.nullish(),
      kind: z.enum(MEETING_KINDS).nullish(),
      heldFrom: localDate,
      heldTo: localDate,
      q: searchText,
    })
    .transform((f) => ({
      ...commonFilterQuery(f),
      ...(f.modelId ? { modelId: f.modelId } : {}),
      ...(f.kind ? { kind: f.kind } : {}),
      ...(f.heldFrom || f.heldTo ? { heldOn: { ...(f.heldFrom ? { $gte: f.heldFrom } : {}), ...(f.heldTo ? { $lte: f.heldTo } : {}) } } : {}),
    })),
  sortFields: { heldOn: 'heldOn', createdAt: 'createdAt', updatedAt: 'updatedAt' } satisfies Record<MeetingSortField, string>,
  defaultSort: { field: 'heldOn', order: 'DESC' },
  auditOmit: ['search'],
  async toDocument(viewer, input) {
    // The model must be one the caller may read; the meeting takes its place in the hierarchy.
    const model = await models.get(viewer, input.modelId).catch(() => null);
    if (!model) throw badInput([{ path: 'input.modelId', message: 'no such model in your scope' }]);
    const doc = {
      place: null,
      chair: null,
      minutes: null,
      ...definedOnly(input),
      modelId: model._id,
      attendees: input.attendees ?? [],
      isSample: input.isSample ?? false,
      provinceId: model.provinceId,
      wardId: model.wardId,
      neighbourhoodId: model.neighbourhoodId,
    };
    return { ...doc, search: searchOf(doc) } as Omit<MeetingDoc, '_id' | 'version' | 'createdAt' | 'updatedAt'>;
  },
  async toUpdate(_viewer, current, input) {
    const changes = definedOnly(input) as Partial<MeetingDoc>;
    if (input.isSample === null) delete changes.isSample;
    if (input.attendees === null) changes.attendees = [];
    return { ...changes, search: searchOf({ ...current, ...changes }) };
  },
});
