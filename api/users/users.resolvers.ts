import type { Resolvers } from '../generated/graphql';
import type { Area } from '../graphql/area';
import { viewerOf } from '../graphql/context';
import { login, viewerForUser } from './auth';
import { changeOwnPassword, users } from './user.service';

const typed: Resolvers = {
  Query: {
    me: (_root, _args, ctx) => ctx.user,
  },
  Mutation: {
    login: async (_root, args, ctx) => {
      const result = await login(args.username, args.password, ctx.config, ctx.ip);
      ctx.signIn({ viewer: viewerForUser(result.user), user: result.user });
      return result;
    },
    changePassword: (_root, args, ctx) => changeOwnPassword(viewerOf(ctx), args),
  },
  User: {
    scope: (u, _args, ctx) => {
      if (!u.scopeUnitId || !u.scopeLevel) return null;
      return ctx.loaders().unit(u.scopeLevel).load(String(u.scopeUnitId));
    },
  },
};

export const usersArea: Area = { name: 'users', resolvers: [typed], resources: { users } };
