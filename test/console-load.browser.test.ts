/**
 * The console's first load on a weak network, in Debian's Chromium against the real API: on a
 * 390×844 phone throttled through the DevTools protocol to 400 kbit/s each way and 400 ms of
 * latency (issue 12's profile), the sign-in form of the page's shell shows within 5 s (logged;
 * 55.6 s before the shell) while the console's code downloads behind it; signing in reaches the
 * dashboard, and history never holds a #/login entry twice (the old redirect loop wrote it
 * thousands of times). Sign-in errors are worded in the console's language; signing out and an
 * expired session come back to the same form. What the browser received is compressed (JS, CSS,
 * HTML, GraphQL), hashed assets are cached for a year, HTML pages revalidate; the assessments
 * list sends only what it shows (at most 15 KB per 10 rows, logged), and a record opened from it
 * is whole. The public report page's time to its form under the same throttling is logged.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { startTestApp, type TestApp } from './helpers/app';
import { launchBrowser, newContext, screenshot } from './helpers/browser';

jest.setTimeout(300_000);

/** Issue 12's phone: what a neighbourhood head signs in with in the field; and an officer's desktop. */
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'vi-VN' };
const DESKTOP = { viewport: { width: 1366, height: 768 }, locale: 'vi-VN' };
/** DevTools' throughput is in bytes per second: 400 kbit/s each way, 400 ms from request to response. */
const WEAK_NETWORK = { offline: false, latency: 400, downloadThroughput: 400_000 / 8, uploadThroughput: 400_000 / 8 };
/** The issue's goal for the sign-in form on that network (the only time this file asserts). */
const SIGN_IN_FORM_BUDGET_MS = 5_000;
/** The issue's goal for the report page's first paint (its title and the 113 line) on the same network. */
const REPORT_PAGE_BUDGET_MS = 3_000;
/** The assessments list per page of 10 rows, decoded (whole records were 122 KB). */
const ASSESSMENTS_PAGE_BUDGET_BYTES = 15 * 1024;

const dist = process.env.ADMIN_DIST_DIR ? path.resolve(process.env.ADMIN_DIST_DIR) : path.resolve(__dirname, '..', 'admin', 'dist');

let app: TestApp;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  app = await startTestApp({ seed: 'demo' });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/**
 * A fresh context (no session stored). `throttled`: the weak network from the first request on.
 * Every pushState/replaceState the page makes is recorded in window.__historyCalls, so a test can
 * tell what was written into history.
 */
async function openPage(options: { throttled?: boolean; language?: 'en'; desktop?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser, options.desktop ? DESKTOP : PHONE);
  await context.addInitScript(`(() => {
    window.__historyCalls = [];
    for (const method of ['pushState', 'replaceState']) {
      const original = history[method].bind(history);
      history[method] = (state, title, url) => { window.__historyCalls.push(method + ' ' + String(url)); return original(state, title, url); };
    }
    ${options.language ? `localStorage.setItem('RaStore.locale', JSON.stringify('${options.language}'));` : ''}
  })()`);
  const page = await context.newPage();
  if (options.throttled) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', WEAK_NETWORK);
  }
  return { context, page };
}

const historyCalls = (page: Page) => page.evaluate('window.__historyCalls') as Promise<string[]>;
const historyLength = (page: Page) => page.evaluate('history.length') as Promise<number>;
const usernameInput = (page: Page) => page.locator('input[name="username"]');

async function signIn(page: Page, username: string, password = 'demo-password') {
  await usernameInput(page).fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
}

/** The built console's files, as vite's manifest lists them (build.manifest in vite.config.ts). */
const builtFiles = () => Object.values(JSON.parse(fs.readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<string, { file: string; src?: string }>);

/** The chunk built from a source file. */
function builtFile(source: string): string {
  const chunk = builtFiles().find((c) => c.src === source);
  if (!chunk) throw new Error(`${source} is not in the build's manifest`);
  return chunk.file;
}

/** Anything of the dashboard: the console is signed in and past its loading state. */
const dashboard = (page: Page) => page.locator('[data-testid^="dashboard"]').first();

describe('on a throttled phone (400 kbit/s, 400 ms)', () => {
  test('the sign-in form shows within 5 s, the console downloads meanwhile, and signing in reaches the dashboard with no #/login in history', async () => {
    const { context, page } = await openPage({ throttled: true });
    const consoleChunk = `/admin/${builtFile('src/main.tsx')}`;
    const consoleRequested = new Promise<void>((resolve) => page.on('request', (request) => new URL(request.url()).pathname === consoleChunk && resolve()));

    const started = Date.now();
    await page.goto(`${app.url}/admin/`, { waitUntil: 'commit' });
    await usernameInput(page).waitFor({ state: 'visible' });
    const toForm = Date.now() - started;
    console.log(`throttled phone: sign-in form after ${toForm} ms (budget ${SIGN_IN_FORM_BUDGET_MS} ms)`);
    expect(toForm).toBeLessThanOrEqual(SIGN_IN_FORM_BUDGET_MS);
    await screenshot(page, 'load-01-sign-in-form-throttled');
    expect(page.url()).toMatch(/\/admin\/#\/login$/);
    const lengthAtForm = await historyLength(page);

    // The console's code is on its way while the form waits for the user (this resolves before anything is typed).
    await consoleRequested;

    await signIn(page, 'thaonguyen');
    const submitted = Date.now();
    await dashboard(page).waitFor();
    console.log(`throttled phone: dashboard ${Date.now() - submitted} ms after submitting (${Date.now() - started} ms after navigation)`);
    await screenshot(page, 'load-02-dashboard-throttled');

    expect(page.url()).toMatch(/\/admin\/#\/$/);
    expect(await historyLength(page)).toBe(lengthAtForm);
    const calls = await historyCalls(page);
    expect(calls.filter((call) => call.startsWith('pushState') && call.includes('/login'))).toEqual([]);
    expect(calls.filter((call) => call.includes('/login'))).toEqual(['replaceState #/login']);
    // Back leaves the console (to the blank page the tab opened with), never to a #/login entry.
    await page.goBack();
    expect(page.url()).not.toContain('#/login');
    await context.close();
  });

  test('the public report page paints its title and the 113 line within 3 s; the time to its form is logged', async () => {
    const { context, page } = await openPage({ throttled: true });
    const started = Date.now();
    await page.goto(`${app.url}/report`, { waitUntil: 'commit' });
    await page.getByTestId('emergency').waitFor({ state: 'visible' });
    const toEmergency = Date.now() - started;
    await page.getByTestId('report-form').waitFor({ state: 'visible' });
    const toForm = Date.now() - started;
    console.log(`throttled phone: report page's 113 line after ${toEmergency} ms (budget ${REPORT_PAGE_BUDGET_MS} ms), its form after ${toForm} ms`);
    expect(toEmergency).toBeLessThanOrEqual(REPORT_PAGE_BUDGET_MS);
    await screenshot(page, 'load-03-report-page-throttled');
    await context.close();
  });
});

describe('signing in and out', () => {
  test('a wrong password is explained in Vietnamese, and in English when the console was last used in English', async () => {
    const { context, page } = await openPage();
    await page.goto(`${app.url}/admin/`);
    await signIn(page, 'thaonguyen', 'not-the-password');
    await page.getByRole('alert').getByText('Sai tên đăng nhập hoặc mật khẩu, hoặc tài khoản đã bị khóa.').waitFor();
    expect(await page.locator('input[name="password"]').inputValue()).toBe('');
    await context.close();

    const english = await openPage({ language: 'en' });
    await english.page.goto(`${app.url}/admin/`);
    await english.page.getByText('Sign in', { exact: true }).first().waitFor();
    expect(await english.page.evaluate('document.documentElement.lang')).toBe('en');
    await signIn(english.page, 'thaonguyen', 'not-the-password');
    await english.page.getByRole('alert').getByText('Wrong username or password, or the account is disabled.').waitFor();
    await english.context.close();
  });

  test('too many failed attempts say to wait; no connection says to check the network', async () => {
    // The API's throttle for one account from one address (the browser's, 127.0.0.1): five failures fill it.
    for (let attempt = 0; attempt < 5; attempt++) {
      await app.gql('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: 'ninhbinh', p: 'wrong' });
    }
    const { context, page } = await openPage();
    await page.goto(`${app.url}/admin/`);
    // The console's code has arrived before the connection goes (the shell downloads it at once).
    await page.waitForLoadState('networkidle');
    await signIn(page, 'ninhbinh', 'demo-password');
    await page.getByRole('alert').getByText(/^Thử quá nhiều lần\. Vui lòng đợi khoảng \d+ phút rồi thử lại\.$/).waitFor();

    await context.setOffline(true);
    await signIn(page, 'thaonguyen');
    await page.getByRole('alert').getByText('Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.').waitFor();
    await screenshot(page, 'load-04-sign-in-offline');
    await context.setOffline(false);
    await signIn(page, 'thaonguyen');
    await page.getByTestId('role-chip').waitFor();
    await context.close();
  });

  test('an expired session comes back to the form saying so, and signing in returns to the page', async () => {
    const { context, page } = await openPage();
    await page.goto(`${app.url}/admin/`);
    await signIn(page, 'thaonguyen');
    await page.getByTestId('role-chip').waitFor();
    await page.evaluate(`(() => {
      const session = JSON.parse(localStorage.getItem('antt.session') ?? '{}');
      localStorage.setItem('antt.session', JSON.stringify({ ...session, expiresAt: new Date(Date.now() - 1000).toISOString() }));
    })()`);
    await page.goto(`${app.url}/admin/#/neighbourhoods`);
    await usernameInput(page).waitFor();
    await page.getByText('Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.').waitFor();
    expect(page.url()).toMatch(/#\/login$/);
    await signIn(page, 'thaonguyen');
    await page.waitForURL(/#\/neighbourhoods$/);
    await page.getByTestId('role-chip').waitFor();
    expect((await historyCalls(page)).filter((call) => call.startsWith('pushState') && call.includes('/login'))).toEqual([]);
    await context.close();
  });

  test('signing out from the user menu comes back to the same form; the next person starts at the dashboard', async () => {
    const { context, page } = await openPage();
    await page.goto(`${app.url}/admin/`);
    await signIn(page, 'thaonguyen');
    await page.getByTestId('role-chip').waitFor();
    await page.goto(`${app.url}/admin/#/models`);
    await page.getByRole('button', { name: 'Hồ sơ' }).click();
    await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
    await usernameInput(page).waitFor();
    expect(page.url()).toMatch(/\/admin\/#\/login$/);
    expect(await page.evaluate("localStorage.getItem('antt.session')")).toBeNull();
    await signIn(page, 'tdp32');
    await page.getByTestId('role-chip').waitFor();
    expect(page.url()).toMatch(/\/admin\/#\/$/);
    expect((await historyCalls(page)).filter((call) => call.startsWith('pushState') && call.includes('/login'))).toEqual([]);
    await context.close();
  });
});

describe('what the browser receives', () => {
  test('scripts, styles, pages and GraphQL answers come compressed; hashed assets are cached for a year, pages revalidate', async () => {
    const { context, page } = await openPage();
    const responses: Response[] = [];
    page.on('response', (response) => responses.push(response));
    await page.goto(`${app.url}/admin/`);
    await signIn(page, 'admin');
    await dashboard(page).waitFor();
    await page.waitForLoadState('networkidle');
    // A style sheet (a lazy screen's, e.g. the map's), fetched as the browser fetches it.
    const css = builtFiles().find((c) => c.file.endsWith('.css'));
    if (!css) throw new Error('the build has no style sheet to check');
    const styleSheet = page.waitForResponse((r) => r.url().endsWith(css.file));
    await page.evaluate(`fetch('/admin/${css.file}').then((r) => r.text())`);
    await styleSheet;
    const report = await context.newPage();
    report.on('response', (response) => responses.push(response));
    await report.goto(`${app.url}/report`);
    await report.getByTestId('report-form').waitFor();

    const byPath = (test: (pathname: string) => boolean) => responses.filter((r) => r.status() === 200 && test(new URL(r.url()).pathname));
    const scripts = byPath((p) => p.startsWith('/admin/assets/') && p.endsWith('.js'));
    const styles = byPath((p) => p.startsWith('/admin/assets/') && p.endsWith('.css'));
    const pages = byPath((p) => p === '/admin/' || p === '/report');
    const answers = byPath((p) => p === '/graphql');
    expect({ scripts: scripts.length > 5, styles: styles.length > 0, pages: pages.length, answers: answers.length > 0 }).toEqual({ scripts: true, styles: true, pages: 2, answers: true });

    // Everything over the compression threshold (1 KB) is brotli-compressed (Chromium accepts br).
    const large = async (r: Response) => (await r.body()).length >= 1024;
    // How many GraphQL answers the console makes before it settles varies with timing (its cache, the
    // lazy screens); the national dashboard's answer is always there and always over the threshold.
    const largeAnswers = (await Promise.all(answers.map(large))).filter(Boolean).length;
    expect(largeAnswers).toBeGreaterThan(0);
    for (const response of [...scripts, ...styles, ...pages, ...answers]) {
      if (await large(response)) expect({ url: response.url(), encoding: response.headers()['content-encoding'] }).toEqual({ url: response.url(), encoding: 'br' });
    }
    for (const response of [...scripts, ...styles]) {
      expect({ url: response.url(), cache: response.headers()['cache-control'] }).toEqual({ url: response.url(), cache: 'public, max-age=31536000, immutable' });
    }
    for (const response of pages) expect({ url: response.url(), cache: response.headers()['cache-control'] }).toEqual({ url: response.url(), cache: 'no-cache' });
    await context.close();
  });

  test('the assessments list sends at most 15 KB per 10 rows, shows every column, and a record opened from it is whole', async () => {
    const { context, page } = await openPage({ desktop: true });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${app.url}/admin/`);
    await signIn(page, 'admin');
    await page.getByTestId('role-chip').waitFor();

    const listAnswer = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postDataJSON() as { operationName?: string } | null)?.operationName === 'assessments');
    await page.goto(`${app.url}/admin/#/assessments`);
    const answer = await listAnswer;
    const body = await answer.body();
    const rows = (JSON.parse(body.toString('utf8')) as { data: { data: { items: unknown[]; total: number } } }).data.data;
    console.log(`assessments list: ${body.length} bytes decoded for ${rows.items.length} rows (of ${rows.total}); budget ${ASSESSMENTS_PAGE_BUDGET_BYTES}`);
    expect(rows.items.length).toBe(10);
    expect(body.length).toBeLessThanOrEqual(ASSESSMENTS_PAGE_BUDGET_BYTES);

    // Every column of the list has its value: subject, programme, period, status, total, classification, updated.
    const firstRow = page.locator('table tbody tr.RaDatagrid-rowEven, table tbody tr.RaDatagrid-rowOdd').first();
    await firstRow.waitFor();
    const cells = await firstRow.locator('td').allInnerTexts();
    const expected = rows.items[0] as { subject?: { name: string } | null; programme: { name: string }; year: number; total: number };
    const text = cells.join(' | ');
    expect(text).toContain(expected.programme.name);
    expect(text).toContain(String(expected.year));
    if (expected.subject) expect(text).toContain(expected.subject.name);

    // Opened from the list, the show page renders the whole record (its results), not the row.
    await firstRow.click();
    await page.getByTestId('rating-summary').waitFor();
    await screenshot(page, 'load-05-assessment-from-list');
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
