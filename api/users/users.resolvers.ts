import type { Resolvers } from '../generated/graphql';
import { crudResolvers } from '../graphql/crud';
import { viewerOf } from '../graphql/context';
import { login } from './auth';
import { changeOwnPassword, users } from './user.service';

const typed: Resolvers = {
  Query: {
    me: (_root, _args, ctx) => ctx.user,
  },
  Mutation: {
    login: (_root, args, ctx) => login(args.username, args.password, ctx.config),
    changePassword: (_root, args, ctx) => changeOwnPassword(viewerOf(ctx), args),
  },
  User: {
    scope: (u, _args, ctx) => {
      if (!u.scopeUnitId || !u.scopeLevel) return null;
      const loaders = ctx.loaders();
      const loader = { PROVINCE: loaders.province, WARD: loaders.ward, NEIGHBOURHOOD: loaders.neighbourhood }[u.scopeLevel];
      return loader.load(String(u.scopeUnitId));
    },
  },
};

export const usersResolvers = [typed, crudResolvers({ list: 'users', one: 'user', type: 'User' }, users)];
