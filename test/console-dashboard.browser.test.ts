/**
 * The dashboards in a real browser (Debian's Chromium driven by playwright-core) against the real
 * API with the demo data: the administrator lands on the national overview; Sơn La's province
 * officer sees every one of its 75 wards and the "chưa gửi" view; Thảo Nguyên's ward officer sees
 * every neighbourhood of the ward in the chart. On a 1366×768 desktop and a 390×844 phone, with no
 * sideways scrolling of the page (tables and charts scroll inside their own box). Screenshots go
 * to test-artifacts/screenshots/.
 */
import type { Browser, Page } from 'playwright-core';
import { fixtureIds, startTestApp, type FixtureIds, type TestApp } from './helpers/app';
import { launchBrowser, newContext, screenshot } from './helpers/browser';

// A browser session per step on a 2-core machine: generous, since waits end as soon as the page is ready.
jest.setTimeout(180_000);

const DESKTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };
const YEAR = new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();

let app: TestApp;
let browser: Browser;
let ids: FixtureIds;

beforeAll(async () => {
  browser = await launchBrowser();
  app = await startTestApp({ seed: 'demo' });
  ids = await fixtureIds(app);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

type Row = { unit: { id: string; name: string } };
type Overview = { dashboard: { unit: { name: string } | null; neighbourhoods: number; breakdownCounts: { all: number; notSubmitted: number; overdue: number }; breakdown: Row[] } };
/** What the API says the console should show (the same default period, view and order). */
async function overview(user: string, unitId: string | null, view = 'ALL', sort: { field: string; order: string } = { field: 'NAME', order: 'ASC' }) {
  const res = await app.gql<Overview>(
    'query($u: ID, $y: Int!, $v: DashboardRowsView, $s: DashboardRowsSort) { dashboard(unitId: $u, year: $y) { unit { name } neighbourhoods breakdownCounts { all notSubmitted overdue } breakdown(view: $v, sort: $s) { unit { id name } } } }',
    { u: unitId, y: YEAR, v: view, s: sort },
    user,
  );
  expect(res.errors).toBeUndefined();
  return res.data?.dashboard as Overview['dashboard'];
}

async function signIn(username: string, viewport: { width: number; height: number }): Promise<Page> {
  const context = await newContext(browser, { locale: 'vi-VN', viewport, ...(viewport.width < 600 ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}) });
  const page = await context.newPage();
  await page.goto(`${app.url}/admin/`);
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', 'demo-password');
  await page.click('button[type="submit"]');
  await page.getByTestId('role-chip').waitFor();
  return page;
}

const rows = (page: Page) => page.getByTestId('breakdown-row');
/** The unit names of the rows (table rows on a desktop, cards on a phone), in order. */
const rowNames = (page: Page) => page.getByTestId('breakdown-row-name').allInnerTexts();
/** Sorts by a column: its header on a desktop; on a phone the "Sắp xếp theo" select (`label`), or the order button for the column already chosen. */
async function sortBy(page: Page, phone: boolean, field: string, label: string) {
  if (!phone) return page.getByTestId(`sort-${field}`).click();
  const select = page.getByRole('combobox', { name: 'Sắp xếp theo' });
  if ((await select.innerText()).trim() === label) return page.getByTestId('sort-order').click();
  await select.click();
  await page.getByRole('option', { name: label, exact: true }).click();
}
/** The page itself never scrolls sideways: wide tables and charts scroll inside their box. */
const pageOverflow = async (page: Page) => (await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')) as number;
/** Waits until the table lists `count` rows. */
const waitForRows = (page: Page, count: number) => page.waitForFunction(`document.querySelectorAll('[data-testid="breakdown-row"]').length === ${count}`);

test.each([
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const)('the administrator lands on the national overview, every province listed (%s)', async (name, viewport) => {
  const expected = await overview('admin', null);
  const page = await signIn('admin', viewport);
  await page.getByTestId('dashboard-unit').getByText('Toàn quốc').waitFor();
  await waitForRows(page, expected.breakdownCounts.all);
  expect(await rowNames(page)).toEqual(expected.breakdown.map((r) => r.unit.name));
  await page.getByTestId('breakdown').getByText('Theo tỉnh, thành phố').waitFor();
  await page.getByTestId('stat-neighbourhoods').getByText(new Intl.NumberFormat('vi-VN').format(expected.neighbourhoods), { exact: true }).waitFor();
  expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
  await page.getByTestId('breakdown').scrollIntoViewIfNeeded();
  await screenshot(page, `dashboard-national-${name}`);
  // Opening a province from its row shows that province.
  await rows(page).filter({ hasText: 'Sơn La' }).getByTestId('breakdown-row-name').click();
  await page.getByTestId('dashboard-unit').getByText('Sơn La').waitFor();
  await waitForRows(page, 75);
  await page.context().close();
});

test.each([
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const)('Sơn La: all 75 wards, the "chưa gửi" view and sorting (%s)', async (name, viewport) => {
  const all = await overview('sonla', ids.sonla);
  expect(all.breakdownCounts.all).toBe(75);
  const notSent = await overview('sonla', ids.sonla, 'NOT_SUBMITTED');
  expect(notSent.breakdown.length).toBeGreaterThan(0);
  const page = await signIn('sonla', viewport);
  await page.getByTestId('dashboard-unit').getByText('Sơn La').waitFor();
  await waitForRows(page, 75);
  expect(await rowNames(page)).toEqual(all.breakdown.map((r) => r.unit.name));
  await page.getByTestId('breakdown-shown').getByText('75/75').waitFor();

  await page.getByTestId('view-NOT_SUBMITTED').click();
  await waitForRows(page, notSent.breakdown.length);
  expect(await rowNames(page)).toEqual(notSent.breakdown.map((r) => r.unit.name));
  await page.getByTestId('breakdown').scrollIntoViewIfNeeded();
  // Every row of the view shows what it has not sent.
  const states = await rows(page).locator('[data-state]').evaluateAll((chips) => chips.map((c) => c.getAttribute('data-state')));
  expect(states.filter((s) => s === 'PENDING' || s === 'OVERDUE').length).toBeGreaterThanOrEqual(notSent.breakdown.length);
  expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
  await screenshot(page, `dashboard-sonla-not-sent-${name}`);

  // Sorting by name turns the order; by neighbourhoods puts the largest first, as the API orders them.
  const phone = viewport.width < 600;
  await sortBy(page, phone, 'NAME', 'Xã, phường, đặc khu');
  expect(await rowNames(page)).toEqual([...notSent.breakdown.map((r) => r.unit.name)].reverse());
  await sortBy(page, phone, 'NEIGHBOURHOODS', 'Khu dân cư');
  const byNeighbourhoods = await overview('sonla', ids.sonla, 'NOT_SUBMITTED', { field: 'NEIGHBOURHOODS', order: 'DESC' });
  expect(await rowNames(page)).toEqual(byNeighbourhoods.breakdown.map((r) => r.unit.name));

  // The chart of the view's wards scrolls sideways inside its box when they do not fit.
  await page.getByTestId('view-ALL').click();
  await waitForRows(page, 75);
  const chart = page.getByTestId('breakdown-chart-scroll');
  await chart.locator('svg').first().waitFor();
  const box = { scroll: await chart.evaluate((el) => el.scrollWidth), client: await chart.evaluate((el) => el.clientWidth) };
  expect(box.scroll).toBeGreaterThan(box.client);
  expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
  await page.context().close();
});

test.each([
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const)("Thảo Nguyên's chart names every neighbourhood of the ward (%s)", async (name, viewport) => {
  const ward = await overview('thaonguyen', ids.thaonguyen);
  expect(ward.breakdown.length).toBe(ward.neighbourhoods);
  expect(ward.neighbourhoods).toBeGreaterThan(15);
  const page = await signIn('thaonguyen', viewport);
  await page.getByTestId('dashboard-unit').getByText('Phường Thảo Nguyên').waitFor();
  await waitForRows(page, ward.neighbourhoods);
  const labels = page.getByTestId('breakdown-chart-scroll').locator('.MuiChartsAxis-directionX .MuiChartsAxis-tickLabel');
  await page.waitForFunction(`document.querySelectorAll('[data-testid="breakdown-chart-scroll"] .MuiChartsAxis-directionX .MuiChartsAxis-tickLabel').length === ${ward.neighbourhoods}`);
  expect((await labels.allTextContents()).sort()).toEqual(ward.breakdown.map((r) => r.unit.name).sort());
  expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
  await page.getByTestId('breakdown-chart-scroll').scrollIntoViewIfNeeded();
  await screenshot(page, `dashboard-ward-chart-${name}`);
  await page.context().close();
});
