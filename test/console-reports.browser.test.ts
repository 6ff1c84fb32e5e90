/**
 * The console's Báo cáo section in a real browser (Debian's Chromium driven by playwright-core)
 * against the real API: the ward officer of Phường Thảo Nguyên creates this month's report, reads
 * its computed figures, downloads Phụ lục 2 and submits it; the province officer of Sơn La finds
 * it in the completeness table and accepts it. Then the list and a report on a 390 px phone, with
 * no sideways scrolling. Screenshots go to test-artifacts/screenshots/.
 */
import ExcelJS from 'exceljs';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { fixtureIds, startTestApp, type FixtureIds, type TestApp } from './helpers/app';
import { launchBrowser, newContext, screenshot } from './helpers/browser';

// A browser session per step on a 2-core machine: generous, since waits end as soon as the page is ready.
jest.setTimeout(180_000);

let app: TestApp;
let browser: Browser;
let ids: FixtureIds;
let yearReportId = '';

/** This month in Vietnam, as the console's period picker starts. */
const today = new Date(Date.now() + 7 * 3_600_000);
const YEAR = today.getUTCFullYear();
const MONTH = today.getUTCMonth() + 1;
const MONTH_LABEL = `Tháng ${MONTH}/${YEAR}`;
const monthPeriod = `${YEAR}-${String(MONTH).padStart(2, '0')}`;

beforeAll(async () => {
  browser = await launchBrowser();
  app = await startTestApp({ seed: 'demo' });
  ids = await fixtureIds(app);
  // Figures of this month, so the monthly report has something to sum: 12 + 5 cameras.
  const model = await app.gql(
    'mutation($input: ModelCreateInput!) { createModel(input: $input) { id } }',
    {
      input: {
        name: 'Camera an ninh Thảo Nguyên (kiểm thử)',
        category: 'CAMERA',
        unitId: ids.thaonguyen,
        leadBody: 'Công an phường Thảo Nguyên',
        status: 'OPERATING',
        statusDates: { launched: `${monthPeriod}-01` },
        results: 'Phát hiện 2 vụ trộm cắp',
        figures: [
          { indicator: 'Camera an ninh', value: 12, unit: 'camera', period: monthPeriod, place: 'Tổ dân phố 3/2' },
          { indicator: 'Camera an ninh', value: 5, unit: 'camera', period: monthPeriod, place: 'Chợ Thảo Nguyên' },
        ],
      },
    },
    'thaonguyen',
  );
  // A yearly report of the ward for the phone test, which does not depend on the monthly one.
  const year = await app.gql<{ createPeriodReport: { id: string } }>(
    'mutation($input: PeriodReportCreateInput!) { createPeriodReport(input: $input) { id } }',
    { input: { unitId: ids.thaonguyen, periodKind: 'YEAR', year: YEAR, number: '99/BC-CAP', addressee: 'Công an tỉnh Sơn La', nextPlanPeriod: String(YEAR + 1) } },
    'thaonguyen',
  );
  if (model.errors || !year.data) throw new Error(`setup failed: ${JSON.stringify(model.errors ?? year.errors)}`);
  yearReportId = year.data.createPeriodReport.id;
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** A fresh browser context (no session left over), signed in through the login page. */
async function signIn(username: string, options: BrowserContextOptions = { viewport: { width: 1400, height: 900 } }): Promise<Page> {
  const context = await newContext(browser, { locale: 'vi-VN', acceptDownloads: true, ...options });
  const page = await context.newPage();
  await page.goto(`${app.url}/admin/`);
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', 'demo-password');
  await page.click('button[type="submit"]');
  await page.getByTestId('role-chip').waitFor();
  return page;
}

const go = (page: Page, route: string) => page.goto(`${app.url}/admin/#/${route}`);
const workflow = (page: Page) => page.getByTestId('workflow-panel');

/** Takes a workflow step from the panel (with a note when given) and waits for the new status. */
async function step(page: Page, action: string, status: string) {
  await workflow(page).locator(`[data-action="${action}"]`).click();
  await page.getByTestId('workflow-confirm').click();
  await workflow(page).getByTestId('period-report-status').getByText(status, { exact: true }).waitFor();
}

/** The page's width beyond the phone's 390 px: it must never scroll sideways. */
const sidewaysOverflow = async (page: Page) => ((await page.evaluate('document.scrollingElement.scrollWidth')) as number) - 390;

describe('a monthly report sent up the tree', () => {
  test('the ward officer creates it, reads its figures, downloads Phụ lục 2 and submits it', async () => {
    const page = await signIn('thaonguyen');
    await go(page, 'periodReports/create');
    // Their own ward is the only unit offered; the period starts at this month.
    await page.getByRole('combobox').filter({ hasText: 'Phường Thảo Nguyên' }).waitFor();
    await page.getByTestId('period-preview').getByText(MONTH_LABEL).waitFor();
    await page.fill('input[name="number"]', '15/BC-CAP');
    await page.fill('textarea[name="addressee"]', 'Công an tỉnh Sơn La');
    await screenshot(page, 'reports-01-create');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();

    // The show page: what it is, then the computed sections.
    await page.getByTestId('report-header').getByText('Phường Thảo Nguyên').waitFor();
    await page.getByTestId('report-period').getByText(MONTH_LABEL).waitFor();
    await page.getByTestId('section-figures').getByText('17 camera (Tổ dân phố 3/2: 12; Chợ Thảo Nguyên: 5)').waitFor();
    await page.getByTestId('section-models').getByText('Camera an ninh').first().waitFor();
    await screenshot(page, 'reports-02-show');

    // Phụ lục 2 as the browser saves it.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-xlsx').click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await download.path());
    const sheet = book.worksheets[0];
    const rows: string[][] = [];
    sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
    const header = rows.find((r) => r[0] === 'STT');
    expect(header?.slice(0, 3)).toEqual(['STT', 'Tên mô hình', 'Đơn vị/địa bàn thực hiện']);
    expect(rows.some((r) => r[1] === 'Camera an ninh Thảo Nguyên (kiểm thử)')).toBe(true);

    // The ward may submit, not accept; once sent it is frozen (no edit button).
    expect(await workflow(page).locator('[data-action="ACCEPT"]').count()).toBe(0);
    await step(page, 'SUBMIT', 'Đã gửi');
    await workflow(page).getByTestId('workflow-history').getByText('Gửi cấp trên').waitFor();
    await page.getByText('Số liệu đã chốt khi gửi cấp trên', { exact: false }).waitFor();
    expect(await page.getByRole('link', { name: 'Sửa', exact: true }).count()).toBe(0);
    await page.context().close();
  });

  test('the province officer sees it submitted in the completeness table, opens it and accepts it', async () => {
    const page = await signIn('sonla');
    await go(page, 'periodReports');
    await page.getByTestId('reports-tab-completeness').click();
    // Their province and this month by default.
    const table = page.getByTestId('completeness');
    await table.getByText(`Tỉnh Sơn La · ${MONTH_LABEL}`).waitFor();
    const row = page.getByTestId('completeness-row').filter({ hasText: 'Phường Thảo Nguyên' });
    await row.getByText('Đã gửi', { exact: true }).waitFor();
    expect(await row.getAttribute('data-status')).toBe('SUBMITTED');
    await page.getByTestId('completeness-count-SUBMITTED').getByText('Đã gửi: 1').waitFor();
    // The month is not over: nobody is late yet, so "late only" lists nothing.
    await page.getByTestId('completeness-filter').getByText('Trễ hạn').click();
    await page.getByText('Không có đơn vị nào phù hợp.').waitFor();
    await page.getByTestId('completeness-filter').getByText('Tất cả').click();
    await screenshot(page, 'reports-03-completeness');

    await row.getByRole('link', { name: 'Phường Thảo Nguyên' }).click();
    await page.getByTestId('report-period').getByText(MONTH_LABEL).waitFor();
    // Returning needs a note: without one the step cannot be confirmed.
    await workflow(page).locator('[data-action="RETURN"]').click();
    expect(await page.getByTestId('workflow-confirm').isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Hủy' }).click();
    await step(page, 'ACCEPT', 'Đã tiếp nhận');

    // Back in the table, with the same unit and period picked.
    await page.goBack();
    await page.getByTestId('completeness').getByText(`Tỉnh Sơn La · ${MONTH_LABEL}`).waitFor();
    await page.getByTestId('completeness-row').filter({ hasText: 'Phường Thảo Nguyên' }).getByText('Đã tiếp nhận', { exact: true }).waitFor();
    await page.context().close();
  });
});

describe('on a 390 px phone', () => {
  test('the list, a report, the completeness table and the forms fit the screen', async () => {
    const page = await signIn('thaonguyen', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await go(page, 'periodReports');
    await page.getByText(`Năm ${YEAR}`).first().waitFor();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(1);
    await screenshot(page, 'reports-04-phone-list');

    await page.getByText(`Năm ${YEAR}`).first().click();
    await page.waitForURL(new RegExp(`${yearReportId}/show`));
    await page.getByTestId('section-models').waitFor();
    await page.getByTestId('workflow-panel').locator('[data-action="SUBMIT"]').waitFor();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(1);
    await screenshot(page, 'reports-05-phone-show');
    await page.getByTestId('section-figures').scrollIntoViewIfNeeded();
    await screenshot(page, 'reports-06-phone-figures');

    await page.getByRole('tab', { name: 'Phụ lục 2' }).click();
    await page.getByTestId('annex-row').first().waitFor();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(1);
    await screenshot(page, 'reports-07-phone-annex');

    await go(page, 'periodReports?view=completeness');
    await page.getByTestId('completeness-row').first().waitFor();
    // Their ward is picked (its label moved above the value), so its neighbourhoods are listed.
    await page.locator('label.MuiInputLabel-shrink', { hasText: 'Xã, phường, đặc khu' }).waitFor();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(1);
    await screenshot(page, 'reports-08-phone-completeness');

    // The narrative is pre-filled from the ward's models and editable while the report is a draft.
    await go(page, `periodReports/${yearReportId}`);
    const results = page.locator('textarea[name="results"]');
    await results.waitFor();
    expect(await results.inputValue()).toContain('- Camera an ninh Thảo Nguyên (kiểm thử): Phát hiện 2 vụ trộm cắp');
    expect(await results.isEditable()).toBe(true);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(1);
    await screenshot(page, 'reports-09-phone-edit');

    await go(page, 'periodReports/create');
    await page.getByTestId('period-preview').waitFor();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(1);
    await screenshot(page, 'reports-10-phone-create');
    await page.context().close();
  });
});
