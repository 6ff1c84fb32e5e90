/**
 * Weak networks and offline, in a real browser (Debian's Chromium driven by playwright-core) on a
 * 390×844 phone against the real API: the app shell reloads without a connection from the
 * service worker; the neighbourhood head's offline edit is kept on the phone, shown as pending,
 * and sent when the connection returns; an offline edit of a record someone changed meanwhile
 * comes back as a conflict that shows the values the head typed and overwrites nothing; leaving
 * a changed form asks first. Screenshots go to test-artifacts/screenshots/.
 *
 * Needs a console built with the offline plugins (admin/offline.vite.ts) and the queue wired in
 * (App.tsx withOfflineQueue, main.tsx registerServiceWorker, the app bar's PendingSaves).
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { fixtureIds, startTestApp, type FixtureIds, type TestApp } from './helpers/app';
import { launchBrowser, newContext, screenshot } from './helpers/browser';

// A browser session per step on a 2-core machine: generous, since waits end as soon as the page is ready.
jest.setTimeout(180_000);

let app: TestApp;
let browser: Browser;
let ids: FixtureIds;

const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'vi-VN' };
const SAVED_ON_DEVICE = 'Đã lưu trên máy, sẽ gửi khi có mạng.';

beforeAll(async () => {
  browser = await launchBrowser();
  app = await startTestApp();
  ids = await fixtureIds(app);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** Errors the console threw, per page: none is expected in any step. */
const pageErrors = new Map<Page, string[]>();

/** A fresh phone (no session, no service worker, nothing kept), signed in through the login page. */
async function signIn(username: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser, PHONE);
  const page = await context.newPage();
  const errors: string[] = [];
  pageErrors.set(page, errors);
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${app.url}/admin/`);
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', 'demo-password');
  await page.click('button[type="submit"]');
  await page.getByTestId('role-chip').waitFor();
  return { context, page };
}

/**
 * Waits until a page-side expression is true. Written as a string (this file is type-checked for
 * Node, without the DOM's types) and asked from here: page.waitForFunction would evaluate a string
 * inside the page, which the console's CSP (no unsafe-eval) refuses.
 */
async function until(page: Page, expression: string): Promise<void> {
  for (let attempt = 0; attempt < 900; attempt += 1) {
    if (await page.evaluate(expression)) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`still false: ${expression}`);
}

/** The service worker has precached the console and controls the page (as on a phone that used the console before). */
async function workerReady(page: Page): Promise<void> {
  await page.evaluate('navigator.serviceWorker.ready.then(() => undefined)');
  await until(page, 'navigator.serviceWorker.controller !== null');
}

const NEIGHBOURHOOD = 'query($id: ID!) { neighbourhood(id: $id) { households version } }';
async function serverNeighbourhood(): Promise<{ households: number | null; version: number }> {
  const res = await app.gql<{ neighbourhood: { households: number | null; version: number } }>(NEIGHBOURHOOD, { id: ids.tdp32 }, 'admin');
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.neighbourhood;
}

/** The head's own neighbourhood's edit page, loaded while online. */
async function openHouseholds(page: Page) {
  await page.goto(`${app.url}/admin/#/neighbourhoods/${ids.tdp32}`);
  const households = page.locator('input[name="households"]');
  await households.waitFor();
  // The record is loaded (its name is filled in; the fixture's households may be empty).
  await until(page, `Boolean(document.querySelector('input[name="name"]')?.value)`);
  await workerReady(page);
  return households;
}

const pendingButton = (page: Page) => page.getByTestId('pending-saves');

describe('on a 390 px phone', () => {
  test('(a) the app shell reloads without a connection, from the service worker', async () => {
    const { context, page } = await signIn('tdp32');
    // The worker installs (precaching the built console) and takes control of the page.
    await workerReady(page);

    await context.setOffline(true);
    const response = await page.reload();
    expect(response?.fromServiceWorker()).toBe(true);
    expect(response?.status()).toBe(200);
    // The console itself runs (scripts from the cache), still signed in, and says it is offline.
    await page.getByTestId('role-chip').waitFor();
    expect(await pendingButton(page).getAttribute('data-online')).toBe('false');
    await screenshot(page, 'offline-01-shell-without-connection');
    // The API itself is never answered by the worker.
    const api = await page.evaluate(() => fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }).then(() => 'answered', () => 'failed'));
    expect(api).toBe('failed');
    expect(pageErrors.get(page)).toEqual([]);
    await context.close();
  });

  test('(b) an offline edit is kept on the phone, shown as pending, and sent when the connection returns', async () => {
    const before = await serverNeighbourhood();
    const typed = (before.households ?? 0) + 7;
    const { context, page } = await signIn('tdp32');
    const households = await openHouseholds(page);

    await context.setOffline(true);
    await households.fill(String(typed));
    await page.getByRole('button', { name: 'Lưu', exact: true }).tap();
    // At once, not after a minute's spinning: kept on the device, with a notice that says so.
    await page.getByText(SAVED_ON_DEVICE).waitFor();
    await page.waitForSelector('[data-testid="pending-saves"][data-count="1"]');
    await pendingButton(page).click();
    const item = page.getByTestId('pending-save');
    expect(await item.getAttribute('data-state')).toBe('waiting');
    await item.getByTestId('pending-save-typed').getByText(String(typed)).waitFor();
    await screenshot(page, 'offline-02-pending-save');
    expect((await serverNeighbourhood()).households).toBe(before.households);
    await page.getByRole('button', { name: 'Đóng' }).click();

    await context.setOffline(false);
    await page.getByText('Đã gửi 1 thay đổi lưu trên máy').waitFor();
    await pendingButton(page).waitFor({ state: 'detached' });
    const after = await serverNeighbourhood();
    expect(after.households).toBe(typed);
    expect(after.version).toBe(before.version + 1);
    // Nothing is left on the device to send again.
    const kept = await page.evaluate(`new Promise((resolve, reject) => {
      const open = indexedDB.open('antt-offline');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const count = open.result.transaction('pending-saves').objectStore('pending-saves').count();
        count.onsuccess = () => resolve(count.result);
      };
    })`);
    expect(kept).toBe(0);
    expect(pageErrors.get(page)).toEqual([]);
    await context.close();
  });

  test('(c) an offline edit of a record changed meanwhile fails as a conflict that keeps the typed value and overwrites nothing', async () => {
    const before = await serverNeighbourhood();
    const typed = (before.households ?? 0) + 11;
    const theirs = (before.households ?? 0) + 23;
    const { context, page } = await signIn('tdp32');
    const households = await openHouseholds(page);

    await context.setOffline(true);
    await households.fill(String(typed));
    await page.getByRole('button', { name: 'Lưu', exact: true }).tap();
    await page.getByText(SAVED_ON_DEVICE).waitFor();

    // Meanwhile the ward officer changes the same record.
    const other = await app.gql('mutation($id: ID!, $v: Int) { updateNeighbourhood(id: $id, input: { households: ' + theirs + ' }, expectedVersion: $v) { version } }', { id: ids.tdp32, v: before.version }, 'thaonguyen');
    expect(other.errors).toBeUndefined();

    await context.setOffline(false);
    await page.waitForSelector('[data-testid="pending-saves"][data-failed="1"]');
    await screenshot(page, 'offline-03-conflict-notice');
    await page.getByText('Có thay đổi lưu trên máy không gửi được').waitFor();
    await pendingButton(page).click();
    const item = page.getByTestId('pending-save');
    expect(await item.getAttribute('data-state')).toBe('failed');
    expect(await item.getByTestId('pending-save-failure').getAttribute('data-refusal')).toBe('STALE_VERSION');
    await item.getByText('người khác đã sửa bản ghi này').waitFor();
    // Only what the head changed is listed (not the locked fields the form did not send).
    expect(await item.getByTestId('pending-save-values').locator('[data-field]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-field')))).toEqual(['households']);
    // The value the head typed stays on screen, beside the one on the server now.
    await item.getByTestId('pending-save-typed').getByText(String(typed)).waitFor();
    await item.getByTestId('pending-save-server').getByText(String(theirs)).waitFor();
    await item.getByTestId('pending-save-open').waitFor();
    await screenshot(page, 'offline-03-conflict');
    expect((await serverNeighbourhood()).households).toBe(theirs);

    // Discarding asks first, then the save is gone (and with the last one, the app bar's button); the server still holds the other change.
    page.once('dialog', (dialog) => void dialog.accept());
    await item.getByTestId('pending-save-discard').click();
    await pendingButton(page).waitFor({ state: 'detached' });
    expect((await serverNeighbourhood()).households).toBe(theirs);
    expect(pageErrors.get(page)).toEqual([]);
    await context.close();
  });

  test('(d) leaving a changed form asks first: inside the console and on closing the page', async () => {
    const { context, page } = await signIn('tdp32');
    const households = await openHouseholds(page);
    await households.fill('4321');

    // Another screen of the console (the record's page): react-admin's question; staying keeps the value.
    const question = page.waitForEvent('dialog');
    void page.locator(`a[href$="#/neighbourhoods/${ids.tdp32}/show"]`).first().click();
    const dialog = await question;
    expect(dialog.type()).toBe('confirm');
    expect(dialog.message()).toContain('chưa được lưu');
    await dialog.dismiss();
    expect(await households.inputValue()).toBe('4321');
    expect(page.url()).toContain(`#/neighbourhoods/${ids.tdp32}`);

    // Closing the tab: the browser's own question (beforeunload).
    const unload = page.waitForEvent('dialog');
    void page.close({ runBeforeUnload: true });
    const leaving = await unload;
    expect(leaving.type()).toBe('beforeunload');
    await leaving.accept();
    expect((await serverNeighbourhood()).households).not.toBe(4321);
    expect(pageErrors.get(page)).toEqual([]);
    await context.close();
  });
});

describe('refusals in words', () => {
  test('a code another neighbourhood of the ward has: the form says so under the code, in Vietnamese, and nothing is saved', async () => {
    const codes = await app.gql<{ a: { code: string }; b: { code: string; version: number } }>(
      'query($a: ID!, $b: ID!) { a: neighbourhood(id: $a) { code } b: neighbourhood(id: $b) { code version } }',
      { a: ids.tdp32, b: ids.tdp1 },
      'admin',
    );
    if (!codes.data) throw new Error(JSON.stringify(codes.errors));
    const { context, page } = await signIn('admin');
    await page.goto(`${app.url}/admin/#/neighbourhoods/${ids.tdp1}`);
    const code = page.locator('input[name="code"]');
    await until(page, `document.querySelector('input[name="code"]')?.value === ${JSON.stringify(codes.data.b.code)}`);
    await code.fill(codes.data.a.code);
    await page.getByRole('button', { name: 'Lưu', exact: true }).tap();
    // Under the input, and in the notice: the reason, not "someone else saved this record before you".
    await page.getByText('Giá trị này đã được dùng cho một bản ghi khác.').waitFor();
    await page.getByText('Không lưu được: đã có một bản ghi khác dùng giá trị này').waitFor();
    expect(await page.getByText('người khác đã lưu bản ghi này trước bạn').count()).toBe(0);
    await screenshot(page, 'offline-04-duplicate-code');
    expect(await code.inputValue()).toBe(codes.data.a.code);
    const after = await app.gql<{ neighbourhood: { code: string; version: number } }>('query($id: ID!) { neighbourhood(id: $id) { code version } }', { id: ids.tdp1 }, 'admin');
    expect(after.data?.neighbourhood).toEqual(codes.data.b);
    expect(pageErrors.get(page)).toEqual([]);
    await context.close();
  });
});
