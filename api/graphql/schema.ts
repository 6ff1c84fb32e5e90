/** Builds the executable schema from the SDL in schema/ and the resolvers of every area in api/areas.ts. */
import path from 'node:path';
import { loadFilesSync } from '@graphql-tools/load-files';
import { mergeResolvers, mergeTypeDefs } from '@graphql-tools/merge';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { DateTimeResolver, JSONResolver, LocalDateResolver } from 'graphql-scalars';
import { AREAS } from '../areas';
import { resolversOf } from './area';
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
    ...AREAS.flatMap(resolversOf),
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
