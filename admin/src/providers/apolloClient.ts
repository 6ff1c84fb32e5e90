/** One Apollo client for the console: every request carries the session's token; nothing is cached between calls. */
import { ApolloClient, HttpLink, InMemoryCache, from } from '@apollo/client';
import { setContext } from '@apollo/client/link/context';
import { readSession } from './session';

const withToken = setContext((_, { headers }) => {
  const session = readSession();
  return { headers: { ...headers, ...(session ? { authorization: `Bearer ${session.token}` } : {}) } };
});

export const apolloClient = new ApolloClient({
  link: from([withToken, new HttpLink({ uri: '/graphql' })]),
  cache: new InMemoryCache(),
  // react-admin keeps its own cache (react-query); Apollo's would only serve stale records.
  defaultOptions: { query: { fetchPolicy: 'no-cache' }, mutate: { fetchPolicy: 'no-cache' }, watchQuery: { fetchPolicy: 'no-cache' } },
});
