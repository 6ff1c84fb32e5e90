/**
 * The signed-in user's own password: the API's `changePassword`. Its refusals, told apart for the
 * form: a wrong current password (UNAUTHENTICATED in the answer), a session the API no longer
 * accepts (the same code, but as HTTP 401 for the token itself), a new password it refuses,
 * too many wrong guesses (RATE_LIMITED, with the seconds to wait) or no connection.
 */
import { gql, type ApolloError } from '@apollo/client';
import type { Mutation, Query } from '../../../rules/contract';
import { apolloClient } from '../providers/apolloClient';
import { detailOf, toHttpError } from '../providers/errors';

const CHANGE_PASSWORD = gql`
  mutation ChangeOwnPassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`;

export type PasswordRefusal =
  | { reason: 'wrong_current' }
  | { reason: 'session_expired' }
  | { reason: 'too_weak'; detail: string }
  | { reason: 'rate_limited'; minutes: number }
  | { reason: 'other'; message: string };

/** Resolves when the password is changed (every token issued before, this session's too, then stops working); otherwise the refusal. */
export async function changeOwnPassword(currentPassword: string, newPassword: string): Promise<PasswordRefusal | null> {
  try {
    const result = await apolloClient.mutate<Pick<Mutation, 'changePassword'>>({ mutation: CHANGE_PASSWORD, variables: { currentPassword, newPassword } });
    return result.data?.changePassword ? null : { reason: 'other', message: 'ra.notification.http_error' };
  } catch (error) {
    return refusalOf(error as ApolloError);
  }
}

function refusalOf(error: ApolloError): PasswordRefusal {
  const network = error.networkError as { statusCode?: number; result?: { errors?: Array<{ extensions?: { retryAfterSeconds?: number } }> } } | null | undefined;
  // The token itself refused (revoked by a password change elsewhere, or expired): HTTP 401 before the mutation ran.
  if (network?.statusCode === 401) return { reason: 'session_expired' };
  const httpError = toHttpError(error);
  const code = (httpError.body as { code?: string } | undefined)?.code;
  switch (code) {
    case 'UNAUTHENTICATED':
      return { reason: 'wrong_current' };
    case 'BAD_USER_INPUT':
      return { reason: 'too_weak', detail: detailOf(httpError) ?? httpError.message };
    case 'RATE_LIMITED': {
      const seconds = error.graphQLErrors?.[0]?.extensions?.retryAfterSeconds ?? network?.result?.errors?.[0]?.extensions?.retryAfterSeconds;
      return { reason: 'rate_limited', minutes: Math.max(1, Math.ceil((typeof seconds === 'number' ? seconds : 60) / 60)) };
    }
    default:
      return { reason: 'other', message: httpError.message };
  }
}

const CALENDAR_FEED = gql`
  query OwnCalendarFeed {
    me { id calendarFeedUrl }
  }
`;
const RENEW_CALENDAR_FEED = gql`
  mutation RenewCalendarFeed {
    renewCalendarFeed
  }
`;
const REVOKE_CALENDAR_FEED = gql`
  mutation RevokeCalendarFeed {
    revokeCalendarFeed
  }
`;

/** The signed-in user's calendar feed URL (null until one is made). */
export const fetchCalendarFeedUrl = async (): Promise<string | null> =>
  (await apolloClient.query<Pick<Query, 'me'>>({ query: CALENDAR_FEED, fetchPolicy: 'network-only' })).data.me?.calendarFeedUrl ?? null;

/** A new secret URL; the previous one stops working. */
export const renewCalendarFeed = async (): Promise<string> =>
  (await apolloClient.mutate<Pick<Mutation, 'renewCalendarFeed'>>({ mutation: RENEW_CALENDAR_FEED })).data?.renewCalendarFeed ?? '';

/** The feed stops working. */
export const revokeCalendarFeed = async (): Promise<boolean> =>
  (await apolloClient.mutate<Pick<Mutation, 'revokeCalendarFeed'>>({ mutation: REVOKE_CALENDAR_FEED })).data?.revokeCalendarFeed ?? false;
