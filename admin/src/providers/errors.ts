/**
 * Turns the API's errors (extensions.code, extensions.fields) into react-admin's HttpError:
 * a status react-admin understands (401 sends the user to the login page), a message key the
 * console translates, and `body.errors` so a form shows each refused field under its input.
 */
import { HttpError } from 'react-admin';

import { ERROR_STATUS, type ErrorCode } from '../../../rules/errors';

interface GraphQLErrorLike {
  message: string;
  extensions?: { code?: string; reason?: string; fields?: Array<{ path: string; message: string }> };
}

/** The GraphQL errors inside whatever Apollo or ra-data-graphql threw. */
function graphQLErrorsOf(error: unknown): GraphQLErrorLike[] {
  const e = error as {
    body?: unknown;
    graphQLErrors?: GraphQLErrorLike[];
    networkError?: { result?: { errors?: GraphQLErrorLike[] } };
    result?: { errors?: GraphQLErrorLike[] };
  } | null;
  if (!e) return [];
  if (e.graphQLErrors?.length) return e.graphQLErrors;
  if (e.networkError?.result?.errors?.length) return e.networkError.result.errors;
  // An HTTP 4xx answer (a value the schema's own types refuse) arrives as Apollo's ServerError.
  if (e.result?.errors?.length) return e.result.errors;
  if (e.body && e.body !== error) return graphQLErrorsOf(e.body);
  return [];
}

/** `input.results.0.score` → `results.0.score`: the form's own field names. */
const formPath = (path: string) => path.replace(/^(input|filter)\./, '');

export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError && (error.body as { code?: string } | undefined)?.code) return error;
  const [first] = graphQLErrorsOf(error);
  const code = first?.extensions?.code as ErrorCode | undefined;
  if (!first || !code || !(code in ERROR_STATUS)) {
    const message = error instanceof Error ? error.message : String(error);
    return new HttpError(/fetch|network/i.test(message) ? 'app.errors.NETWORK' : message, 0, { code: 'NETWORK', detail: message });
  }
  const fields = first.extensions?.fields ?? [];
  // With `errors`, a form marks each refused input and notifies root.serverError instead of the message.
  const errors = fields.length
    ? { ...Object.fromEntries(fields.map((f) => [formPath(f.path), f.message])), root: { serverError: `app.errors.${code}` } }
    : undefined;
  // A CONFLICT that is not a stale version (a delete refused because records still refer to it, a
  // state that forbids the step) is explained by the API's own sentence, not "someone saved first".
  // (Shown as the API words it until the API sends codes with parameters the console translates.)
  const key = code === 'CONFLICT' && first.extensions?.reason === 'REFUSED' ? first.message : `app.errors.${code}`;
  return new HttpError(key, ERROR_STATUS[code], { code, detail: first.message, ...(errors ? { errors: { ...errors, root: { serverError: key } } } : {}) });
}

/** The API's own sentence for an error (English), shown under the translated explanation. */
export const detailOf = (error: unknown): string | undefined => (error as { body?: { detail?: string } } | null)?.body?.detail;
