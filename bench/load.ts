/**
 * `npx tsx bench/load.ts` (or `make bench-load`): the API under concurrent load, with the mix the
 * outside load test used — lists, fetches, dashboards, updates with `expectedVersion`, public
 * report submissions and anonymous unit search — against a server in its own process (as
 * `make start` runs it), on the shipped seed data, over HTTP on loopback.
 *
 * Environment: LOAD_CLIENTS (default 50), LOAD_SECONDS (default 60), LOAD_DATA_DIR (default a
 * fresh temporary folder, seeded on the server's first start; give a folder to reuse one),
 * MONGODB_URI (a MongoDB instead of the embedded database). It prints throughput, latency
 * percentiles per kind of request and overall, errors by code (CONFLICT from concurrent updates
 * is expected and counted apart) and the server's resident memory before and after.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const CLIENTS = positiveInt('LOAD_CLIENTS', 50);
const SECONDS = positiveInt('LOAD_SECONDS', 60);
const PASSWORD = process.env.SEED_DEMO_PASSWORD ?? 'demo-password';
const ROOT = path.resolve(__dirname, '..');

function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return n;
}

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Resident memory of a process in MiB (Linux /proc), or NaN where it cannot be read. */
function rssMiB(pid: number | undefined): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return kb / 1024;
  } catch {
    return NaN;
  }
}

async function startServer(port: number, dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'server/main.ts')], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, NODE_ENV: 'development', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 15 * 60_000; // the first start seeds 3,321 wards
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return child;
    await new Promise((r) => setTimeout(r, 1000));
  }
  child.kill('SIGTERM');
  throw new Error('the server did not answer /healthz in time');
}

function graphql(url: string) {
  return async (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Answer> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(60_000),
    });
    return (await response.json()) as Answer;
  };
}

interface Session {
  username: string;
  headers: Record<string, string>;
  scopeUnitId: string | null;
}

/** One kind of request of the mix, with how often it is drawn. */
interface Operation {
  name: string;
  weight: number;
  run(session: Session, client: number): Promise<Answer>;
}

const percentile = (sorted: number[], q: number) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? NaN;

async function main(): Promise<void> {
  const dataDir = process.env.LOAD_DATA_DIR ? path.resolve(process.env.LOAD_DATA_DIR) : fs.mkdtempSync(path.join(os.tmpdir(), 'antt-load-'));
  const port = await freePort();
  console.log(`starting the server on 127.0.0.1:${port} (data in ${dataDir})…`);
  const server = await startServer(port, dataDir);
  const post = graphql(`http://127.0.0.1:${port}/graphql`);
  try {
    const sessions: Session[] = [];
    for (const username of ['admin', 'sonla', 'thaonguyen', 'tdp32', 'buonmathuot', 'viewer']) {
      const login = await post(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token user { scopeUnitId } } }`, { u: username, p: PASSWORD });
      const l = login.data?.login as { token: string; user: { scopeUnitId: string | null } } | undefined;
      if (!l) throw new Error(`login as ${username} failed: ${login.errors?.[0]?.message ?? 'no data'}`);
      sessions.push({ username, headers: { authorization: `Bearer ${l.token}` }, scopeUnitId: l.user.scopeUnitId });
    }
    const as = (name: string) => sessions.find((s) => s.username === name) as Session;
    const ids = await post(`{ models(page: { limit: 25 }) { items { id } } neighbourhoods(page: { limit: 25 }) { items { id } } }`, {}, as('admin').headers);
    const modelIds = ((ids.data?.models as { items: Array<{ id: string }> }).items ?? []).map((m) => m.id);
    const neighbourhoodIds = ((ids.data?.neighbourhoods as { items: Array<{ id: string }> }).items ?? []).map((m) => m.id);
    const head = as('tdp32');
    const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)] as T;
    const year = new Date().getFullYear();

    const operations: Operation[] = [
      {
        name: 'list: neighbourhoods 25 + ward',
        weight: 4,
        run: (s) => post(`{ neighbourhoods(page: { limit: 25 }) { total items { id name households ward { name } } } }`, {}, s.headers),
      },
      { name: 'list: models 25', weight: 4, run: (s) => post(`{ models(page: { limit: 25 }) { total items { id name status unit { name } } } }`, {}, s.headers) },
      {
        name: 'list: wards 25 by name',
        weight: 2,
        run: (s) => post(`{ wards(page: { limit: 25 }, orderBy: { field: name }) { total items { id name province { name } } } }`, {}, s.headers),
      },
      { name: 'list: assessments 10', weight: 2, run: (s) => post(`{ assessments(page: { limit: 10 }) { total items { id status year } } }`, {}, s.headers) },
      { name: 'fetch: model', weight: 3, run: (s) => post(`query($id: ID!) { model(id: $id) { id name status figures { value } unit { name } } }`, { id: pick(modelIds) }, s.headers) },
      {
        name: 'fetch: neighbourhood',
        weight: 2,
        run: (s) => post(`query($id: ID!) { neighbourhood(id: $id) { id name households ward { name province { name } } } }`, { id: pick(neighbourhoodIds) }, s.headers),
      },
      {
        name: 'dashboard: own unit',
        weight: 2,
        run: (s) =>
          s.scopeUnitId
            ? post(`query($u: ID, $y: Int!) { dashboard(unitId: $u, year: $y) { neighbourhoods modelsOperating recognizedShare targets { value } } }`, { u: s.scopeUnitId, y: year }, s.headers)
            : post(`query($y: Int!) { dashboard(year: $y) { neighbourhoods modelsOperating } }`, { y: year }, s.headers),
      },
      {
        name: 'update: head households (expectedVersion)',
        weight: 1,
        run: async () => {
          const current = await post(`query($id: ID!) { neighbourhood(id: $id) { version households } }`, { id: head.scopeUnitId }, head.headers);
          const n = current.data?.neighbourhood as { version: number; households: number | null } | undefined;
          if (!n) return current;
          return post(
            `mutation($id: ID!, $v: Int!, $h: Int!) { updateNeighbourhood(id: $id, expectedVersion: $v, input: { households: $h }) { version } }`,
            { id: head.scopeUnitId, v: n.version, h: 300 + Math.floor(Math.random() * 50) },
            head.headers,
          );
        },
      },
      {
        name: 'public: unit search',
        weight: 3,
        run: (_s, client) => post(`query($q: String!) { publicUnits(q: $q, limit: 10) { id name } }`, { q: pick(['thao nguyen', 'son la', 'yen cuong', 'buon ma', 'lai vung']) }, { 'x-forwarded-for': `10.9.${client}.1` }),
      },
      {
        name: 'public: report submission',
        weight: 1,
        run: async (_s, client) => {
          const unit = await post(`{ publicUnits(q: "thao nguyen", limit: 1) { id } }`, {}, { 'x-forwarded-for': `10.8.${client}.${Math.floor(Math.random() * 250) + 1}` });
          const unitId = (unit.data?.publicUnits as Array<{ id: string }> | undefined)?.[0]?.id;
          return post(
            `mutation($input: ReportInput!) { submitReport(input: $input) { code } }`,
            { input: { unitId, category: 'OTHER', description: 'Kiểm tra tải: phản ánh thử nghiệm của công cụ đo (bench/load.ts).', lang: 'vi' } },
            { 'x-forwarded-for': `10.7.${client}.${Math.floor(Math.random() * 250) + 1}` },
          );
        },
      },
    ];
    const totalWeight = operations.reduce((n, o) => n + o.weight, 0);
    const draw = (): Operation => {
      let r = Math.random() * totalWeight;
      for (const o of operations) if ((r -= o.weight) < 0) return o;
      return operations[0] as Operation;
    };

    const stats = new Map(operations.map((o) => [o.name, { ms: [] as number[], errors: new Map<string, number>() }]));
    const rssBefore = rssMiB(server.pid);
    const started = performance.now();
    const endAt = started + SECONDS * 1000;
    console.log(`${CLIENTS} clients for ${SECONDS} s…`);
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, client) => {
        const session = sessions[client % sessions.length] as Session;
        while (performance.now() < endAt) {
          const op = draw();
          const stat = stats.get(op.name) as { ms: number[]; errors: Map<string, number> };
          const t0 = performance.now();
          let code: string | null = null;
          try {
            const answer = await op.run(session, client);
            if (answer.errors?.length) code = answer.errors[0]?.extensions?.code ?? 'ERROR';
          } catch (error) {
            code = (error as Error).name === 'TimeoutError' ? 'CLIENT_TIMEOUT' : 'NETWORK';
          }
          stat.ms.push(performance.now() - t0);
          if (code) stat.errors.set(code, (stat.errors.get(code) ?? 0) + 1);
        }
      }),
    );
    const elapsed = (performance.now() - started) / 1000;
    const rssAfter = rssMiB(server.pid);

    const all = [...stats.values()].flatMap((s) => s.ms).sort((a, b) => a - b);
    const errorsOf = (codes: Map<string, number>) => [...codes].map(([c, n]) => `${c} ${n}`).join(', ') || '-';
    const unexpected = [...stats.values()].reduce((n, s) => n + [...s.errors].filter(([c]) => c !== 'CONFLICT').reduce((m, [, k]) => m + k, 0), 0);
    console.log(`\n${all.length} requests in ${elapsed.toFixed(1)} s: ${(all.length / elapsed).toFixed(1)} requests/s`);
    console.log(`overall p50 ${percentile(all, 0.5).toFixed(0)} ms, p95 ${percentile(all, 0.95).toFixed(0)} ms, p99 ${percentile(all, 0.99).toFixed(0)} ms`);
    console.log(`unexpected errors: ${unexpected}; server RSS ${rssBefore.toFixed(0)} MiB before, ${rssAfter.toFixed(0)} MiB after\n`);
    console.log(['request', 'n', 'p50 ms', 'p95 ms', 'p99 ms', 'errors'].join(' | '));
    for (const [name, s] of stats) {
      const sorted = [...s.ms].sort((a, b) => a - b);
      console.log([name, sorted.length, percentile(sorted, 0.5).toFixed(0), percentile(sorted, 0.95).toFixed(0), percentile(sorted, 0.99).toFixed(0), errorsOf(s.errors)].join(' | '));
    }
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    if (!process.env.LOAD_DATA_DIR) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
