import type { Resolvers } from '../generated/graphql';
import type { Area } from '../graphql/area';
import { viewerOf } from '../graphql/context';
import { inView, sortRows } from '../../rules/metrics';
import { dashboard } from './dashboard.service';

const dashboardResolvers: Resolvers = {
  Query: {
    dashboard: (_root, args, ctx) => dashboard(viewerOf(ctx), args),
  },
  Dashboard: {
    // Unit.__resolveType tells the unit's kind from the ancestor fields it stores.
    unit: (d) => d.unit?.doc ?? null,
    // Views and order are rules/metrics', which the console applies to the same rows.
    breakdown: async (d, { view, sort }) =>
      sortRows(
        (await d.rows()).filter((row) => inView(row, view ?? 'ALL')),
        (row) => row.name,
        sort?.field,
        sort?.order ?? 'ASC',
      ),
    breakdownCounts: async (d) => {
      const rows = await d.rows();
      return { all: rows.length, notSubmitted: rows.filter((r) => inView(r, 'NOT_SUBMITTED')).length, overdue: rows.filter((r) => inView(r, 'OVERDUE')).length };
    },
  },
  DashboardRow: {
    // The row carries its unit's document: no second lookup.
    unit: (r) => r.unit,
  },
};

export const dashboardArea: Area = { name: 'dashboard', resolvers: [dashboardResolvers] };
