import type { Resolvers } from '../generated/graphql';
import type { Area } from '../graphql/area';
import { viewerOf } from '../graphql/context';
import { dashboard } from './dashboard.service';

const dashboardResolvers: Resolvers = {
  Query: {
    dashboard: (_root, args, ctx) => dashboard(viewerOf(ctx), args),
  },
  Dashboard: {
    // Unit.__resolveType tells the unit's kind from the ancestor fields it stores.
    unit: (d) => d.unit.doc,
  },
  DashboardRow: {
    unit: (r, _args, ctx) => ctx.loaders().unit(r.unitLevel).load(r.unitId),
  },
};

export const dashboardArea: Area = { name: 'dashboard', resolvers: [dashboardResolvers] };
