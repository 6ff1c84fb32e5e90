/** Builds the executable schema from the SDL in schema/ and every area's resolvers. */
import path from 'node:path';
import { loadFilesSync } from '@graphql-tools/load-files';
import { mergeResolvers, mergeTypeDefs } from '@graphql-tools/merge';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { DateTimeResolver, JSONResolver, LocalDateResolver } from 'graphql-scalars';
import { auditResolvers } from '../audit/audit.resolvers';
import { hierarchyResolvers } from '../hierarchy/hierarchy.resolvers';
import { assessmentResolvers } from '../assessments/assessment.resolvers';
import { dashboardResolvers } from '../dashboard/dashboard.resolvers';
import { modelResolvers } from '../models/model.resolvers';
import { programmesResolvers } from '../programmes/programmes.resolvers';
import { usersResolvers } from '../users/users.resolvers';
import { tourismResolvers } from '../tourism/tourism.resolvers';
import { viewerOf } from './context';
import { permissionsOf } from './permissions';

/** schema/ sits at the project root, both for sources (api/graphql) and the build (dist/api/graphql). */
export function schemaDir(): string {
  const fromSource = path.resolve(__dirname, '../../schema');
  return fromSource.includes(`${path.sep}dist${path.sep}`) ? path.resolve(__dirname, '../../../schema') : fromSource;
}

export function buildSchema(): GraphQLSchema {
  const typeDefs = mergeTypeDefs(loadFilesSync(path.join(schemaDir(), '*.graphql')));
  const resolvers = mergeResolvers([
    { DateTime: DateTimeResolver, LocalDate: LocalDateResolver, JSON: JSONResolver, Query: { ping: () => 'pong', permissions: (_root: unknown, _args: unknown, ctx: Parameters<typeof viewerOf>[0]) => permissionsOf(viewerOf(ctx)) } },
    ...hierarchyResolvers,
    ...usersResolvers,
    ...programmesResolvers,
    ...modelResolvers,
    ...assessmentResolvers,
    ...tourismResolvers,
    dashboardResolvers,
    auditResolvers,
  ]);
  return makeExecutableSchema({ typeDefs, resolvers });
}

/**
 * Records come from MongoDB with `_id`; every GraphQL type exposes it as `id`. Doing this once
 * here spares an `id` resolver on every type.
 */
export const fieldResolver: GraphQLFieldResolver<unknown, unknown> = (source, args, context, info) => {
  if (info.fieldName === 'id' && source && typeof source === 'object' && '_id' in source) {
    return String((source as { _id: unknown })._id);
  }
  return defaultFieldResolver(source, args, context, info);
};
