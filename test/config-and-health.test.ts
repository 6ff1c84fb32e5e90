/** Configuration validation, database bootstrap and health. */
import { loadConfig } from '../api/config';
import { databaseName } from '../api/db/connection';
import { disconnectDatabase } from '../api/db/connection';
import { startTestApp } from './helpers/app';

describe('configuration', () => {
  test('defaults for development', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ nodeEnv: 'development', port: 4000, jwtTtl: '8h', seedDemoPassword: 'demo-password', seedDemoAccounts: true });
  });

  test.each([
    [{ NODE_ENV: 'production' }, 'JWT_SECRET'],
    [{ NODE_ENV: 'production', JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [{ NODE_ENV: 'production', JWT_SECRET: 'a'.repeat(64) }, 'JWT_SECRET'],
    // The constant development key of earlier releases.
    [{ NODE_ENV: 'production', JWT_SECRET: 'dev-only-insecure-jwt-secret-change-me' }, 'JWT_SECRET'],
    [{ PORT: 'eighty' }, 'PORT'],
    [{ MONGODB_URI: 'postgres://x' }, 'MONGODB_URI'],
    [{ JWT_TTL: 'forever' }, 'JWT_TTL'],
    [{ SEED_DEMO_PASSWORD: 'short' }, 'SEED_DEMO_PASSWORD'],
  ])('refuses %j (names %s)', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(new RegExp(`Invalid configuration:[\\s\\S]*${variable}`));
  });

  test('production with a strong secret starts and never seeds demo accounts', () => {
    const c = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'Zq3-rT8!pL0@vN5#kW2$xY7%mB4^hD9&' });
    expect(c.seedDemoAccounts).toBe(false);
  });

  test('the database name comes from the URI, else the default', () => {
    expect(databaseName('mongodb://h:27017/registry?replicaSet=rs0')).toBe('registry');
    expect(databaseName('mongodb://h1:1,h2:2/')).toBe('antt_registry');
  });
});

describe('health', () => {
  test('GET /healthz is 200 while the database answers and 503 when it is gone', async () => {
    const app = await startTestApp({ seed: 'none' });
    const up = await fetch(`${app.url}/healthz`);
    expect(up.status).toBe(200);
    expect(await up.json()).toEqual({ status: 'ok', database: { kind: process.env.TEST_DATABASE_KIND, state: 'up' } });
    await disconnectDatabase();
    const down = await fetch(`${app.url}/healthz`);
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ status: 'unavailable', database: { state: 'down' } });
    await app.close();
  });
});
