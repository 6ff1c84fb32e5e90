import type { Resolvers } from '../generated/graphql';
import { childKey } from '../core/repository';
import type { Area } from '../graphql/area';
import { viewerOf } from '../graphql/context';
import { establishments } from './establishment.service';
import { hotspots, mapSettings } from './hotspots';
import { publicUnit, publicUnits } from './public-units';
import { reports, reportStatus, seesContact, submitReport, triageReport } from './report.service';
import { assessments } from '../assessments/assessment.service';
import { neighbourhoods, wards } from '../hierarchy/hierarchy.service';
import { users } from '../users/user.service';

const typed: Resolvers = {
  Establishment: {
    neighbourhood: (e, _args, ctx) => ctx.loaders().byId(neighbourhoods).load(String(e.neighbourhoodId)),
    ward: (e, _args, ctx) => ctx.loaders().byId(wards).load(String(e.wardId)),
    ratings: async (e, _args, ctx) =>
      (await ctx.loaders().childrenOf(assessments, 'subjectId').load(childKey(e._id, { page: { limit: 200 }, sort: { field: 'year', order: 'DESC' } }))).items,
    reports: (e, args, ctx) => ctx.loaders().childrenOf(reports, 'establishmentId').load(childKey(e._id, args)),
  },
  Neighbourhood: {
    establishments: (n, args, ctx) => ctx.loaders().childrenOf(establishments, 'neighbourhoodId').load(childKey(n._id, args)),
  },
  Report: {
    unit: (r, _args, ctx) => ctx.loaders().unit(r.unitLevel).load(String(r.unitId)),
    establishment: (r, _args, ctx) => (r.establishmentId ? ctx.loaders().byId(establishments).load(String(r.establishmentId)) : null),
    assignee: (r, _args, ctx) => (r.assigneeId ? ctx.loaders().byId(users).load(String(r.assigneeId)) : null),
    contact: (r, _args, ctx) => (seesContact(viewerOf(ctx), r) ? r.contact : null),
    overdue: (r) => r.status === 'RECEIVED' && r.dueAt.getTime() < Date.now(),
    responseMinutes: (r) => (r.respondedAt ? Math.round((r.respondedAt.getTime() - r.createdAt.getTime()) / 60_000) : null),
  },
  ReportStep: {
    by: (s, _args, ctx) => ctx.loaders().byId(users).load(String(s.by)),
  },
  Query: {
    reportStatus: (_root, args) => reportStatus(args.code),
    publicUnits: (_root, args) => publicUnits(args),
    publicUnit: (_root, args) => publicUnit(args.id),
    hotspots: (_root, args, ctx) => hotspots(viewerOf(ctx), args.filter),
    mapSettings: () => mapSettings(),
  },
  Mutation: {
    submitReport: (_root, args, ctx) => submitReport(ctx.ip, args.input),
    triageReport: (_root, args, ctx) => triageReport(viewerOf(ctx), args.id, args.input, args.expectedVersion),
  },
};

export const tourismArea: Area = { name: 'tourism', resolvers: [typed], resources: { establishments, reports } };
