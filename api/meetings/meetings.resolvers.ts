import type { Resolvers } from '../generated/graphql';
import { childKey } from '../core/repository';
import type { Area } from '../graphql/area';
import { models } from '../models/model.service';
import { meetings } from './meeting.service';

const typed: Resolvers = {
  Meeting: {
    model: (m, _args, ctx) => ctx.loaders().byId(models).load(String(m.modelId)),
  },
  Model: {
    meetings: (m, args, ctx) => ctx.loaders().childrenOf(meetings, 'modelId').load(childKey(m._id, args)),
  },
};

export const meetingsArea: Area = { name: 'meetings', resolvers: [typed], resources: { meetings } };
