/** The page's only dependency on the API: a POST to /graphql, errors kept with their code and fields. */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly fields: Array<{ path: string; message: string }>,
  ) {
    super(message);
  }
}

export async function graphql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: T; errors?: Array<{ message: string; extensions?: { code?: string; fields?: Array<{ path: string; message: string }> } }> };
  const [first] = body.errors ?? [];
  if (first) throw new GraphQLRequestError(first.message, first.extensions?.code, first.extensions?.fields ?? []);
  return body.data as T;
}
