/**
 * One data provider for every resource, built from the contract's naming convention
 * (DESIGN.md §4) and the schema's introspection, generated at build time by graphql-codegen:
 *
 *   react-admin resource "neighbourhoods"  →  type Neighbourhood
 *   getList / getMany / getManyReference   →  neighbourhoods(filter, page, orderBy) { items total }
 *   getOne                                 →  neighbourhood(id)
 *   create / update / delete               →  createNeighbourhood / updateNeighbourhood(…, expectedVersion) / deleteNeighbourhood
 *
 * Selections are derived from the types: every scalar, embedded objects in full, and for a
 * related record (a type with an `id`) its scalar fields. A list's rows (getList,
 * getManyReference) carry only the fields the resource's list uses (ResourceConfig.listFields:
 * the assessments list is 122 KB per 10 whole records, under 10 KB this way); getOne and getMany
 * always get whole records. A row is never taken for a whole record: see createQueryClient.
 * Inputs are pruned to the fields the input type declares; an update sends only what changed,
 * with the version it was based on, so a concurrent save fails with CONFLICT instead of being
 * overwritten.
 */
import buildGraphQLProvider, { type IntrospectionResult } from 'ra-data-graphql';
import {
  CREATE,
  DELETE,
  GET_LIST,
  GET_MANY,
  GET_MANY_REFERENCE,
  GET_ONE,
  UPDATE,
  type DataProvider,
  type DeleteManyParams,
  type GetListParams,
  type RaRecord,
} from 'react-admin';
import {
  parse,
  type IntrospectionField,
  type IntrospectionInputObjectType,
  type IntrospectionInputTypeRef,
  type IntrospectionObjectType,
  type IntrospectionOutputTypeRef,
  type IntrospectionQuery,
  type IntrospectionType,
} from 'graphql';
import { QueryClient, type QueryKey } from '@tanstack/react-query';
import introspection from '../generated/introspection.json';
import { apolloClient } from './apolloClient';
import { toHttpError } from './errors';

const schema = (introspection as unknown as IntrospectionQuery).__schema;
const lcFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
/** Our plural is regular: Neighbourhood → neighbourhoods, AuditEntry → auditEntries. */
const plural = (s: string) => (s.endsWith('y') ? `${s.slice(0, -1)}ies` : `${s}s`);

type TypeRef = IntrospectionOutputTypeRef | IntrospectionInputTypeRef;
function namedType(ref: TypeRef): { kind: string; name: string; list: boolean } {
  let list = false;
  let t: TypeRef = ref;
  while (t.kind === 'NON_NULL' || t.kind === 'LIST') {
    if (t.kind === 'LIST') list = true;
    t = t.ofType as TypeRef;
  }
  return { kind: t.kind, name: (t as { name: string }).name, list };
}

const typesByName = new Map<string, IntrospectionType>(schema.types.map((t) => [t.name, t]));
const fieldsOf = (name: string): readonly IntrospectionField[] => {
  const t = typesByName.get(name);
  return t && (t.kind === 'OBJECT' || t.kind === 'INTERFACE') ? t.fields : [];
};
const hasId = (name: string) => fieldsOf(name).some((f) => f.name === 'id');

/** The record type a resource lists (`wards` → `Ward`): its list query's items, as the contract declares them. */
export function recordTypeOf(resource: string): string | undefined {
  const listQuery = fieldsOf(schema.queryType.name).find((f) => f.name === resource);
  const items = listQuery && fieldsOf(namedType(listQuery.type).name).find((f) => f.name === 'items');
  return items && namedType(items.type).name;
}
/**
 * The fields a resource's list can be sorted by: the values of its `orderBy` enum (e.g.
 * NeighbourhoodSortField), so the console offers exactly the sorts the API serves.
 */
export function sortFieldsOf(resource: string): ReadonlySet<string> {
  const orderBy = fieldsOf(schema.queryType.name).find((f) => f.name === resource)?.args.find((a) => a.name === 'orderBy');
  const input = orderBy && typesByName.get(namedType(orderBy.type).name);
  const field = input?.kind === 'INPUT_OBJECT' ? input.inputFields.find((f) => f.name === 'field') : undefined;
  const values = field && typesByName.get(namedType(field.type).name);
  return new Set(values?.kind === 'ENUM' ? values.enumValues.map((v) => v.name) : []);
}
/** The values of one of the contract's enums, in the schema's order. */
export function enumValuesOf(name: string): string[] {
  const type = typesByName.get(name);
  return type?.kind === 'ENUM' ? type.enumValues.map((v) => v.name) : [];
}
const isLeaf = (kind: string) => kind === 'SCALAR' || kind === 'ENUM';

/** The selection set for a type: see the file comment. Fields that take arguments (child pages) are left to their own queries. */
function selectionOf(typeName: string, related = false): string {
  return fieldsOf(typeName)
    .filter((f) => f.args.length === 0)
    .map((f) => {
      const t = namedType(f.type);
      if (isLeaf(t.kind)) return f.name;
      if (related) return null;
      return `${f.name} { ${selectionOf(t.name, hasId(t.name))} }`;
    })
    .filter((s): s is string => s !== null)
    .join(' ');
}

/**
 * The selection of a list row from the resource's listFields: `status` → status; `programme.name`
 * → programme { id name } (a related record keeps its id); `hostKeeper` (an object) → its whole
 * selection, as selectionOf gives it. The row always has its `id`, `version` and `access` (what
 * the row's buttons and a save from it rely on). A name the type does not have is left out.
 */
const rowSelectionOf = (typeName: string, paths: readonly string[]) => pathsSelection(typeName, ['id', 'version', 'access', ...paths]);

function pathsSelection(typeName: string, paths: readonly string[]): string {
  // 'programme.name' and 'programme.code' become one `programme { … }`; a bare 'programme' wins over its paths.
  const byField = new Map<string, string[] | 'whole'>();
  for (const path of paths) {
    const [head = '', ...rest] = path.split('.');
    const known = byField.get(head);
    if (!rest.length) byField.set(head, 'whole');
    else if (known !== 'whole') byField.set(head, [...(known ?? []), rest.join('.')]);
  }
  return [...byField]
    .map(([name, sub]) => {
      const field = fieldsOf(typeName).find((f) => f.name === name && f.args.length === 0);
      if (!field) return null;
      const t = namedType(field.type);
      if (isLeaf(t.kind)) return name;
      if (sub === 'whole') return `${name} { ${selectionOf(t.name, hasId(t.name))} }`;
      return `${name} { ${hasId(t.name) && !sub.includes('id') ? 'id ' : ''}${pathsSelection(t.name, sub)} }`;
    })
    .filter((x): x is string => x !== null)
    .join(' ');
}

/**
 * Whether `value` holds every field of the whole-record selection of `typeName` (selectionOf's):
 * what getOne returns does, a list row (fewer fields, or a related record with only its name)
 * does not.
 */
function holdsWholeSelection(value: unknown, typeName: string, related = false): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) return value.every((item) => holdsWholeSelection(item, typeName, related));
  const record = value as Record<string, unknown>;
  return fieldsOf(typeName)
    .filter((f) => f.args.length === 0)
    .every((f) => {
      const t = namedType(f.type);
      if (isLeaf(t.kind)) return f.name in record;
      if (related) return true;
      return f.name in record && holdsWholeSelection(record[f.name], t.name, hasId(t.name));
    });
}

/** Whether a record of `resource` is whole (as getOne returns it), not a list row. */
export function isWholeRecord(resource: string, record: unknown): boolean {
  const typeName = recordTypeOf(resource);
  return !typeName || holdsWholeSelection(record, typeName);
}

/** Keeps only what the input type declares (recursively); an emptied text input becomes null. */
function toInput(value: unknown, typeName: string): unknown {
  if (value === undefined) return undefined;
  if (value === '') return null;
  if (Array.isArray(value)) return value.map((v) => toInput(v, typeName));
  const type = typesByName.get(typeName);
  if (!type || type.kind !== 'INPUT_OBJECT' || value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const field of (type as IntrospectionInputObjectType).inputFields) {
    const v = (value as Record<string, unknown>)[field.name];
    if (v !== undefined) out[field.name] = toInput(v, namedType(field.type).name);
  }
  return out;
}

const argType = (field: IntrospectionField, arg: string) => field.args.find((a) => a.name === arg);
const typeString = (ref: TypeRef): string =>
  ref.kind === 'NON_NULL' ? `${typeString(ref.ofType as TypeRef)}!` : ref.kind === 'LIST' ? `[${typeString(ref.ofType as TypeRef)}]` : (ref as { name: string }).name;

/** A filter holds only the keys the list's filter input declares, without empty values. */
function toFilter(filter: Record<string, unknown> | undefined, listQuery: IntrospectionField): Record<string, unknown> | undefined {
  const arg = argType(listQuery, 'filter');
  if (!arg || !filter) return undefined;
  const cleaned = toInput(
    Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== '' && v !== null && v !== undefined)),
    namedType(arg.type).name,
  ) as Record<string, unknown>;
  return Object.keys(cleaned).length ? cleaned : undefined;
}

interface Resource {
  type: IntrospectionObjectType;
  [fetchType: string]: IntrospectionField | IntrospectionObjectType;
}

/** Per resource, the fields its list rows carry (ResourceConfig.listFields); a resource without them lists whole records. */
export type ListFields = Readonly<Record<string, readonly string[] | undefined>>;

const buildQuery = (listFields: ListFields) => (introspectionResults: IntrospectionResult) => (fetchType: string, resourceName: string, params: Record<string, unknown>) => {
  const resource = (introspectionResults.resources as unknown as Resource[]).find((r) => (r[GET_LIST] as IntrospectionField | undefined)?.name === resourceName);
  if (!resource) throw new Error(`Unknown resource ${resourceName}`);
  const typeName = resource.type.name;
  const fields = selectionOf(typeName);
  const rowPaths = listFields[resourceName];
  const rowFields = rowPaths ? rowSelectionOf(typeName, rowPaths) : fields;
  const listQuery = resource[GET_LIST] as IntrospectionField;

  const list = (selection: string, filter: Record<string, unknown> | undefined, pagination?: GetListParams['pagination'], sort?: GetListParams['sort']) => {
    const variables: Record<string, unknown> = { filter: toFilter(filter, listQuery) };
    if (pagination) variables.page = { offset: (pagination.page - 1) * pagination.perPage, limit: pagination.perPage };
    // A field the API cannot sort by (a stale URL, a column of a related record) falls back to the list's default order.
    if (sort?.field && sortFieldsOf(listQuery.name).has(sort.field)) variables.orderBy = { field: sort.field, order: sort.order === 'DESC' ? 'DESC' : 'ASC' };
    const declared = listQuery.args.filter((a) => variables[a.name] !== undefined);
    const defs = declared.map((a) => `$${a.name}: ${typeString(a.type)}`).join(', ');
    const args = declared.map((a) => `${a.name}: $${a.name}`).join(', ');
    return {
      query: parse(`query ${listQuery.name}${defs ? `(${defs})` : ''} { data: ${listQuery.name}${args ? `(${args})` : ''} { items { ${selection} } total } }`),
      variables,
      parseResponse: ({ data }: { data: { data: { items: RaRecord[]; total: number } } }) => ({ data: data.data.items, total: data.data.total }),
    };
  };

  const mutationOf = (kind: string) => {
    const m = resource[kind] as IntrospectionField | undefined;
    if (!m) throw new Error(`${resourceName} cannot be changed through the console`);
    return m;
  };

  switch (fetchType) {
    case GET_LIST: {
      const p = params as unknown as GetListParams;
      return list(rowFields, p.filter, p.pagination, p.sort);
    }
    case GET_MANY: {
      // The records a ReferenceField shows: few, and whole, so they can stand in for getOne.
      const ids = params.ids as string[];
      return list(fields, { ids }, { page: 1, perPage: Math.max(ids.length, 1) });
    }
    case GET_MANY_REFERENCE: {
      // A show page's table of children (a ward's neighbourhoods): rows, like the list's.
      const p = params as unknown as GetListParams & { target: string; id: string };
      return list(rowFields, { ...p.filter, [p.target]: p.id }, p.pagination, p.sort);
    }
    case GET_ONE: {
      const one = resource[GET_ONE] as IntrospectionField;
      return {
        query: parse(`query ${one.name}($id: ID!) { data: ${one.name}(id: $id) { ${fields} } }`),
        variables: { id: params.id },
        parseResponse: ({ data }: { data: { data: RaRecord } }) => ({ data: data.data }),
      };
    }
    case CREATE: {
      const m = mutationOf(CREATE);
      const inputType = namedType((argType(m, 'input') as { type: TypeRef }).type).name;
      return {
        query: parse(`mutation ${m.name}($input: ${inputType}!) { data: ${m.name}(input: $input) { ${fields} } }`),
        variables: { input: toInput(params.data, inputType) },
        parseResponse: ({ data }: { data: { data: RaRecord } }) => ({ data: data.data }),
      };
    }
    case UPDATE: {
      const m = mutationOf(UPDATE);
      const inputType = namedType((argType(m, 'input') as { type: TypeRef }).type).name;
      const next = (toInput(params.data, inputType) ?? {}) as Record<string, unknown>;
      const before = (toInput(params.previousData ?? {}, inputType) ?? {}) as Record<string, unknown>;
      // Only what the user changed: fields they may not touch (a head's code or parent) stay out of the request.
      const changed = Object.fromEntries(Object.entries(next).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(before[k])));
      const previous = (params.previousData ?? params.data) as { version?: number };
      return {
        query: parse(`mutation ${m.name}($id: ID!, $input: ${inputType}!, $expectedVersion: Int) { data: ${m.name}(id: $id, input: $input, expectedVersion: $expectedVersion) { ${fields} } }`),
        variables: { id: params.id, input: changed, expectedVersion: previous.version },
        parseResponse: ({ data }: { data: { data: RaRecord } }) => ({ data: data.data }),
      };
    }
    case DELETE: {
      const m = mutationOf(DELETE);
      return {
        query: parse(`mutation ${m.name}($id: ID!) { data: ${m.name}(id: $id) }`),
        variables: { id: params.id },
        parseResponse: ({ data }: { data: { data: string } }) => ({ data: (params.previousData as RaRecord | undefined) ?? { id: data.data } }),
      };
    }
    default:
      throw new Error(`${fetchType} is not part of the contract`);
  }
};

/** Every call's errors become react-admin HttpErrors carrying the API's code (see errors.ts). */
function withApiErrors<T extends object>(provider: T): T {
  return new Proxy(provider, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        try {
          const result = (value as (...a: unknown[]) => unknown).apply(target, args);
          return result instanceof Promise ? result.catch((e: unknown) => Promise.reject(toHttpError(e))) : result;
        } catch (e) {
          return Promise.reject(toHttpError(e));
        }
      };
    },
  });
}

/** The console's one data provider; `listFields` comes from the resources' registry (ResourceConfig.listFields). */
export function createDataProvider(listFields: ListFields): DataProvider {
  const graphQLProvider = buildGraphQLProvider({
    client: apolloClient,
    buildQuery: buildQuery(listFields),
    introspection: {
      schema: schema as unknown as IntrospectionQuery['__schema'],
      operationNames: {
        [GET_LIST]: (t: { name: string }) => lcFirst(plural(t.name)),
        [GET_ONE]: (t: { name: string }) => lcFirst(t.name),
        [GET_MANY]: (t: { name: string }) => lcFirst(plural(t.name)),
        [GET_MANY_REFERENCE]: (t: { name: string }) => lcFirst(plural(t.name)),
        [CREATE]: (t: { name: string }) => `create${t.name}`,
        [UPDATE]: (t: { name: string }) => `update${t.name}`,
        [DELETE]: (t: { name: string }) => `delete${t.name}`,
      },
      // `dashboard(unitId, year)` looks like a getOne by name but is not a resource.
      exclude: ['Dashboard'],
    },
    // Apollo's cache would only hold records react-admin already caches (and serve them stale).
    query: () => ({ fetchPolicy: 'no-cache' as const }),
  });

  /** The contract has no bulk mutations: one delete per record, stopping at the first refusal so nothing is half-reported. */
  async function deleteMany(resource: string, params: DeleteManyParams) {
    const deleted: RaRecord['id'][] = [];
    for (const id of params.ids) {
      await graphQLProvider.delete(resource, { id });
      deleted.push(id);
    }
    return { data: deleted };
  }

  return withApiErrors({
    ...(graphQLProvider as unknown as DataProvider),
    deleteMany,
    updateMany: () => Promise.reject(new Error('Bulk updates are not part of the contract')),
  }) as DataProvider;
}

/**
 * react-admin's query cache, which never takes a list row for a whole record. react-admin copies
 * every row a list fetched into its getOne cache, so that a show or edit page opened from the list
 * paints at once; with rows that carry only the list's fields (listFields), that page would render,
 * and an edit form would be filled in, from an incomplete record until getOne answers. Rows are
 * kept out of the getOne cache (whole records from getOne, getMany and saves still go in); such a
 * page waits for its own fetch.
 */
export function createQueryClient(): QueryClient {
  const client = new QueryClient();
  const setQueryData = client.setQueryData.bind(client);
  const isGetOne = (key: QueryKey): key is [string, 'getOne', ...unknown[]] => typeof key[0] === 'string' && key[1] === 'getOne';
  client.setQueryData = ((key: QueryKey, updater: unknown, options?: Parameters<typeof setQueryData>[2]) => {
    if (!isGetOne(key)) return setQueryData(key, updater, options);
    const current = client.getQueryData(key);
    const next = typeof updater === 'function' ? (updater as (old: unknown) => unknown)(current) : updater;
    if (next !== undefined && !isWholeRecord(key[0], next)) return current;
    return setQueryData(key, next, options);
  }) as typeof client.setQueryData;
  return client;
}
