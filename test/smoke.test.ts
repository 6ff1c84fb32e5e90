import { codeOf, startTestApp, type TestApp } from './helpers/app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

test('health reports the database up', async () => {
  const res = await fetch(`${app.url}/healthz`);
  expect(res.status).toBe(200);
  expect(await res.json()).toMatchObject({ status: 'ok', database: { state: 'up' } });
});

test('anonymous callers get UNAUTHENTICATED for data', async () => {
  const res = await app.gql('{ provinces { total } }');
  expect(codeOf(res)).toBe('UNAUTHENTICATED');
});
