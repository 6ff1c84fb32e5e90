/** Due dates, each user's to-do list and calendar feed. */
import type { AssessmentDoc } from '../assessments/assessment.model';
import type { Resolvers } from '../generated/graphql';
import type { GraphQLContext } from '../graphql/context';
import type { Area } from '../graphql/area';
import { viewerOf } from '../graphql/context';
import { programmes } from '../programmes/programme.service';
import { assessmentDue, modelDue, stepDueState } from '../../rules/deadlines';
import { calendarFeedUrl, renewCalendarFeed, revokeCalendarFeed } from './calendar.service';
import { todosFor } from './todos.service';

/** An assessment's due date from its programme's deadlines (one batched programme load per request). */
async function dueOf(a: AssessmentDoc, ctx: GraphQLContext) {
  const programme = await ctx.loaders().byId(programmes).load(String(a.programmeId));
  return assessmentDue(programme?.deadlines ?? [], a, new Date());
}

const typed: Resolvers = {
  Assessment: {
    dueAt: async (a, _args, ctx) => (await dueOf(a, ctx)).dueAt,
    dueState: async (a, _args, ctx) => (await dueOf(a, ctx)).dueState,
  },
  RolloutStep: {
    doneOn: (s) => s.doneOn ?? null,
    dueState: (s) => stepDueState(s, new Date()),
  },
  Model: {
    dueState: (m) => modelDue(m.steps ?? [], new Date()).dueState,
    nextDueOn: (m) => modelDue(m.steps ?? [], new Date()).nextDueOn,
  },
  User: {
    // The caller's own feed only: nobody else's URL is ever served.
    calendarFeedUrl: (u, _args, ctx) => (ctx.viewer && String(ctx.viewer.userId) === String(u._id) ? calendarFeedUrl(ctx.config, u._id) : null),
  },
  Query: {
    todos: (_root, _args, ctx) => todosFor(viewerOf(ctx), ctx.loaders()),
  },
  Mutation: {
    renewCalendarFeed: (_root, _args, ctx) => renewCalendarFeed(viewerOf(ctx), ctx.config),
    revokeCalendarFeed: (_root, _args, ctx) => revokeCalendarFeed(viewerOf(ctx)),
  },
};

export const deadlinesArea: Area = { name: 'deadlines', resolvers: [typed] };
