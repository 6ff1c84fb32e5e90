/**
 * The Content-Security-Policy in a real browser (security review finding 5): the built console
 * (sign-in, dashboards with their charts, a list) and the public report page work under it
 * without a single violation, and no other site can frame the console.
 */
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from './helpers/app';
import { dataRows, launchBrowser, newContext } from './helpers/browser';

jest.setTimeout(180_000);

let app: TestApp;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  app = await startTestApp({ seed: 'demo' });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

interface Watched {
  page: Page;
  /** CSP violations the page reported, and script errors. */
  problems: string[];
}

/** A fresh page that reports every CSP violation (the DOM event and the console's message). */
async function watchedPage(viewport = { width: 1400, height: 900 }): Promise<Watched> {
  const context = await newContext(browser, { viewport, locale: 'vi-VN' });
  const problems: string[] = [];
  await context.exposeFunction('reportCspViolation', (text: string) => problems.push(text));
  // Runs in every document before its own scripts.
  await context.addInitScript(`document.addEventListener('securitypolicyviolation', (e) =>
    window.reportCspViolation('violation: ' + e.violatedDirective + ' blocked ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber));`);
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.text().includes('Content Security Policy')) problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return { page, problems };
}

async function signIn(page: Page, username: string): Promise<void> {
  await page.goto(`${app.url}/admin/`);
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', 'demo-password');
  await page.click('button[type="submit"]');
  await page.getByTestId('role-chip').waitFor();
}

test('the console signs the administrator in and shows the dashboard and a list, with no CSP violation', async () => {
  const { page, problems } = await watchedPage();
  await signIn(page, 'admin');
  await page.getByTestId('dashboard-pickers').waitFor();
  await page.goto(`${app.url}/admin/#/neighbourhoods`);
  await dataRows(page).first().waitFor();
  expect(problems).toEqual([]);
  await page.context().close();
});

test("a ward officer's dashboard draws its charts with no CSP violation", async () => {
  const { page, problems } = await watchedPage();
  await signIn(page, 'thaonguyen');
  await page.getByTestId('by-status').getByText('Đã công nhận').first().waitFor();
  await page.getByTestId('breakdown').getByText('Tổ dân phố 3/2').first().waitFor();
  expect(problems).toEqual([]);
  await page.context().close();
});

test('the report page renders its form and searches places with no CSP violation', async () => {
  const { page, problems } = await watchedPage({ width: 390, height: 844 });
  await page.goto(`${app.url}/report`);
  await page.getByRole('heading', { name: 'Phản ánh về an ninh, trật tự, du lịch' }).waitFor();
  await page.getByRole('combobox', { name: /Nơi xảy ra/ }).fill('thao nguyen');
  await page.getByRole('option', { name: 'Phường Thảo Nguyên — Tỉnh Sơn La' }).waitFor();
  await page.getByRole('button', { name: 'Gửi phản ánh' }).click();
  await page.getByText('Hãy chọn loại phản ánh').waitFor();
  expect(problems).toEqual([]);
  await page.context().close();
});

test('another page cannot frame the console', async () => {
  const { page } = await watchedPage();
  const refused = page.waitForEvent('console', (m) => m.text().includes("frame-ancestors 'none'"));
  await page.setContent(`<iframe src="${app.url}/admin/" width="800" height="600"></iframe>`);
  await refused;
  const frame = page.frames().find((f) => f !== page.mainFrame());
  expect(await frame?.locator('input[name="username"]').count()).toBe(0);
  await page.context().close();
});
