/** The page's only dependency on the API: a POST to /graphql, errors kept with their code, fields and retry time. */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly fields: Array<{ path: string; message: string }>,
    /** RATE_LIMITED: seconds until a new attempt is accepted. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
  }
}

interface ErrorBody {
  message: string;
  extensions?: { code?: string; fields?: Array<{ path: string; message: string }>; retryAfterSeconds?: number };
}

export async function graphql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: T; errors?: ErrorBody[] };
  const [first] = body.errors ?? [];
  if (first) throw new GraphQLRequestError(first.message, first.extensions?.code, first.extensions?.fields ?? [], first.extensions?.retryAfterSeconds ?? null);
  return body.data as T;
}

/** Minutes to wait, rounded up, when `error` is a RATE_LIMITED refusal (null otherwise). */
export const retryMinutes = (error: unknown): number | null =>
  error instanceof GraphQLRequestError && error.code === 'RATE_LIMITED' ? Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60)) : null;
