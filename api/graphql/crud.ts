/**
 * The contract's resolvers for one resource X (docs/contract.md): `xs`, `x`, `createX`, `updateX`,
 * `deleteX` and `X.access`, all delegating to its Repository, which applies scope, validation, versioning and audit.
 */
import type { BaseDoc, Repository } from '../core/repository';
import { orderOf, type OrderArgs, type PageArgs } from '../core/paging';
import { viewerOf, type GraphQLContext } from './context';

interface ListArgs extends OrderArgs {
  filter?: unknown;
  page?: PageArgs | null;
}

export function crudResolvers<TDoc extends BaseDoc>(
  names: { list: string; one: string; type: string },
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- inputs are validated by the repository's zod schemas
  repo: Repository<TDoc, any, any>,
) {
  return {
    [names.type]: {
      access: (doc: TDoc, _: unknown, ctx: GraphQLContext) => repo.permissions(viewerOf(ctx), doc),
    },
    Query: {
      [names.list]: (_: unknown, args: ListArgs, ctx: GraphQLContext) => repo.list(viewerOf(ctx), args.filter, args.page, orderOf(args)),
      [names.one]: (_: unknown, args: { id: string }, ctx: GraphQLContext) => repo.get(viewerOf(ctx), args.id),
    },
    Mutation: {
      [`create${names.type}`]: (_: unknown, args: { input: unknown }, ctx: GraphQLContext) => repo.create(viewerOf(ctx), args.input),
      [`update${names.type}`]: (_: unknown, args: { id: string; input: unknown; expectedVersion?: number | null }, ctx: GraphQLContext) =>
        repo.update(viewerOf(ctx), args.id, args.input, args.expectedVersion),
      [`delete${names.type}`]: (_: unknown, args: { id: string }, ctx: GraphQLContext) => repo.delete(viewerOf(ctx), args.id),
    },
  };
}
