/**
 * The hot-spot map in a real browser (Debian's Chromium driven by playwright-core) against the
 * real API, with no tile server (none can be reached from our machines): the ward police of
 * Phường Thảo Nguyên see the demo seed's located reports and businesses around the Mộc Châu
 * night market as markers and clusters; the category, kind and period filters change them; a
 * marker's popup opens its record; a business's location is picked on the map in its form; a
 * ward's other names are kept in its form; on
 * a 390 px phone the map shows its markers without sideways scrolling. Screenshots go to
 * test-artifacts/screenshots/.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { clearPublicUnitIndex } from '../api/tourism/public-units';
import { startTestApp, type TestApp } from './helpers/app';
import { launchBrowser, newContext, screenshot } from './helpers/browser';

// A browser session per step on a 2-core machine: generous, since waits end as soon as the page is ready.
jest.setTimeout(180_000);

let app: TestApp;
let browser: Browser;
/** What the API says the ward police's map holds, to compare the drawn markers with. */
let expected: { reports: number; businesses: number; crime: number };

beforeAll(async () => {
  browser = await launchBrowser();
  app = await startTestApp({ seed: 'demo' });
  const res = await app.gql<{ all: { items: Array<{ kind: string; category: string | null }> } }>('{ all: hotspots { items { kind category } } }', {}, 'thaonguyen');
  const items = res.data?.all.items ?? [];
  expected = {
    reports: items.filter((i) => i.kind === 'REPORT').length,
    businesses: items.filter((i) => i.kind === 'ESTABLISHMENT').length,
    crime: items.filter((i) => i.category === 'CRIME').length,
  };
  // The demo seed places its samples around the night market: there must be some of each.
  if (!expected.reports || !expected.businesses || !expected.crime) throw new Error(`demo seed has no located samples: ${JSON.stringify(res)}`);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const DESKTOP = { viewport: { width: 1366, height: 768 } };
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

async function signIn(username: string, options: BrowserContextOptions): Promise<Page> {
  const context = await newContext(browser, { locale: 'vi-VN', ...options });
  const page = await context.newPage();
  await page.goto(`${app.url}/admin/`);
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', 'demo-password');
  await page.click('button[type="submit"]');
  await page.getByTestId('role-chip').waitFor();
  return page;
}

/** The reports screen with its map drawn (the hot-spot panel is open by default). */
async function openMap(page: Page): Promise<void> {
  await page.goto(`${app.url}/admin/#/reports`);
  await page.locator('[data-testid="hotspot-map"] .leaflet-container').waitFor();
  await page.locator('[data-testid="hotspot-map"] .leaflet-marker-icon').first().waitFor();
}

/**
 * Drawn markers, read in the page (as text: the test's TypeScript has no DOM types): single ones,
 * clusters, and how many records they stand for (a cluster shows its number).
 */
const DRAWN = `(() => {
  const map = document.querySelector('[data-testid="hotspot-map"]');
  const singles = map ? map.querySelectorAll('.leaflet-marker-icon.hotspot-marker').length : 0;
  const clusters = map ? Array.from(map.querySelectorAll('.leaflet-marker-icon.marker-cluster')) : [];
  const inClusters = clusters.reduce((sum, c) => sum + Number((c.textContent || '').trim() || 0), 0);
  return { singles, clusters: clusters.length, points: singles + inClusters };
})()`;
type Drawn = { singles: number; clusters: number; points: number };

/**
 * Polls `read` until `done` holds (90 s at most), from the test: the page's CSP forbids the
 * string predicates of waitForFunction.
 */
async function until<T>(page: Page, read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const giveUp = Date.now() + 90_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > giveUp) throw new Error(`still ${JSON.stringify(value)}`);
    await page.waitForTimeout(200);
  }
}

/** Waits until the map shows `points` records (markers settle after a filter's reply and the map's fit). */
const expectPoints = (page: Page, points: number): Promise<Drawn> => until(page, async () => (await page.evaluate(DRAWN)) as Drawn, (now) => now.points === points);

async function chooseCategory(page: Page, category: string): Promise<void> {
  await page.getByTestId('hotspots-category').click();
  await page.getByTestId(`hotspots-category-${category}`).click();
}

test('desktop: markers and clusters without tiles; filters change them; a popup opens the report', async () => {
  const page = await signIn('thaonguyen', DESKTOP);
  await openMap(page);
  const all = await expectPoints(page, expected.reports + expected.businesses);
  // The samples crowd around the market: some are clustered, and each marker is a CSS dot, not an image.
  expect(all.clusters).toBeGreaterThan(0);
  expect(all.singles + all.clusters).toBeGreaterThan(0);
  await expect(page.getByTestId('hotspot-no-tiles').isVisible()).resolves.toBe(true);
  expect(await page.locator('[data-testid="hotspot-map"] .leaflet-tile').count()).toBe(0);
  await expect(page.getByTestId('hotspot-count').textContent()).resolves.toContain(`${expected.reports + expected.businesses} điểm`);
  await screenshot(page, 'map-desktop-all');

  // Businesses off: the reports alone.
  await page.getByTestId('hotspots-kind-ESTABLISHMENT').click();
  await expectPoints(page, expected.reports);
  // One category: its reports only.
  await chooseCategory(page, 'CRIME');
  const crime = await expectPoints(page, expected.crime);
  expect(crime.clusters + crime.singles).toBeGreaterThan(0);
  // A period before any report: nothing left on the map.
  await page.getByTestId('hotspots-from').fill('2020-01-01');
  await page.getByTestId('hotspots-to').fill('2020-01-31');
  await expectPoints(page, 0);
  await expect(page.getByTestId('hotspot-count').textContent()).resolves.toContain('0 điểm');
  // Back to today: the crime report is there again; its popup opens the report.
  const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
  await page.getByTestId('hotspots-from').fill('2025-01-01');
  await page.getByTestId('hotspots-to').fill(today);
  await expectPoints(page, expected.crime);
  const marker = page.locator('[data-testid="hotspot-map"] .leaflet-marker-icon').first();
  await marker.click();
  const popup = page.getByTestId('hotspot-popup');
  await popup.waitFor();
  const code = ((await popup.locator('strong').textContent()) ?? '').trim();
  expect(code).toMatch(/^PA-[0-9A-Z]{6}$/);
  await screenshot(page, 'map-desktop-popup');
  await popup.getByTestId('hotspot-open').click();
  await page.waitForURL(/#\/reports\/[0-9a-f]{24}\/show/);
  await page.getByText(code).first().waitFor();
  await page.context().close();
});

test('desktop: a business popup opens the business; its location is picked on the map in its form', async () => {
  const page = await signIn('thaonguyen', DESKTOP);
  await openMap(page);
  await page.getByTestId('hotspots-kind-REPORT').click();
  await expectPoints(page, expected.businesses);
  // The business farthest from the market stands alone: a square marker.
  const square = page.locator('[data-testid="hotspot-map"] .leaflet-marker-icon.hotspot-marker-square').first();
  await square.click();
  await page.getByTestId('hotspot-popup').waitFor();
  const name = ((await page.getByTestId('hotspot-popup').locator('strong').textContent()) ?? '').trim();
  await page.getByTestId('hotspot-open').click();
  await page.waitForURL(/#\/establishments\/[0-9a-f]{24}\/show/);
  const id = /establishments\/([0-9a-f]{24})/.exec(page.url())?.[1] as string;
  await page.getByText(name).first().waitFor();

  // Edit: the location's boxes hold the stored point; a tap on the picker's map moves it.
  await page.goto(`${app.url}/admin/#/establishments/${id}`);
  const lat = page.getByTestId('location-lat');
  await lat.waitFor();
  const storedLat = await lat.inputValue();
  expect(Number(storedLat)).toBeGreaterThan(20.8);
  await page.getByTestId('location-pick').click();
  const picker = page.locator('[data-testid="location-picker"] .leaflet-container');
  await picker.waitFor();
  // North-east of the stored point, away from the zoom buttons (top left) and the credit (bottom right).
  const size = await picker.boundingBox();
  await picker.click({ position: { x: (size?.width ?? 400) * 0.75, y: 60 } });
  await until(page, () => lat.inputValue(), (value) => value !== storedLat);
  const picked = { lat: Number(await lat.inputValue()), lng: Number(await page.getByTestId('location-lng').inputValue()) };
  expect(picked.lat).toBeGreaterThan(Number(storedLat));
  expect(picked.lat).toBeLessThan(20.9);
  // Half a point is refused under the field, before anything is sent.
  await page.getByTestId('location-lng').fill('');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await screenshot(page, 'map-location-half');
  await page.getByText('Cần nhập cả vĩ độ và kinh độ').first().waitFor();
  await page.getByTestId('location-lng').fill('104.6301');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await page.waitForURL(/#\/establishments\/[0-9a-f]{24}\/show|#\/establishments$/);
  const stored = await app.gql<{ establishment: { location: { lat: number; lng: number } } }>('query($id: ID!) { establishment(id: $id) { location { lat lng } } }', { id }, 'thaonguyen');
  expect(stored.data?.establishment.location).toEqual({ lat: picked.lat, lng: 104.6301 });
  await page.context().close();
});

test('desktop: the ward form keeps the ward’s other names, which the public page then finds', async () => {
  const ids = await app.gql<{ wards: { items: Array<{ id: string }> } }>('{ wards(filter: { q: "thao nguyen" }) { items { id } } }', {}, 'thaonguyen');
  const wardId = ids.data?.wards.items[0]?.id as string;
  const page = await signIn('thaonguyen', DESKTOP);
  await page.goto(`${app.url}/admin/#/wards/${wardId}`);
  // The seeded aliases fill the list's boxes.
  await page.locator('input[value="Mộc Châu"]').waitFor();
  const boxes = page.locator('.RaSimpleFormIterator-line input');
  const before = await boxes.count();
  await page.locator('.RaSimpleFormIterator-add button, button.button-add').first().click();
  await boxes.nth(before).fill('Đồi chè trái tim');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await page.waitForURL((url) => !url.hash.endsWith(wardId));
  const stored = await app.gql<{ ward: { aliases: string[] } }>('query($id: ID!) { ward(id: $id) { aliases } }', { id: wardId }, 'thaonguyen');
  expect(stored.data?.ward.aliases).toContain('Đồi chè trái tim');
  expect(stored.data?.ward.aliases).toContain('Mộc Châu');
  // The public picker's index is rebuilt within a minute; here at once.
  clearPublicUnitIndex();
  const found = await app.gql<{ publicUnits: Array<{ id: string; matchedAlias: string | null }> }>('{ publicUnits(q: "doi che trai tim") { id matchedAlias } }', {}, { token: '' });
  expect(found.data?.publicUnits[0]).toEqual({ id: wardId, matchedAlias: 'Đồi chè trái tim' });
  await page.context().close();
});

test('phone 390×844: the map shows its markers, without sideways scrolling', async () => {
  const page = await signIn('thaonguyen', PHONE);
  await openMap(page);
  const all = await expectPoints(page, expected.reports + expected.businesses);
  expect(all.singles + all.clusters).toBeGreaterThan(0);
  const mapBox = await page.getByTestId('hotspot-map').boundingBox();
  expect(mapBox?.width).toBeGreaterThan(300);
  expect((mapBox?.x ?? 0) + (mapBox?.width ?? 0)).toBeLessThanOrEqual(390);
  const overflow = (await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')) as number;
  expect(overflow).toBeLessThanOrEqual(0);
  await screenshot(page, 'map-phone');
  await page.context().close();
});
