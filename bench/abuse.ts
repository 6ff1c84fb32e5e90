/**
 * `npx tsx bench/abuse.ts` (or `make bench-abuse`): what the throttles hold under concurrency and what
 * anonymous floods cost signed-in users, over real HTTP on loopback against the embedded
 * database (or MONGODB_URI) with the shipped seed data, in a throw-away data folder.
 *
 *  1. 40 parallel wrong passwords for one username from one address: how many were checked.
 *  2. 30 parallel public submissions from one address: how many were accepted.
 *  3. A signed-in page (p50/p95 of BENCH_SAMPLES sequential requests) alone, during 20 anonymous
 *     `publicUnits` clients (one address, and 20 addresses), and during 100 parallel anonymous logins.
 * Client addresses are simulated with X-Forwarded-For, which the API trusts from loopback.
 */
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../api/config';
import { connectDatabase, disconnectDatabase, ensureIndexes } from '../api/db/connection';
import { startDatabase } from '../api/db/database';
import { createApp } from '../api/server';
import { seedAll } from '../seed/seed';

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 40);

interface Answer {
  status: number;
  code: string;
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'antt-abuse-'));
  const config = loadConfig({ ...process.env, NODE_ENV: 'development', DATA_DIR: dataDir });
  const database = await startDatabase({ mongodbUri: config.mongodbUri, dataDir });
  await connectDatabase(database.uri, `abuse_${Date.now().toString(36)}`);
  await ensureIndexes();
  console.log('seeding the shipped data…');
  await seedAll(config, {});
  const app = await createApp(config, database);
  const server = app.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;

  const post = async (address: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Answer & { data?: unknown }> => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
    return { status: res.status, code: body.errors?.[0]?.extensions?.code ?? 'OK', data: body.data };
  };
  const tally = (answers: Answer[]) => answers.reduce<Record<string, number>>((t, a) => ({ ...t, [a.code]: (t[a.code] ?? 0) + 1 }), {});
  const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';

  console.log('\n1. 40 parallel wrong passwords for "sonla" from one address');
  console.log('  ', tally(await Promise.all(Array.from({ length: 40 }, (_, i) => post('198.51.100.1', LOGIN, { u: 'sonla', p: `guess-${i}` })))));

  console.log('\n2. 30 parallel public submissions from one address (REPORT_LIMIT', config.reportLimit, ')');
  const units = (await post('198.51.100.2', '{ publicUnits(q: "to dan pho 3/2") { id } }')).data as { publicUnits: Array<{ id: string }> };
  const input = { unitId: units.publicUnits[0]?.id, category: 'PRICE_GOUGING', description: 'Bán giá cao gấp ba lần niêm yết.', lang: 'vi' };
  const SUBMIT = 'mutation($input: ReportInput!) { submitReport(input: $input) { code } }';
  console.log('  ', tally(await Promise.all(Array.from({ length: 30 }, () => post('198.51.100.3', SUBMIT, { input })))));

  const login = (await post('127.0.0.1', LOGIN, { u: 'thaonguyen', p: config.seedDemoPassword })).data as { login: { token: string } };
  const token = login.login.token;
  const PAGE = '{ neighbourhoods(page: { limit: 25 }) { items { id name ward { name } } total } }';
  async function measure(label: string, flood?: (stop: () => boolean) => Promise<Answer[]>): Promise<void> {
    let stopped = false;
    const flooding = flood?.(() => stopped);
    await new Promise((r) => setTimeout(r, flood ? 300 : 0));
    const times: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const t = performance.now();
      const a = await post('127.0.0.1', PAGE, {}, token);
      if (a.code !== 'OK') throw new Error(`signed-in request failed: ${a.code}`);
      times.push(performance.now() - t);
    }
    stopped = true;
    const answers = (await flooding) ?? [];
    times.sort((a, b) => a - b);
    const at = (q: number) => (times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0).toFixed(0);
    console.log(`   ${label}: signed-in p50 ${at(0.5)} ms, p95 ${at(0.95)} ms${answers.length ? `; flood answers ${JSON.stringify(tally(answers))}` : ''}`);
  }
  const clients = (n: number, address: (i: number) => string, query: string, vars: (i: number) => Record<string, unknown> = () => ({})) => async (stop: () => boolean) => {
    const answers: Answer[] = [];
    await Promise.all(Array.from({ length: n }, async (_, i) => {
      for (let k = 0; !stop(); k++) answers.push(await post(address(i), query, vars(k)));
    }));
    return answers;
  };

  console.log(`\n3. a ward officer's page of 25 neighbourhoods with their ward (${SAMPLES} sequential requests)`);
  await measure('alone');
  await measure('20 anonymous publicUnits clients, one address', clients(20, () => '198.51.100.10', '{ publicUnits(q: "phuong") { id name parentName } }'));
  await measure('20 anonymous publicUnits clients, 20 addresses', clients(20, (i) => `198.51.101.${i + 1}`, '{ publicUnits(q: "phuong") { id name parentName } }'));
  await measure('100 anonymous login clients, one address', clients(100, () => '198.51.100.11', LOGIN, (k) => ({ u: `nobody${k % 50}`, p: 'wrong-password' })));

  server.close();
  await app.stop();
  await disconnectDatabase();
  await database.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

void main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
