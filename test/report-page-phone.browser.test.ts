/**
 * The public report page on a tourist's phone (390×844): how fast its form shows on a weak
 * network (400 kbps, 400 ms, through the DevTools protocol), the 113 line in the served HTML
 * before any script, the place found by a well-known name ("moc chau", "cho dem") or by the
 * phone's location (the point is stored with the report), errors that go away once fixed, a
 * refusal for too many reports with its retry time, and the tracking code: copied, kept on the
 * device across a reload, carried into "check a report", its status in words.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { Throttle } from '../api/core/throttle';
import { NIGHT_MARKET } from '../seed/data/places';
import { fixtureIds, startTestApp, type FixtureIds, type TestApp } from './helpers/app';
import { launchBrowser, newContext, screenshot } from './helpers/browser';

jest.setTimeout(240_000);

let app: TestApp;
let browser: Browser;
let id: FixtureIds;

beforeAll(async () => {
  browser = await launchBrowser();
  app = await startTestApp();
  id = await fixtureIds(app);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

// Submissions are throttled per client address, and every test here comes from 127.0.0.1.
beforeEach(() => Throttle.deleteMany({}));

const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'en-GB' };
/** The weak-network phone profile: 400 kbps both ways, 400 ms latency (bytes per second for CDP). */
const WEAK_NETWORK = { offline: false, latency: 400, downloadThroughput: 400_000 / 8, uploadThroughput: 400_000 / 8 };
/** The page's budget on that profile (issue 12): the form within 3 s. */
const FORM_BUDGET_MS = 3_000;

async function open(query: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await newContext(browser, { ...PHONE, ...options });
  const page = await context.newPage();
  await page.goto(`${app.url}/report${query}`);
  await page.getByTestId('report-form').waitFor();
  return page;
}

/** Waits for the place box to show the unit of the QR code's link (read once the page has started). */
async function unitShown(page: Page, prefix: string): Promise<void> {
  const input = await page.locator('input[name="unit"]').elementHandle();
  // The input is handed in as an argument: the API's tsconfig has no DOM types, and the page's CSP refuses string predicates.
  await page.waitForFunction(([node, start]) => (node as unknown as { value: string }).value.startsWith(start), [input, prefix] as const);
}

/** The stored report of a tracking code, read through the API as the administrator. */
async function storedReport(code: string) {
  const res = await app.gql<{ reports: { items: Array<{ code: string; unitId: string; lang: string; location: { text: string | null; lat: number | null; lng: number | null } | null }> } }>(
    'query($q: String) { reports(filter: { q: $q }, page: { limit: 50 }) { items { code unitId lang location { text lat lng } } } }',
    { q: null },
    'admin',
  );
  expect(res.errors).toBeUndefined();
  return res.data?.reports.items.find((r) => r.code === code);
}

/** The tracking code on the receipt, once it shows (the receipt is part of the page, hidden until then). */
async function receiptCode(page: Page): Promise<string> {
  await page.getByTestId('receipt').waitFor();
  return (await page.getByTestId('receipt-code').textContent()) ?? '';
}

test('the served page holds the title and the 113 line itself, before any script runs', async () => {
  const res = await fetch(`${app.url}/report`);
  const html = await res.text();
  expect(res.status).toBe(200);
  expect(html).toContain('<a href="tel:113">113</a>');
  expect(html).toContain('Trường hợp khẩn cấp, hãy gọi ngay');
  expect(html).toContain('In an emergency, call');
  // Its styles are inline: no style sheet to wait for on the first paint.
  expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/);

  // A phone with scripts off still sees the title and the 113 line (a link that dials), and is told why there is no form.
  const context = await newContext(browser, { ...PHONE, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${app.url}/report`);
  await page.getByRole('heading', { name: /Phản ánh về an ninh, trật tự, du lịch/ }).waitFor();
  expect(await page.getByTestId('emergency').isVisible()).toBe(true);
  expect(await page.getByTestId('emergency').getByRole('link', { name: '113' }).first().getAttribute('href')).toBe('tel:113');
  expect(await page.getByTestId('noscript').textContent()).toContain('This page needs JavaScript to send a report.');
  expect(await page.getByTestId('report-form').isVisible()).toBe(false);
  await screenshot(page, '30-report-page-shell');
  await context.close();
});

test('on a weak network the 113 line paints at once and the form shows within 3 s', async () => {
  const context = await newContext(browser, PHONE);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', WEAK_NETWORK);
  // What crossed the network, per URL: the bytes on the wire (compressed when the server compresses).
  const urls = new Map<string, string>();
  const transferred: string[] = [];
  cdp.on('Network.responseReceived', (e) => urls.set(e.requestId, new URL(e.response.url).pathname));
  cdp.on('Network.loadingFinished', (e) => transferred.push(`${urls.get(e.requestId) ?? '?'} ${e.encodedDataLength} B`));
  const started = Date.now();
  await page.goto(`${app.url}/report?lang=en`, { waitUntil: 'commit' });
  await page.getByTestId('emergency').waitFor();
  const emergencyMs = Date.now() - started;
  // Until the script has run: the loading state, not an empty screen.
  const loadingShown = await page.getByText('Loading the form…').isVisible();
  await page.getByTestId('report-form').waitFor();
  const formMs = Date.now() - started;
  console.log(`report page, 400 kbps / 400 ms: 113 line after ${emergencyMs} ms, form after ${formMs} ms (budget ${FORM_BUDGET_MS} ms); ${transferred.join('; ')}`);
  await screenshot(page, '31-report-page-throttled');
  // The map (Leaflet) is not part of the first load.
  expect(loadingShown).toBe(true);
  expect(await page.getByText('Loading the form…').count()).toBe(0);
  expect(transferred.length).toBeGreaterThanOrEqual(2);
  expect(transferred.some((r) => /leaflet|locationMap/i.test(r))).toBe(false);
  expect(formMs).toBeLessThanOrEqual(FORM_BUDGET_MS);
  await context.close();
});

test('a place is found by its well-known names: "moc chau" and "cho dem" find the ward with the night market', async () => {
  const page = await open('?lang=en');
  const place = page.getByRole('combobox', { name: /Where it happened/ });
  await place.fill('moc chau');
  const first = page.getByRole('option').first();
  await first.getByText('Phường Thảo Nguyên (Mộc Châu)').waitFor();
  expect(await first.textContent()).toBe('Phường Thảo Nguyên (Mộc Châu) — Tỉnh Sơn La');
  await screenshot(page, '32-report-page-alias');

  await place.fill('cho dem');
  await page.getByRole('option').first().getByText(/\(Chợ đêm/).waitFor();
  const names = await page.getByRole('option').allTextContents();
  expect(names[0]).toMatch(/^(Phường Thảo Nguyên|Tổ dân phố 3\/2) \(Chợ đêm/);
  // By keyboard: down to the first option, Enter chooses it.
  await place.press('ArrowDown');
  expect(await place.getAttribute('aria-activedescendant')).toBeTruthy();
  await place.press('Enter');
  expect(await place.inputValue()).toMatch(/^(Phường Thảo Nguyên — Tỉnh Sơn La|Tổ dân phố 3\/2 — Phường Thảo Nguyên, Tỉnh Sơn La)$/);
  expect(await page.getByRole('listbox').count()).toBe(0);
  await page.context().close();
});

test('"use my location" picks the nearest place, the map moves the point, and the point is stored with the report', async () => {
  const page = await open('?lang=en', { geolocation: { latitude: NIGHT_MARKET.lat, longitude: NIGHT_MARKET.lng, accuracy: 25 }, permissions: ['geolocation'] });
  await page.getByRole('button', { name: 'Use my location' }).click();
  const near = page.getByTestId('near-units');
  await near.waitFor();
  // The night market's neighbourhood is the nearest (0 m), its ward next.
  const choices = near.getByRole('radio');
  expect(await choices.count()).toBeGreaterThanOrEqual(2);
  expect(await near.locator('label').first().textContent()).toMatch(/^Tổ dân phố 3\/2 — Phường Thảo Nguyên, Tỉnh Sơn La · \d+ m$/);
  expect(await choices.first().isChecked()).toBe(true);
  const place = page.getByRole('combobox', { name: /Where it happened/ });
  expect(await place.inputValue()).toBe('Tổ dân phố 3/2 — Phường Thảo Nguyên, Tỉnh Sơn La');
  expect(await page.getByTestId('chosen-point').textContent()).toContain(`${NIGHT_MARKET.lat.toFixed(5)}, ${NIGHT_MARKET.lng.toFixed(5)} (within about 25 m)`);

  // The map, loaded on demand, shows the point and the places without any tile server; a tap moves the point.
  await page.getByRole('button', { name: 'Adjust the point on a map' }).click();
  const map = page.getByTestId('location-map');
  await map.locator('.report-pin').waitFor();
  expect(await map.locator('.leaflet-tile').count()).toBe(0);
  expect(await map.locator('path.leaflet-interactive').count()).toBeGreaterThanOrEqual(2);
  await map.scrollIntoViewIfNeeded();
  await screenshot(page, '33-report-page-location-map');
  const container = map.locator('.leaflet-container');
  const box = await container.boundingBox();
  if (!box) throw new Error('the map has no box');
  await container.click({ position: { x: box.width * 0.8, y: box.height * 0.8 } });
  // A point placed by hand has no accuracy.
  await page.getByTestId('chosen-point').filter({ hasNotText: 'within about' }).waitFor();
  const moved = /(-?\d+\.\d+), (-?\d+\.\d+)/.exec((await page.getByTestId('chosen-point').textContent()) ?? '');
  const [lat, lng] = [Number(moved?.[1]), Number(moved?.[2])];
  // South-east of the night market: below and right of the map's centre.
  expect(lat).toBeLessThan(NIGHT_MARKET.lat);
  expect(lng).toBeGreaterThan(NIGHT_MARKET.lng);
  // The chosen place stays the user's choice.
  expect(await place.inputValue()).toBe('Tổ dân phố 3/2 — Phường Thảo Nguyên, Tỉnh Sơn La');

  await page.getByRole('combobox', { name: /Kind of problem/ }).selectOption({ label: 'Touting, pestering' });
  await page.getByRole('textbox', { name: /What happened/ }).fill('A driver kept following us from the night market gate');
  await page.getByRole('button', { name: 'Send report' }).click();
  const code = await receiptCode(page);
  const stored = await storedReport(code);
  expect(stored).toMatchObject({ unitId: id.tdp32, lang: 'en' });
  expect(stored?.location?.lat).toBeCloseTo(lat, 5);
  expect(stored?.location?.lng).toBeCloseTo(lng, 5);
  await page.context().close();
});

test('without permission for the location the page says so and the place can still be typed', async () => {
  const page = await open('', { locale: 'vi-VN', permissions: [] });
  await page.getByRole('button', { name: 'Dùng vị trí của tôi' }).click();
  await page.getByText(/Chưa được phép dùng vị trí|Không lấy được vị trí/).waitFor();
  expect(await page.getByTestId('near-units').isVisible()).toBe(false);
  await page.context().close();
});

test('far from every place on the map, "use my location" offers nothing and asks for the place by name', async () => {
  // Hà Nội's centre: none of the fixture's places is within 25 km.
  const page = await open('?lang=en', { geolocation: { latitude: 21.0285, longitude: 105.8542 }, permissions: ['geolocation'] });
  await page.getByRole('button', { name: 'Use my location' }).click();
  await page.getByText('No place within 25 km of this point is on the map yet. Please type where it happened.').waitFor();
  expect(await page.getByTestId('near-units').isVisible()).toBe(false);
  expect(await page.getByRole('combobox', { name: /Where it happened/ }).inputValue()).toBe('');
  // The point itself is still sent if the reporter wants.
  expect(await page.getByTestId('chosen-point').textContent()).toContain('21.02850, 105.85420');
  await page.context().close();
});

test('errors go away as soon as the field is fixed, and a refusal of the API is shown under its field', async () => {
  const page = await open(`?lang=en&unit=${id.tdp32}`);
  const place = page.getByRole('combobox', { name: /Where it happened/ });
  await unitShown(page, 'Tổ dân phố 3/2');
  await page.getByRole('button', { name: 'Send report' }).click();
  const category = page.getByRole('combobox', { name: /Kind of problem/ });
  const description = page.getByRole('textbox', { name: /What happened/ });
  await page.getByText('Choose a category').waitFor();
  await page.getByText('Describe what happened (10 to 2000 characters)').waitFor();
  expect(await page.getByTestId('form-error').textContent()).toBe('Please check the marked fields.');
  expect(await category.getAttribute('aria-invalid')).toBe('true');
  // The error is tied to its field for screen readers.
  const describedBy = (await category.getAttribute('aria-describedby')) ?? '';
  expect(await page.locator(`[id="${describedBy.split(' ')[0]}"]`).textContent()).toBe('Choose a category');
  expect(await place.getAttribute('aria-invalid')).toBeNull();

  await category.selectOption({ label: 'Overcharging' });
  expect(await page.getByText('Choose a category').count()).toBe(0);
  expect(await category.getAttribute('aria-invalid')).toBeNull();
  await description.fill('Too short');
  expect(await page.getByText('Describe what happened (10 to 2000 characters)').count()).toBe(1);
  await description.fill('Charged twice the menu price for noodles');
  expect(await page.getByText('Describe what happened (10 to 2000 characters)').count()).toBe(0);
  expect(await page.getByTestId('form-error').textContent()).toBe('');

  // An address the page's own check lets through but the API refuses: shown under the field, in English.
  const email = page.getByRole('textbox', { name: 'E-mail' });
  await email.fill('tourist..name@example.com');
  await page.getByRole('button', { name: 'Send report' }).click();
  await page.getByText('This e-mail address is not valid').waitFor();
  expect(await email.getAttribute('aria-invalid')).toBe('true');
  await screenshot(page, '34-report-page-server-error');
  await email.fill('tourist.name@example.com');
  expect(await page.getByText('This e-mail address is not valid').count()).toBe(0);
  expect(await page.getByTestId('form-error').textContent()).toBe('');

  // Removing the place again brings its error back at once.
  await place.fill('x');
  await page.getByText('Choose where it happened').waitFor();
  await page.context().close();
});

test('too many reports from one network: the refusal says when to try again, in the page language', async () => {
  // Fill this address's window through the API (a refused submission counts like any other).
  for (let i = 0; i < app.config.reportLimit; i++) {
    await app.gql('mutation($input: ReportInput!) { submitReport(input: $input) { code } }', { input: { unitId: id.tdp32, category: 'OTHER', description: 'x', lang: 'vi' } });
  }
  const page = await open(`?unit=${id.tdp32}`, { locale: 'vi-VN' });
  await unitShown(page, 'Tổ dân phố 3/2');
  await page.getByRole('combobox', { name: /Loại phản ánh/ }).selectOption({ label: 'Gây mất trật tự' });
  await page.getByRole('textbox', { name: /Nội dung phản ánh/ }).fill('Hát karaoke quá to sau 23 giờ ở tổ dân phố');
  await page.getByRole('button', { name: 'Gửi phản ánh' }).click();
  const refusal = page.getByTestId('form-error');
  await refusal.getByText(/^Bạn đã gửi quá nhiều phản ánh\. Vui lòng thử lại sau \d+ phút \(lúc \d{2}:\d{2}\); việc khẩn cấp hãy gọi 113\.$/).waitFor();
  await screenshot(page, '35-report-page-rate-limited');
  await page.context().close();
});

test('the tracking code is copied, kept on the device after a reload, carried into "check a report", its status in words', async () => {
  const page = await open(`?lang=en&unit=${id.tdp32}`, { permissions: ['clipboard-read', 'clipboard-write'] });
  await unitShown(page, 'Tổ dân phố 3/2');
  await page.getByRole('combobox', { name: /Kind of problem/ }).selectOption({ label: 'Poor quality goods' });
  await page.getByRole('textbox', { name: /What happened/ }).fill('The tea sold as Mộc Châu tea is not from here');
  await page.getByRole('button', { name: 'Send report' }).click();
  const code = await receiptCode(page);
  expect(code).toMatch(/^PA-[0-9A-Z]{6}$/);
  // Focus moves to the news.
  expect(await page.locator(':focus').textContent()).toBe('Your report has been received');

  await page.getByRole('button', { name: 'Copy code' }).click();
  await page.getByTestId('copy-status').getByText(`Code ${code} copied`).waitFor();
  expect(await page.evaluate(() => (globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }).navigator.clipboard.readText())).toBe(code);

  // "Check this code": the lookup is filled in and answers in words.
  await page.getByRole('button', { name: 'Check this code' }).click();
  const lookup = page.getByTestId('status-lookup');
  expect(await lookup.getByRole('textbox', { name: /Tracking code/ }).inputValue()).toBe(code);
  await lookup.getByText('Status: Received').waitFor();
  await lookup.getByText('The team on duty has your report and will assign an officer to check it.').waitFor();
  expect(await lookup.getByText(/^Updated \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/).count()).toBe(1);
  await screenshot(page, '36-report-page-lookup');

  // A reload keeps the code: pre-filled, and offered among this device's codes.
  await page.reload();
  await page.getByTestId('report-form').waitFor();
  expect(await lookup.getByRole('textbox', { name: /Tracking code/ }).inputValue()).toBe(code);
  await lookup.getByRole('button', { name: code }).waitFor();
  await lookup.getByRole('textbox', { name: /Tracking code/ }).fill('');
  await lookup.getByRole('button', { name: code }).click();
  await lookup.getByRole('button', { name: 'Check', exact: true }).click();
  await lookup.getByText('Status: Received').waitFor();

  // In Vietnamese, the same status in Vietnamese words.
  await page.getByTestId('lang-vi').click();
  await lookup.getByRole('button', { name: 'Tra cứu', exact: true }).click();
  await lookup.getByText('Tình trạng: Đã tiếp nhận').waitFor();
  await lookup.getByText(/^Cập nhật lúc \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/).waitFor();
  await page.context().close();
});
