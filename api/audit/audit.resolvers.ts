import type { Resolvers } from '../generated/graphql';
import type { Area } from '../graphql/area';
import { viewerOf } from '../graphql/context';
import { getAuditEntry, listAuditEntries, mayReadAuditLog } from './audit.service';
import { users } from '../users/user.service';

const auditResolvers: Resolvers = {
  Query: {
    auditEntries: (_root, args, ctx) => listAuditEntries(viewerOf(ctx), args.filter, args.page),
    auditEntry: (_root, args, ctx) => getAuditEntry(viewerOf(ctx), args.id),
  },
  AuditEntry: {
    // Scoped like any user lookup: an officer sees null for an account outside their scope.
    user: (e, _args, ctx) => (e.userId ? ctx.loaders().byId(users).load(String(e.userId)) : null),
  },
};

/** The audit log is read through its own service, not a Repository: its permission is stated here. */
export const auditArea: Area = {
  name: 'audit',
  resolvers: [auditResolvers],
  permissions: (viewer) => [{ resource: 'auditEntries', read: mayReadAuditLog(viewer), create: false, update: false, delete: false }],
};
