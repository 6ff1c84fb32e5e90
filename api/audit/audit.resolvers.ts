import type { Resolvers } from '../generated/graphql';
import { viewerOf } from '../graphql/context';
import { getAuditEntry, listAuditEntries } from './audit.service';

export const auditResolvers: Resolvers = {
  Query: {
    auditEntries: (_root, args, ctx) => listAuditEntries(viewerOf(ctx), args.filter, args.page),
    auditEntry: (_root, args, ctx) => getAuditEntry(viewerOf(ctx), args.id),
  },
  AuditEntry: {
    // Scoped like any user lookup: an officer sees null for an account outside their scope.
    user: (e, _args, ctx) => (e.userId ? ctx.loaders().user.load(String(e.userId)) : null),
  },
};
