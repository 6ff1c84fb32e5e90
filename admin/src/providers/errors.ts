/**
 * Turns the API's errors (extensions.code, extensions.fields) into react-admin's HttpError:
 * a status react-admin understands (401 sends the user to the login page), a message key the
 * console translates, and `body.errors` so a form shows each refused field under its input.
 */
import { HttpError } from 'react-admin';

import { ERROR_STATUS, REFUSALS, type ErrorCode, type Refusal } from '../../../rules/errors';

interface GraphQLErrorLike {
  message: string;
  extensions?: { code?: string; reason?: string; refusal?: string; fields?: Array<{ path: string; message: string }> };
}

const isRefusal = (value: unknown): value is Refusal => (REFUSALS as readonly unknown[]).includes(value);

/**
 * The message key of a refusal: each refusal code (rules/errors.ts) has its own sentence in
 * app.errors.refusals.*; a CONFLICT without a code the console knows (an older API) is told by
 * the API's own sentence, unless it is a stale version ("someone saved first").
 */
function conflictMessage(error: GraphQLErrorLike): string {
  const { refusal, reason } = error.extensions ?? {};
  if (isRefusal(refusal)) return `app.errors.refusals.${refusal}`;
  return reason === 'REFUSED' ? error.message : 'app.errors.refusals.STALE_VERSION';
}

/** The refusal code an error carries (a save refused while replaying an offline queue is shown by it). */
export const refusalOf = (error: unknown): Refusal | undefined => {
  const refusal = (error as { body?: { refusal?: unknown } } | null)?.body?.refusal;
  return isRefusal(refusal) ? refusal : undefined;
};

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
  const refusal = isRefusal(first.extensions?.refusal) ? first.extensions.refusal : undefined;
  const key = code === 'CONFLICT' ? conflictMessage(first) : `app.errors.${code}`;
  // A value taken by another record: the input says so in the user's language, not the API's English.
  const fieldMessage = (message: string) => (refusal === 'DUPLICATE' || refusal === 'DUPLICATE_PERIOD' ? 'app.errors.refusals.DUPLICATE_FIELD' : message);
  // With `errors`, a form marks each refused input and notifies root.serverError instead of the message.
  const errors = fields.length ? { ...Object.fromEntries(fields.map((f) => [formPath(f.path), fieldMessage(f.message)])), root: { serverError: key } } : undefined;
  return new HttpError(key, ERROR_STATUS[code], { code, detail: first.message, ...(refusal ? { refusal } : {}), ...(errors ? { errors } : {}) });
}

/** The API's own sentence for an error (English), shown under the translated explanation. */
export const detailOf = (error: unknown): string | undefined => (error as { body?: { detail?: string } } | null)?.body?.detail;

/**
 * True when a call failed for want of a connection (the browser is offline, or the request never
 * got an answer), not because the API refused it: such a save may be kept and sent later.
 */
export function isNetworkFailure(error: unknown): boolean {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return true;
  const e = toHttpError(error);
  return e.status === 0 && e.message === 'app.errors.NETWORK';
}
