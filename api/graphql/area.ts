/**
 * A domain area of the API (hierarchy, users, programmes, …) as the one registry in api/areas.ts
 * lists it: its own resolvers and the resources it serves through the contract. Schema
 * assembly and permissions iterate the registry; nothing else keeps a list of resources.
 */
import type { Viewer } from '../core/access';
import type { Repository, ResourcePermissions } from '../core/repository';
import { crudResolvers } from './crud';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- inputs are validated by each repository's zod schemas
type AnyRepository = Repository<any, any, any>;
/** A resolver map as graphql-tools merges it (the generated `Resolvers` type, or CRUD resolvers built at run time). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each area's own maps are typed by codegen; the merge takes any shape
export type ResolverMap = Record<string, any>;

export interface Area {
  name: string;
  /** Resolvers beyond the contract's CRUD: relations, workflow steps, the area's own queries. */
  resolvers: readonly ResolverMap[];
  /**
   * The area's resources by their list field ("provinces" → `provinces`, `province`,
   * `createProvince`, `updateProvince`, `deleteProvince`, `Province.access`), each a Repository
   * whose entity type is the GraphQL type's name.
   */
  resources?: Readonly<Record<string, AnyRepository>>;
  /** Permissions of what the area serves without a Repository (the audit log). */
  permissions?(viewer: Viewer): Array<ResourcePermissions & { resource: string }>;
}

const lowerFirst = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

/** The area's resolvers with the contract's CRUD resolvers of each of its resources. */
export function resolversOf(area: Area): ResolverMap[] {
  const crud = Object.entries(area.resources ?? {}).map(([list, repo]) => crudResolvers({ list, one: lowerFirst(repo.entityType), type: repo.entityType }, repo));
  return [...area.resolvers, ...crud];
}

/** What the caller may do with each resource of the areas, as `permissions` answers. */
export function permissionsOfAreas(areas: readonly Area[], viewer: Viewer): Array<ResourcePermissions & { resource: string }> {
  return areas.flatMap((area) => [
    ...Object.entries(area.resources ?? {}).map(([resource, repo]) => ({ resource, ...repo.resourcePermissions(viewer) })),
    ...(area.permissions?.(viewer) ?? []),
  ]);
}
