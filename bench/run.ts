/**
 * `npx tsx bench/run.ts`: latency and database round trips of representative GraphQL requests
 * at national scale (~100k neighbourhoods), over real HTTP on loopback.
 *
 * Environment: MONGODB_URI (otherwise the embedded database, in BENCH_DATA_DIR, default
 * .data/bench, so dev data is untouched), BENCH_PER_WARD (synthetic neighbourhoods per ward,
 * default 30), BENCH_WARD_LIMIT (only the first N wards by code), BENCH_ITERATIONS (default 50),
 * BENCH_ROW_BUDGET_S (a row stops early after this many seconds, default 60; 0 = never).
 * Synthetic data only ever grows: to benchmark a smaller size, use a fresh BENCH_DATA_DIR.
 * Every request runs sequentially, so the command count of one request is exact.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import path from 'node:path';
import mongoose from 'mongoose';
import { loadConfig } from '../api/config';
import { connectDatabase, disconnectDatabase, ensureIndexes } from '../api/db/connection';
import { startDatabase, type StartedDatabase } from '../api/db/database';
import { PROJECT_ROOT } from '../api/db/ferretdb';
import { Neighbourhood } from '../api/hierarchy/neighbourhood.model';
import { Province } from '../api/hierarchy/province.model';
import { Ward } from '../api/hierarchy/ward.model';
import { createApp, type App } from '../api/server';
import { seedAll } from '../seed/seed';
import { generateSyntheticNeighbourhoods } from '../seed/synthetic';

/** Driver chatter that is not part of serving a request (handshakes, heartbeats, auth, sessions). */
const IGNORED_COMMANDS = new Set(['hello', 'ismaster', 'isMaster', 'ping', 'endSessions', 'saslStart', 'saslContinue']);
const REQUEST_TIMEOUT_MS = 120_000;

function positiveInt(name: string, fallback: number | undefined, allowZero = false): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < (allowZero ? 0 : 1)) throw new Error(`${name} must be a ${allowZero ? 'non-negative' : 'positive'} integer, got "${raw}"`);
  return n;
}

interface GraphQLResponse<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** The commands the driver sends, counted and named, for one request at a time. */
const commands = { count: 0, names: new Map<string, number>() };
function resetCommands(): void {
  commands.count = 0;
  commands.names.clear();
}

async function post<T>(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

const LOGIN = `mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) { token user { username role scopeUnitId } }
}`;
type LoginData = { login: { token: string; user: { username: string; role: string; scopeUnitId: string | null } } };

const QUERIES: Array<{ name: string; query: string }> = [
  {
    name: 'neighbourhoods page 100 + ward.province, head',
    query: `{ neighbourhoods(page: { limit: 100 }) { total items { id code name households ward { name province { name } } head { username } } } }`,
  },
  {
    name: 'neighbourhoods q:"khu dan cu mau 1"',
    query: `{ neighbourhoods(filter: { q: "khu dan cu mau 1" }) { total items { id code name } } }`,
  },
  {
    name: 'wards(provinceId) + neighbourhoods(5)',
    query: `query($provinceId: ID!) { wards(filter: { provinceId: $provinceId }) { total items { id name neighbourhoods(page: { limit: 5 }) { total items { id name } } } } }`,
  },
  {
    name: 'provinces + wards(10).total',
    query: `{ provinces { total items { name wards(page: { limit: 10 }) { total } } } }`,
  },
];

interface Row {
  name: string;
  user: string;
  ms: number[];
  commands: number[];
  /** Command names of the last request, e.g. "find 3, aggregate 1". */
  breakdown: string;
  errors: number;
  firstError?: string;
  /** `total` (or an equivalent size) from the last response, to see what was measured. */
  result: string;
}

/** Runs one request `iterations` times, or fewer once the row has used `budgetMs` (0: no budget). */
async function measure(
  name: string,
  user: string,
  { iterations, budgetMs }: { iterations: number; budgetMs: number },
  request: () => Promise<GraphQLResponse<unknown>>,
): Promise<Row> {
  const row: Row = { name, user, ms: [], commands: [], breakdown: '', errors: 0, result: '' };
  process.stderr.write(`bench: ${name} as ${user}…`);
  const deadline = budgetMs > 0 ? performance.now() + budgetMs : Infinity;
  for (let i = 0; i < iterations && (i === 0 || performance.now() < deadline); i++) {
    resetCommands();
    const started = performance.now();
    const response = await request();
    row.ms.push(performance.now() - started);
    row.commands.push(commands.count);
    if (response.errors?.length) {
      row.errors++;
      row.firstError ??= `${response.errors[0]?.extensions?.code ?? ''} ${response.errors[0]?.message ?? ''}`.trim();
    }
    row.breakdown = [...commands.names].map(([n, c]) => `${n} ${c}`).join(', ');
    row.result = describe(response.data);
  }
  process.stderr.write(` ${row.ms.length} × mean ${mean(row.ms).toFixed(1)} ms\n`);
  return row;
}

/** A short note of what came back: the top-level list's total, or the login's user. */
function describe(data: unknown): string {
  const top = data && typeof data === 'object' ? Object.values(data)[0] : undefined;
  if (top && typeof top === 'object') {
    if ('total' in top) return `total ${String(top.total)}`;
    if ('user' in top) return 'token issued';
  }
  return '-';
}

function percentile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? NaN;
}
const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / (values.length || 1);

function printTable(rows: Row[]): void {
  const header = ['query', 'user', 'n', 'p50 ms', 'p95 ms', 'mean ms', 'db cmds/req', 'errors', 'result', 'commands (last request)'];
  const body = rows.map((r) => {
    const min = Math.min(...r.commands);
    const max = Math.max(...r.commands);
    return [
      r.name,
      r.user,
      String(r.ms.length),
      percentile(r.ms, 0.5).toFixed(1),
      percentile(r.ms, 0.95).toFixed(1),
      mean(r.ms).toFixed(1),
      min === max ? String(min) : `${min}-${max}`,
      String(r.errors),
      r.result,
      r.breakdown,
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => (cells[i] ?? '').length)));
  const numeric = new Set([2, 3, 4, 5, 6, 7]);
  const line = (cells: string[]) =>
    cells.map((c, i) => (numeric.has(i) ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const cells of body) console.log(line(cells));
  for (const r of rows.filter((x) => x.firstError)) console.log(`! ${r.name} as ${r.user}: ${r.firstError}`);
}

async function main(): Promise<void> {
  const perWard = positiveInt('BENCH_PER_WARD', 30) as number;
  const wardLimit = positiveInt('BENCH_WARD_LIMIT', undefined);
  const iterations = positiveInt('BENCH_ITERATIONS', 50) as number;
  // On FerretDB's SQLite backend a query over 100k neighbourhoods is a full scan of ~10 s, so a
  // row stops early once it has used this many seconds (0 = always run every iteration).
  const budgetMs = (positiveInt('BENCH_ROW_BUDGET_S', 60, true) as number) * 1000;
  const dataDir = path.resolve(process.env.BENCH_DATA_DIR || path.join(PROJECT_ROOT, '.data', 'bench'));
  const runs = { iterations, budgetMs };
  // National-scale pages on the embedded SQLite backend can take longer than the production deadline; measure them whole.
  const config = loadConfig({ REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS), ANON_REQUEST_LIMIT: '100000', ...process.env, NODE_ENV: 'test' });

  let database: StartedDatabase | undefined;
  let app: App | undefined;
  let server: Server | undefined;
  try {
    const db = await startDatabase({ mongodbUri: config.mongodbUri, dataDir });
    database = db;
    // An interrupted run must not leave the embedded database running.
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => void db.stop().finally(() => process.exit(130)));
    }
    await connectDatabase(database.uri, 'antt_bench');
    mongoose.connection.getClient().on('commandStarted', (event) => {
      if (IGNORED_COMMANDS.has(event.commandName)) return;
      commands.count++;
      commands.names.set(event.commandName, (commands.names.get(event.commandName) ?? 0) + 1);
    });
    await ensureIndexes();

    if ((await Province.countDocuments({})) === 0) {
      console.log(`seeded ${JSON.stringify(await seedAll(config))}`);
    }
    const generationStarted = performance.now();
    const { inserted } = await generateSyntheticNeighbourhoods({ perWard, wardLimit });
    console.log(`synthetic neighbourhoods: inserted ${inserted} in ${((performance.now() - generationStarted) / 1000).toFixed(1)} s (perWard ${perWard}${wardLimit ? `, wardLimit ${wardLimit}` : ''}; wards already done are skipped)`);

    const [provinceCount, wardCount, neighbourhoodCount] = await Promise.all([
      Province.countDocuments({}),
      Ward.countDocuments({}),
      Neighbourhood.countDocuments({}),
    ]);
    const buildInfo = await mongoose.connection.db?.admin().command({ buildInfo: 1 });
    // FerretDB answers buildInfo with the MongoDB version it emulates plus its own ferretdbVersion.
    const ferret = buildInfo?.ferretdbVersion === undefined ? '' : `FerretDB version ${String(buildInfo.ferretdbVersion)}, `;
    console.log(`database: ${database.kind} (${ferret}reports MongoDB ${String(buildInfo?.version)})`);
    console.log(`dataset: ${provinceCount} provinces, ${wardCount} wards, ${neighbourhoodCount} neighbourhoods`);

    app = await createApp(config, database);
    const listening = app.app.listen(0, '127.0.0.1');
    server = listening;
    await new Promise<void>((resolve, reject) => listening.once('listening', resolve).once('error', reject));
    const url = `http://127.0.0.1:${(listening.address() as AddressInfo).port}/graphql`;

    const password = config.seedDemoPassword;
    const rows: Row[] = [];
    const sessions: Array<{ username: string; token: string; scopeUnitId: string | null }> = [];
    for (const username of ['admin', 'sonla', 'thaonguyen']) {
      const login = await post<LoginData>(url, LOGIN, { username, password });
      if (!login.data) throw new Error(`login as ${username} failed: ${login.errors?.[0]?.message ?? 'no data'}`);
      sessions.push({ username, token: login.data.login.token, scopeUnitId: login.data.login.user.scopeUnitId });
      rows.push(await measure('login', username, runs, () => post(url, LOGIN, { username, password })));
    }

    // The wards query asks for Sơn La, the province officer's own province.
    const provinceId = sessions.find((s) => s.username === 'sonla')?.scopeUnitId;
    if (!provinceId) throw new Error('sonla has no scope unit: is the seed complete?');
    for (const { name, query } of QUERIES) {
      for (const session of sessions) {
        const variables = query.includes('$provinceId') ? { provinceId } : {};
        rows.push(await measure(name, session.username, runs, () => post(url, query, variables, session.token)));
      }
    }

    const budget = budgetMs ? ` (fewer once a row has used ${budgetMs / 1000} s)` : '';
    console.log(`\nup to ${iterations} sequential requests per row${budget}, over HTTP on loopback; db cmds exclude ${[...IGNORED_COMMANDS].join('/')}\n`);
    printTable(rows);
  } finally {
    if (server) {
      const s = server;
      await new Promise<void>((resolve) => {
        s.close(() => resolve());
        s.closeAllConnections(); // fetch keeps connections alive; close() alone would wait for them
      });
    }
    await app?.stop();
    await disconnectDatabase().catch(() => undefined);
    await database?.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
