/**
 * Starts the real API (Express + Apollo) on a random loopback port against a fresh database
 * seeded with a small slice of the country, and talks to it over HTTP the way a client does.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import mongoose from 'mongoose';
import type { CommandStartedEvent } from 'mongodb';
import { loadConfig, type Config } from '../../api/config';
import { connectDatabase, disconnectDatabase, ensureIndexes } from '../../api/db/connection';
import { migrateData } from '../../api/db/migrations';
import type { DatabaseKind } from '../../api/db/database';
import { createApp } from '../../api/server';
import { seedAll } from '../../seed/seed';

/** Provinces of the seed documents plus Đồng Tháp: small, but every role has a scope in it. */
export const FIXTURE_PROVINCES = ['14', '37', '66', '82'];
export const DEMO_PASSWORD = 'demo-password';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: { code?: string; fields?: Array<{ path: string; message: string }> } & Record<string, unknown> }>;
}

/** Commands that are connection housekeeping, not queries. */
const HOUSEKEEPING = new Set(['hello', 'ismaster', 'isMaster', 'ping', 'saslStart', 'saslContinue', 'endSessions', 'buildInfo', 'getParameter', 'killCursors']);

export interface TestApp {
  url: string;
  config: Config;
  /** POST /graphql; `as` is a demo username (logged in once and cached) or a raw token. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, as?: string | { token: string }): Promise<GraphQLResponse<T>>;
  token(username: string, password?: string): Promise<string>;
  /** Counts database commands issued while `fn` runs. */
  countCommands(fn: () => Promise<unknown>): Promise<{ total: number; byName: Record<string, number> }>;
  close(): Promise<void>;
}

/**
 * fixture: the four provinces' units and demo accounts; demo: the same with the seed documents'
 * programmes, models and sample ratings (what the console shows after `make start`).
 */
export async function startTestApp(options: { seed?: 'fixture' | 'demo' | 'national' | 'none' } = {}): Promise<TestApp> {
  const uri = process.env.TEST_MONGODB_URI;
  if (!uri) throw new Error('TEST_MONGODB_URI is not set: run the tests through jest (global setup starts the database)');
  const testFile = (expect.getState().testPath ?? 'test').split('/').pop()?.replace(/\W+/g, '_') ?? 'test';
  const dbName = `t_${testFile}_${Date.now().toString(36)}`.slice(0, 60);
  const config = loadConfig({ NODE_ENV: 'test', JWT_SECRET: 'test-only-secret-0123456789abcdefghij', DATA_DIR: '.test-data' });

  await connectDatabase(uri, dbName);
  await ensureIndexes();
  await migrateData();
  const seed = options.seed ?? 'fixture';
  if (seed === 'fixture') await seedAll(config, { provinceCodes: FIXTURE_PROVINCES, content: false });
  else if (seed === 'demo') await seedAll(config, { provinceCodes: FIXTURE_PROVINCES, content: true });
  else if (seed === 'national') await seedAll(config, {});

  const app = await createApp(config, { kind: (process.env.TEST_DATABASE_KIND ?? 'external') as DatabaseKind });
  const server: Server = await new Promise((resolve) => {
    const s = app.app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const tokens = new Map<string, string>();

  async function post<T>(query: string, variables: Record<string, unknown> | undefined, token: string | undefined): Promise<GraphQLResponse<T>> {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T | null; errors?: GraphQLResponse<T>['errors'] };
    return { status: res.status, data: body.data ?? null, errors: body.errors };
  }

  async function token(username: string, password = DEMO_PASSWORD): Promise<string> {
    const cached = tokens.get(username);
    if (cached && password === DEMO_PASSWORD) return cached;
    const res = await post<{ login: { token: string } }>(
      'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      { u: username, p: password },
      undefined,
    );
    if (!res.data) throw new Error(`login ${username} failed: ${JSON.stringify(res.errors)}`);
    if (password === DEMO_PASSWORD) tokens.set(username, res.data.login.token);
    return res.data.login.token;
  }

  return {
    url,
    config,
    token,
    async gql(query, variables, as) {
      const bearer = typeof as === 'string' ? await token(as) : as?.token;
      return post(query, variables, bearer);
    },
    async countCommands(fn) {
      const byName: Record<string, number> = {};
      const client = mongoose.connection.getClient();
      const listener = (e: CommandStartedEvent) => {
        if (!HOUSEKEEPING.has(e.commandName)) byName[e.commandName] = (byName[e.commandName] ?? 0) + 1;
      };
      client.on('commandStarted', listener);
      try {
        await fn();
      } finally {
        client.off('commandStarted', listener);
      }
      return { total: Object.values(byName).reduce((a, b) => a + b, 0), byName };
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.stop();
      await mongoose.connection.dropDatabase().catch(() => undefined);
      await disconnectDatabase();
    },
  };
}

/** The error code of the first error, for terse assertions. */
export const codeOf = (res: GraphQLResponse<unknown>): string | undefined => res.errors?.[0]?.extensions?.code;

/** Ids of the fixture units the tests talk about, looked up once by the admin. */
export interface FixtureIds {
  sonla: string;
  ninhbinh: string;
  thaonguyen: string;
  /** A ward of Sơn La other than Thảo Nguyên. */
  otherSonlaWard: string;
  yencuong: string;
  tdp32: string;
  /** "Tổ dân phố 1" of Thảo Nguyên (sample data). */
  tdp1: string;
  /** A thôn of Xã Yên Cường. */
  yencuongThon: string;
}

export async function fixtureIds(app: TestApp): Promise<FixtureIds> {
  type Page = { items: Array<{ id: string }> };
  const res = await app.gql<Record<string, Page>>(
    `{ sonla: provinces(filter: { q: "son la" }) { items { id } }
       ninhbinh: provinces(filter: { q: "ninh binh" }) { items { id } }
       thaonguyen: wards(filter: { q: "thao nguyen" }) { items { id } }
       yencuong: wards(filter: { q: "yen cuong" }) { items { id } }
       tdp32: neighbourhoods(filter: { q: "to dan pho 3/2" }) { items { id } }
       tdp1: neighbourhoods(filter: { q: "to dan pho 1" }, sort: { field: "name" }, page: { limit: 1 }) { items { id } } }`,
    {},
    'admin',
  );
  const first = (key: string) => {
    const found = res.data?.[key]?.items[0]?.id;
    if (!found) throw new Error(`fixture has no ${key}: ${JSON.stringify(res.errors)}`);
    return found;
  };
  const ids = { sonla: first('sonla'), ninhbinh: first('ninhbinh'), thaonguyen: first('thaonguyen'), yencuong: first('yencuong'), tdp32: first('tdp32'), tdp1: first('tdp1') };
  const more = await app.gql<{ w: Page; n: Page }>(
    'query($p: ID!, $y: ID!) { w: wards(filter: { provinceId: $p }, page: { limit: 2 }, sort: { field: "code" }) { items { id } } n: neighbourhoods(filter: { wardId: $y }, page: { limit: 1 }) { items { id } } }',
    { p: ids.sonla, y: ids.yencuong },
    'admin',
  );
  const otherSonlaWard = more.data?.w.items.map((w) => w.id).find((w) => w !== ids.thaonguyen);
  const yencuongThon = more.data?.n.items[0]?.id;
  if (!otherSonlaWard || !yencuongThon) throw new Error('fixture lookup failed');
  return { ...ids, otherSonlaWard, yencuongThon };
}
