/**
 * Nhập từ Excel in a real browser (Debian's Chromium driven by playwright-core) against the real
 * API, on a 390 px phone: the ward officer of Phường Thảo Nguyên opens the screen from the menu,
 * downloads the template, sees a file without the required columns refused as a whole, checks a
 * CSV made from the template (one new neighbourhood, one row with a wrong type), imports the
 * valid row once (double clicks blocked while it runs) and the API holds exactly one more
 * neighbourhood. The page never scrolls sideways. A viewer has no menu entry; a head has one.
 * Screenshots go to test-artifacts/screenshots/.
 */
import fs from 'node:fs/promises';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { fixtureIds, startTestApp, type FixtureIds, type TestApp } from './helpers/app';
import { launchBrowser, newContext, screenshot } from './helpers/browser';

// A browser session per step on a 2-core machine: generous, since waits end as soon as the page is ready.
jest.setTimeout(180_000);

let app: TestApp;
let browser: Browser;
let ids: FixtureIds;
let wardCode = '';

const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

beforeAll(async () => {
  browser = await launchBrowser();
  app = await startTestApp();
  ids = await fixtureIds(app);
  const ward = await app.gql<{ ward: { code: string } }>('query($id: ID!) { ward(id: $id) { code } }', { id: ids.thaonguyen }, 'admin');
  if (!ward.data) throw new Error(`setup failed: ${JSON.stringify(ward.errors)}`);
  wardCode = ward.data.ward.code;
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

const menu = (page: Page) => page.locator('.RaMenu-open, .RaSidebar-fixed').first();

/** The page's width beyond the phone's 390 px: it must never scroll sideways. */
const sidewaysOverflow = async (page: Page) => ((await page.evaluate('document.scrollingElement.scrollWidth')) as number) - 390;

/** The ward's neighbourhoods as the API counts them, and those with the given code. */
async function neighbourhoodsOf(code: string) {
  const res = await app.gql<{ all: { total: number }; found: { items: Array<{ code: string; name: string; type: string; households: number }> } }>(
    'query($w: ID!, $q: String!) { all: neighbourhoods(filter: { wardId: $w }) { total } found: neighbourhoods(filter: { wardId: $w, q: $q }) { items { code name type households } } }',
    { w: ids.thaonguyen, q: code },
    'admin',
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return { total: res.data.all.total, found: res.data.found.items.filter((n) => n.code === code) };
}

const pickFile = (page: Page, name: string, text: string) => page.getByTestId('import-file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
const row = (page: Page, n: number) => page.getByTestId('import-row').and(page.locator(`[data-row="${n}"]`));

describe('on a 390 px phone', () => {
  test('the ward officer checks a CSV, sees each row’s outcome and imports the valid row once', async () => {
    const page = await signIn('thaonguyen', PHONE);
    // From the menu (a drawer on a phone).
    await page.getByRole('button', { name: 'Mở menu' }).click();
    await page.getByTestId('menu-imports').click();
    await page.getByTestId('import-page').waitFor();
    await page.getByTestId('import-kind').locator('[data-kind="neighbourhoods"]').click();
    await page.getByTestId('import-columns').getByText('Mã xã, phường *', { exact: true }).waitFor();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(1);
    await screenshot(page, 'imports-01-phone-page');

    // The template: UTF-8 with a byte order mark, the headers the import reads.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('import-template').click()]);
    expect(download.suggestedFilename()).toBe('mau-nhap-khu-dan-cu.csv');
    const template = await fs.readFile(await download.path());
    expect([...template.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const header = template.toString('utf8').slice(1).trim();
    expect(header).toBe('"Mã xã, phường","Mã khu dân cư","Tên khu dân cư","Loại","Số hộ","Số nhân khẩu","Người đứng đầu","Điện thoại"');

    // A file the API cannot read as a whole: the console's explanation and the API's sentence.
    await pickFile(page, 'sai-cot.csv', 'Tên,Số hộ\r\nA,1\r\n');
    await page.getByTestId('import-check').click();
    const refused = page.getByTestId('import-error');
    await refused.getByText('Không đọc được tệp.').waitFor();
    await refused.getByText('Missing column(s): Mã xã, phường, Mã khu dân cư').waitFor();

    // The template filled in: row 2 is new, row 3 has a type no neighbourhood has.
    const before = await neighbourhoodsOf('TDP-NHAP-1');
    expect(before.found).toEqual([]);
    const csv = `${header}\r\n${wardCode},TDP-NHAP-1,Tổ dân phố Nhập thử,Tổ dân phố,52,180,Lò Văn B,\r\n${wardCode},TDP-NHAP-2,Tổ dân phố Sai loại,Làng,10,30,,\r\n`;
    await pickFile(page, 'khu-dan-cu.csv', csv);
    await page.getByTestId('import-file-name').getByText(/^khu-dan-cu\.csv \(\d+ B\)$/).waitFor();
    expect(await refused.count()).toBe(0);
    await page.getByTestId('import-check').click();

    const dry = page.locator('[data-testid="import-result"][data-dry-run="true"]');
    await dry.waitFor();
    await dry.getByTestId('import-count-CREATE').getByText('Thêm mới: 1').waitFor();
    await dry.getByTestId('import-count-ERROR').getByText('Lỗi: 1').waitFor();
    expect(await row(page, 2).getAttribute('data-status')).toBe('CREATE');
    await row(page, 2).getByText('Thêm mới', { exact: true }).waitFor();
    await row(page, 2).getByText('TDP-NHAP-1 · Tổ dân phố Nhập thử').waitFor();
    expect(await row(page, 3).getAttribute('data-status')).toBe('ERROR');
    await row(page, 3).getByText('Lỗi', { exact: true }).waitFor();
    // The type column under its Vietnamese label, the API's own (English) reason after it.
    const typeError = row(page, 3).getByTestId('import-row-error');
    expect(await typeError.getAttribute('data-column')).toBe('type');
    expect(await typeError.textContent()).toMatch(/^Loại: is not a kind of neighbourhood/);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(1);
    await dry.scrollIntoViewIfNeeded();
    await screenshot(page, 'imports-02-phone-dry-run');

    // Errors only, then everything again.
    await page.getByTestId('import-only-errors').click();
    await row(page, 2).waitFor({ state: 'detached' });
    expect(await page.getByTestId('import-row').count()).toBe(1);
    await page.getByTestId('import-only-errors').click();
    await row(page, 2).waitFor();
    // The dry run wrote nothing.
    expect((await neighbourhoodsOf('TDP-NHAP-1')).total).toBe(before.total);

    // The import, held back until a second click was tried: one request, a progress bar with the file's size.
    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().includes('/imports/')) posts.push(r.url());
    });
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route((url) => url.pathname === '/imports/neighbourhoods' && url.searchParams.get('dryRun') === 'false', async (route) => {
      await held;
      await route.continue();
    });
    const run = page.getByTestId('import-run');
    expect(await run.textContent()).toBe('Nhập 1 dòng hợp lệ');
    await run.click();
    await page.getByTestId('import-progress').getByText(/^Đang nhập khu-dan-cu\.csv \(\d+ B\)…$/).waitFor();
    expect(await run.isDisabled()).toBe(true);
    expect(await page.getByTestId('import-check').isDisabled()).toBe(true);
    await run.click({ force: true });
    await screenshot(page, 'imports-03-phone-importing');
    release();

    const done = page.locator('[data-testid="import-result"][data-dry-run="false"]');
    await done.waitFor();
    await page.getByText('Đã nhập: 1 thêm mới, 0 cập nhật; 1 dòng lỗi không được nhập.').waitFor();
    await done.getByTestId('import-count-CREATE').getByText('Thêm mới: 1').waitFor();
    await row(page, 2).getByText('Thêm mới', { exact: true }).waitFor();
    expect(await row(page, 3).getAttribute('data-status')).toBe('ERROR');
    expect(posts.filter((url) => url.includes('dryRun=false'))).toHaveLength(1);
    // Nothing more to import from this answer.
    expect(await run.count()).toBe(0);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(1);
    await done.scrollIntoViewIfNeeded();
    await screenshot(page, 'imports-04-phone-imported');

    // Exactly one neighbourhood more, the one of row 2.
    const after = await neighbourhoodsOf('TDP-NHAP-1');
    expect(after.total).toBe(before.total + 1);
    expect(after.found).toEqual([{ code: 'TDP-NHAP-1', name: 'Tổ dân phố Nhập thử', type: 'TO_DAN_PHO', households: 52 }]);
    expect((await neighbourhoodsOf('TDP-NHAP-2')).found).toEqual([]);
    await page.context().close();
  });
});

describe('who sees the menu entry', () => {
  test('a viewer has none (and the screen says it reads only); a head has one', async () => {
    const viewer = await signIn('viewer');
    // The menu is drawn once the permissions are known; the entry depends on the identity (the role chip's).
    await menu(viewer).getByText('Khu dân cư', { exact: true }).waitFor();
    expect(await menu(viewer).getByTestId('menu-imports').count()).toBe(0);
    await viewer.goto(`${app.url}/admin/#/imports`);
    await viewer.getByText('Tài khoản chỉ xem không nhập được dữ liệu.').waitFor();
    expect(await viewer.getByTestId('import-check').count()).toBe(0);
    await viewer.context().close();

    const head = await signIn('tdp32');
    await menu(head).getByTestId('menu-imports').getByText('Nhập từ Excel').waitFor();
    await head.context().close();
  });
});
