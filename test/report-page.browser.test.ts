/**
 * The public report page in a real browser, without an account: in English from a QR code's
 * link (unit pre-filled), and in Vietnamese picking the place by name; the receipt's tracking
 * code, the status lookup, and validation in the page's language.
 */
import type { Browser, Page } from 'playwright-core';
import { Report } from '../api/tourism/report.model';
import { fixtureIds, startTestApp, type FixtureIds, type TestApp } from './helpers/app';
import { launchBrowser, newContext, screenshot } from './helpers/browser';

jest.setTimeout(180_000);

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

async function open(query: string): Promise<Page> {
  const context = await newContext(browser, { viewport: { width: 390, height: 844 }, locale: 'vi-VN', isMobile: true });
  const page = await context.newPage();
  await page.goto(`${app.url}/report${query}`);
  return page;
}

/** The tracking code on the receipt, once it shows (the receipt is part of the page, hidden until then). */
async function receiptCode(page: Page): Promise<string> {
  await page.getByTestId('receipt').waitFor();
  return (await page.getByTestId('receipt-code').textContent()) ?? '';
}

test('a tourist reports in English from the QR code link and looks the report up', async () => {
  const page = await open(`?unit=${id.tdp32}&lang=en`);
  await page.getByRole('heading', { name: 'Report a safety, security or tourism problem' }).waitFor();
  const unit = page.getByRole('combobox', { name: /Where it happened/ });
  await page.waitForFunction(`document.querySelector('input[name="unit"]')?.value.startsWith('Tổ dân phố 3/2')`);
  expect(await unit.inputValue()).toBe('Tổ dân phố 3/2 — Phường Thảo Nguyên, Tỉnh Sơn La');
  await page.getByRole('combobox', { name: /Kind of problem/ }).selectOption({ label: 'Overcharging' });
  await page.locator('textarea[name="description"]').fill('Charged 150,000 VND for a 20,000 VND bottle of water <b>twice</b>');
  await page.locator('input[name="contactEmail"]').fill('tourist@example.com');
  await screenshot(page, '20-report-page-en');
  await page.getByRole('button', { name: 'Send report' }).click();
  const code = await receiptCode(page);
  expect(code).toMatch(/^PA-[0-9A-Z]{6}$/);
  await screenshot(page, '21-report-receipt-en');
  const stored = await Report.findOne({ code }).lean();
  expect(stored).toMatchObject({ lang: 'en', category: 'PRICE_GOUGING', description: 'Charged 150,000 VND for a 20,000 VND bottle of water <b>twice</b>', contact: { email: 'tourist@example.com' } });
  expect(String(stored?.neighbourhoodId)).toBe(id.tdp32);

  await page.locator('input[name="code"]').fill(code.toLowerCase());
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await page.getByTestId('lookup-result').getByText('Status: Received').waitFor();
  await page.context().close();
});

test('a resident reports in Vietnamese: mistakes are explained in Vietnamese, the place is found without accents', async () => {
  const page = await open('');
  await page.getByRole('heading', { name: 'Phản ánh về an ninh, trật tự, du lịch' }).waitFor();
  await page.getByRole('button', { name: 'Gửi phản ánh' }).click();
  await page.getByText('Hãy chọn nơi xảy ra sự việc').waitFor();
  await page.getByText('Hãy chọn loại phản ánh').waitFor();
  await screenshot(page, '22-report-page-vi-errors');
  await page.getByRole('combobox', { name: /Nơi xảy ra/ }).fill('thao nguyen');
  await page.getByRole('option', { name: 'Phường Thảo Nguyên — Tỉnh Sơn La' }).click();
  // Each error goes as soon as its field is fixed.
  expect(await page.getByText('Hãy chọn nơi xảy ra sự việc').count()).toBe(0);
  await page.getByRole('combobox', { name: /Loại phản ánh/ }).selectOption({ label: 'Chèo kéo, đeo bám khách' });
  expect(await page.getByText('Hãy chọn loại phản ánh').count()).toBe(0);
  await page.locator('textarea[name="description"]').fill('Có người chèo kéo khách mua hàng ở cổng chợ đêm');
  await page.locator('input[name="contactPhone"]').fill('abc');
  await page.getByRole('button', { name: 'Gửi phản ánh' }).click();
  // The phone number is refused (by the page's check, as the API would), in Vietnamese, until fixed.
  await page.getByText('Số điện thoại không hợp lệ').waitFor();
  await page.locator('input[name="contactPhone"]').fill('0987 654 321');
  expect(await page.getByText('Số điện thoại không hợp lệ').count()).toBe(0);
  await page.getByRole('button', { name: 'Gửi phản ánh' }).click();
  const code = await receiptCode(page);
  expect((await Report.findOne({ code }).lean())?.wardId?.toString()).toBe(id.thaonguyen);
  await screenshot(page, '23-report-receipt-vi');
  await page.context().close();
});
