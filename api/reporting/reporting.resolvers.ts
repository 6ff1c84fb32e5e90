import type { Resolvers } from '../generated/graphql';
import type { Area } from '../graphql/area';
import { viewerOf } from '../graphql/context';
import { users } from '../users/user.service';
import { consolidatedOf } from './consolidate';
import { dashboardFunding } from './funding';
import { allowedReportActions, periodReports, reportCompleteness, reportData, transitionPeriodReport } from './period-report.service';

const typed: Resolvers = {
  PeriodReport: {
    unit: (r, _args, ctx) => ctx.loaders().unit(r.unitLevel).load(String(r.unitId)),
    data: (r) => reportData(r),
    consolidated: (r) => consolidatedOf(r),
    allowedActions: (r, _args, ctx) => allowedReportActions(viewerOf(ctx), r),
  },
  PeriodReportData: {
    targets: (d) => d.targets ?? [],
    funding: (d) => d.funding ?? null,
  },
  ReportTarget: {
    modelName: (t) => t.modelName ?? null,
  },
  Dashboard: {
    // The dashboard's unit and year, within the caller's scope: one aggregation.
    funding: (d, _args, ctx) => dashboardFunding(viewerOf(ctx), d),
  },
  PeriodReportStep: {
    by: (s, _args, ctx) => ctx.loaders().byId(users).load(String(s.by)),
  },
  ReportCompleteness: {
    // Unit.__resolveType tells the unit's kind from the ancestor fields it stores.
    unit: (c) => c.unit.doc,
  },
  CompletenessRow: {
    unit: (r) => r.unit.doc,
  },
  Query: {
    reportCompleteness: (_root, args, ctx) => reportCompleteness(viewerOf(ctx), args),
  },
  Mutation: {
    transitionPeriodReport: (_root, args, ctx) => transitionPeriodReport(viewerOf(ctx), args.id, { action: args.action, note: args.note }, args.expectedVersion),
  },
};

export const reportingArea: Area = { name: 'reporting', resolvers: [typed], resources: { periodReports } };
