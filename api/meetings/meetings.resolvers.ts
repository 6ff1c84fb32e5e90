import type DataLoader from 'dataloader';
import type { ResolverMap } from '../graphql/area';
import type { Resolvers } from '../generated/graphql';
import { childKey } from '../core/repository';
import type { Area } from '../graphql/area';
import type { GraphQLContext } from '../graphql/context';
import { viewerOf } from '../graphql/context';
import { evidenceView, ownerFilesLoader } from '../evidence/evidence.resolvers';
import { models } from '../models/model.service';
import { vietnamDay } from '../../rules/dates';
import type { UnitLevel } from '../core/access';
import type { MeetingScheduleDoc } from './meeting-schedule.model';
import { meetingSchedules } from './meeting-schedule.service';
import type { MeetingDoc } from './meeting.model';
import { meetings } from './meeting.service';
import { defaultSpan, occurrenceLoader, type OccurrenceAsk, type OccurrenceView } from './occurrences';

/** A meeting stored before units were recorded has its model's unit. */
async function unitRef(m: MeetingDoc, ctx: GraphQLContext): Promise<{ unitId: string; unitLevel: UnitLevel } | null> {
  if (m.unitId && m.unitLevel) return { unitId: String(m.unitId), unitLevel: m.unitLevel };
  const model = m.modelId ? await ctx.loaders().byId(models).load(String(m.modelId)) : null;
  return model ? { unitId: String(model.unitId), unitLevel: model.unitLevel } : null;
}

const occurrenceLoaders = new WeakMap<GraphQLContext, DataLoader<OccurrenceAsk, OccurrenceView[], string>>();
function occurrences(ctx: GraphQLContext): DataLoader<OccurrenceAsk, OccurrenceView[], string> {
  let found = occurrenceLoaders.get(ctx);
  if (!found) {
    found = occurrenceLoader(viewerOf(ctx), vietnamDay(new Date()));
    occurrenceLoaders.set(ctx, found);
  }
  return found;
}

const typed: Resolvers = {
  Meeting: {
    model: (m, _args, ctx) => (m.modelId ? ctx.loaders().byId(models).load(String(m.modelId)) : null),
    unitId: async (m, _args, ctx) => (await unitRef(m, ctx))?.unitId ?? '',
    unitLevel: async (m, _args, ctx) => (await unitRef(m, ctx))?.unitLevel ?? 'PROVINCE',
    unit: async (m, _args, ctx) => {
      const ref = await unitRef(m, ctx);
      return ref ? ctx.loaders().unit(ref.unitLevel).load(ref.unitId) : null;
    },
    decisions: (m) => m.decisions ?? [],
    scheduleId: (m) => (m.scheduleId ? String(m.scheduleId) : null),
    occurrenceOn: (m) => m.occurrenceOn ?? null,
    attachments: async (m, _args, ctx) => (await ownerFilesLoader(ctx, 'Meeting').load(String(m._id))).map(evidenceView),
  },
  Model: {
    meetings: (m, args, ctx) => ctx.loaders().childrenOf(meetings, 'modelId').load(childKey(m._id, args)),
  },
};

// MeetingSchedule has no codegen mapper: its resolvers take the stored document.
const schedules: ResolverMap = {
  Meeting: {
    schedule: (m: MeetingDoc, _args: unknown, ctx: GraphQLContext) => (m.scheduleId ? ctx.loaders().byId(meetingSchedules).load(String(m.scheduleId)) : null),
  },
  MeetingSchedule: {
    model: (s: MeetingScheduleDoc, _args: unknown, ctx: GraphQLContext) => (s.modelId ? ctx.loaders().byId(models).load(String(s.modelId)) : null),
    unit: (s: MeetingScheduleDoc, _args: unknown, ctx: GraphQLContext) => ctx.loaders().unit(s.unitLevel).load(String(s.unitId)),
    occurrences: (s: MeetingScheduleDoc, args: { from?: string | null; to?: string | null }, ctx: GraphQLContext) => {
      const span = defaultSpan(vietnamDay(new Date()));
      return occurrences(ctx).load({ schedule: s, from: args.from ?? span.from, to: args.to ?? span.to });
    },
  },
  Model: {
    meetingSchedules: (m: { _id: MeetingDoc['_id'] }, args: Parameters<typeof childKey>[1], ctx: GraphQLContext) =>
      ctx.loaders().childrenOf(meetingSchedules, 'modelId').load(childKey(m._id, args)),
  },
};

export const meetingsArea: Area = { name: 'meetings', resolvers: [typed, schedules], resources: { meetings, meetingSchedules } };
