/**
 * The console's lists exported to CSV and XLSX in a real browser (Debian's Chromium driven by
 * playwright-core) against the real API: the whole filtered list in pages the API accepts (200),
 * headers as the list's Vietnamese labels, enums by their labels, times in Vietnam's time whatever
 * the browser's zone. Then the audit log's record types: one per resource of the console, so
 * reports and businesses can be filtered, labelled and opened. The pure part of the export (paging,
 * the size cap, CSV quoting) is checked directly at the end.
 */
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser, Download, Page } from 'playwright-core';
import { EXPORT_PAGE_SIZE, ExportTooLargeError, fetchAllPages, toCsv, type Cell } from '../admin/src/common/export';
import { fixtureIds, startTestApp, type FixtureIds, type TestApp } from './helpers/app';
import { dataRows, launchBrowser, newContext, screenshot } from './helpers/browser';

// A browser session per step on a 2-core machine: generous, since waits end as soon as the page is ready.
jest.setTimeout(180_000);

let app: TestApp;
let browser: Browser;
let ids: FixtureIds;
let reportId = '';

beforeAll(async () => {
  browser = await launchBrowser();
  app = await startTestApp({ seed: 'fixture' });
  ids = await fixtureIds(app);
  // A report and a business, so the audit log holds the two record types it did not know.
  const report = await app.gql<{ createReport: { id: string } }>(
    'mutation($u: ID!) { createReport(input: { unitId: $u, category: TOUTING, description: "Chèo kéo khách ở chợ đêm", lang: vi }) { id } }',
    { u: ids.thaonguyen },
    'admin',
  );
  const business = await app.gql('mutation($n: ID!) { createEstablishment(input: { neighbourhoodId: $n, name: "Nhà nghỉ Hoa Ban", kind: LODGING }) { id } }', { n: ids.tdp32 }, 'admin');
  if (!report.data || business.errors) throw new Error(`setup failed: ${JSON.stringify(report.errors ?? business.errors)}`);
  reportId = report.data.createReport.id;
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** A fresh browser context in UTC (not Vietnam's zone: the export must not depend on it), signed in through the login page. */
async function signIn(username: string): Promise<Page> {
  const context = await newContext(browser, { viewport: { width: 1400, height: 900 }, locale: 'vi-VN', timezoneId: 'UTC', acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${app.url}/admin/`);
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', 'demo-password');
  await page.click('button[type="submit"]');
  await page.getByTestId('role-chip').waitFor();
  return page;
}

const go = (page: Page, route: string) => page.goto(`${app.url}/admin/#/${route}`);

/** Waits until the list's page-range label ("1-10 trong 408") says `total`. */
const waitForTotal = (page: Page, total: number) => page.locator('.MuiTablePagination-displayedRows', { hasText: new RegExp(`trong ${total}$`) }).first().waitFor();

/** The list's total, from its "1-10 trong 408" page-range label. */
async function listTotal(page: Page): Promise<number> {
  const label = page.locator('.MuiTablePagination-displayedRows').first();
  await label.waitFor();
  const match = /trong (\d+)/.exec((await label.textContent()) ?? '');
  if (!match) throw new Error(`no total in "${await label.textContent()}"`);
  return Number(match[1]);
}

/** The list's column headers as the screen shows them (the selection checkbox column has none). */
const screenHeaders = async (page: Page) => (await page.locator('table thead th').allTextContents()).map((t) => t.trim()).filter(Boolean);

interface Exported {
  download: Download;
  /** The page sizes the export asked for (the screen's own queries, 50 rows at most, left out). */
  limits: number[];
}

/** Export through the UI (button, then the format in its menu) and catch the download; `during` runs while it is under way. */
async function exportAs(page: Page, format: 'csv' | 'xlsx', resource: string, during?: () => Promise<void>): Promise<Exported> {
  const limits: number[] = [];
  const onRequest = (req: { url(): string; postData(): string | null }) => {
    if (!req.url().endsWith('/graphql')) return;
    const body = JSON.parse(req.postData() ?? '{}') as { operationName?: string; variables?: { page?: { limit?: number } } };
    if (body.operationName === resource && body.variables?.page?.limit) limits.push(body.variables.page.limit);
  };
  page.on('request', onRequest);
  await page.getByTestId('export-button').click();
  const downloaded = page.waitForEvent('download');
  await page.getByTestId(`export-${format}`).click();
  await during?.();
  const download = await downloaded;
  await download.path();
  page.off('request', onRequest);
  return { download, limits: limits.filter((l) => l > 50) };
}

/** RFC 4180, by hand: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endRow = () => {
    row.push(field);
    rows.push(row);
    row = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      endRow();
      i++;
    } else {
      field += c;
    }
  }
  if (field || row.length) endRow();
  return rows;
}

async function readCsv(download: Download): Promise<string[][]> {
  const bytes = fs.readFileSync((await download.path()) as string);
  // A UTF-8 byte-order mark first, so Excel reads the Vietnamese right.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parseCsv(bytes.subarray(3).toString('utf8'));
}

async function readXlsx(download: Download): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await download.path()) as string);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

const WARD_HEADERS = ['Tên xã, phường, đặc khu', 'Mã đơn vị hành chính', 'Loại', 'Tỉnh, thành phố'];

describe('exporting a list', () => {
  test('the whole wards list goes to CSV and XLSX, 200 rows a request, with the Vietnamese headers and labels', async () => {
    const api = await app.gql<{ wards: { total: number; items: Array<{ name: string }> } }>('{ wards(sort: { field: "name" }, page: { limit: 1 }) { total items { name } } }', {}, 'admin');
    const provinces = await app.gql<{ provinces: { items: Array<{ name: string }> } }>('{ provinces { items { name } } }', {}, 'admin');
    const apiTotal = api.data?.wards.total ?? 0;
    // More than one page of the API's: the old export (1,000 rows in one request) was refused outright.
    expect(apiTotal).toBeGreaterThan(EXPORT_PAGE_SIZE);

    const page = await signIn('admin');
    await go(page, 'wards');
    const total = await listTotal(page);
    expect(total).toBe(apiTotal);
    expect(await screenHeaders(page)).toEqual(WARD_HEADERS);

    const csv = await exportAs(page, 'csv', 'wards');
    expect(csv.download.suggestedFilename()).toMatch(/^wards-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.limits).toEqual(Array(Math.ceil(total / EXPORT_PAGE_SIZE)).fill(EXPORT_PAGE_SIZE));
    const [header, ...rows] = await readCsv(csv.download);
    expect(header).toEqual(WARD_HEADERS);
    expect(rows).toHaveLength(total);
    // The screen's order (name, ascending), each ward once, types by their label, provinces by name.
    expect(rows[0]?.[0]).toBe(api.data?.wards.items[0]?.name);
    expect(new Set(rows.map((r) => r[1])).size).toBe(total);
    const types = new Set(rows.map((r) => r[2]));
    expect(types).toContain('Xã');
    expect(types).toContain('Phường');
    expect([...types].every((t) => ['Xã', 'Phường', 'Đặc khu'].includes(t ?? ''))).toBe(true);
    expect(new Set(rows.map((r) => r[3]))).toEqual(new Set(provinces.data?.provinces.items.map((p) => p.name)));
    await screenshot(page, 'export-01-wards');

    // The second page is held back until the progress dialog has been seen at one page of three.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}') as { operationName?: string; variables?: { page?: { offset?: number } } };
      if (body.operationName === 'wards' && body.variables?.page?.offset === EXPORT_PAGE_SIZE) await held;
      await route.continue();
    });
    const xlsx = await exportAs(page, 'xlsx', 'wards', async () => {
      await page.getByTestId('export-progress-count').getByText(`Đã tải ${EXPORT_PAGE_SIZE} / ${total} dòng`).waitFor();
      await screenshot(page, 'export-02-progress');
      release();
    });
    expect(xlsx.download.suggestedFilename()).toMatch(/^wards-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const [xHeader, ...xRows] = await readXlsx(xlsx.download);
    expect(xHeader).toEqual(WARD_HEADERS);
    expect(xRows).toHaveLength(total);
    expect(xRows.map((r) => r[1])).toEqual(rows.map((r) => r[1]));
    expect(xRows.map((r) => r[2])).toEqual(rows.map((r) => r[2]));
    await page.context().close();
  });

  test("the export keeps the screen's filter", async () => {
    const api = await app.gql<{ wards: { total: number } }>('query($p: ID!) { wards(filter: { provinceId: $p, type: PHUONG }) { total } }', { p: ids.sonla }, 'admin');
    const page = await signIn('admin');
    await go(page, `wards?filter=${encodeURIComponent(JSON.stringify({ provinceId: ids.sonla, type: 'PHUONG' }))}`);
    const total = await listTotal(page);
    expect(total).toBe(api.data?.wards.total);
    const [, ...rows] = await readCsv((await exportAs(page, 'csv', 'wards')).download);
    expect(rows).toHaveLength(total);
    expect(new Set(rows.map((r) => `${r[2]} / ${r[3]}`))).toEqual(new Set(['Phường / Tỉnh Sơn La']));
    await page.context().close();
  });

  test('times are written in Vietnam’s time and roles by their label, whatever the browser’s zone', async () => {
    const page = await signIn('admin');
    const me = await app.gql<{ users: { items: Array<{ username: string; lastLoginAt: string }> } }>('{ users(filter: { q: "admin" }) { items { username lastLoginAt } } }', {}, 'admin');
    const lastLogin = new Date(me.data?.users.items.find((u) => u.username === 'admin')?.lastLoginAt ?? '');
    const vietnam = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .format(lastLogin)
      .replace(',', '');
    await go(page, 'users?filter=%7B%22q%22%3A%22admin%22%7D');
    await listTotal(page);
    const [header, ...rows] = await readCsv((await exportAs(page, 'csv', 'users')).download);
    expect(header).toEqual(['Tên đăng nhập', 'Họ tên', 'Vai trò', 'Phạm vi', 'Đã khóa', 'Đăng nhập lần cuối']);
    const admin = rows.find((r) => r[0] === 'admin');
    expect(admin?.slice(2)).toEqual(['Quản trị hệ thống', 'Toàn quốc', 'Không', vietnam]);
    await page.context().close();
  });
});

describe('the audit log', () => {
  test('knows every audited record type, filters by Report and opens the report', async () => {
    const api = await app.gql<{ r: { total: number }; all: { total: number } }>('{ r: auditEntries(filter: { entityType: "Report" }) { total } all: auditEntries { total } }', {}, 'admin');
    const reports = api.data?.r.total ?? 0;
    expect(reports).toBeGreaterThan(0);
    expect(api.data?.all.total).toBeGreaterThan(reports);

    const page = await signIn('admin');
    await go(page, 'auditEntries');
    await dataRows(page).first().waitFor();
    await page.getByRole('combobox', { name: 'Loại bản ghi' }).click();
    const options = await page.getByRole('option').allTextContents();
    // One per resource of the console but the log itself, Report and Establishment included.
    for (const label of ['Đánh giá', 'Mô hình', 'Phản ánh', 'Cơ sở kinh doanh', 'Khu dân cư', 'Xã, phường, đặc khu', 'Tỉnh, thành phố', 'Phong trào', 'Bộ tiêu chí', 'Tài khoản']) {
      expect(options).toContain(label);
    }
    await page.getByRole('option', { name: 'Phản ánh', exact: true }).click();
    await page.waitForURL(/entityType/);
    await waitForTotal(page, reports);
    const types = await page.locator('table tbody tr td.column-entityType').allTextContents();
    expect(types).toHaveLength(reports);
    expect(new Set(types)).toEqual(new Set(['Phản ánh']));
    await screenshot(page, 'export-03-audit-reports');

    await dataRows(page).first().click();
    const link = page.locator(`a[href$="#/reports/${reportId}/show"]`);
    await link.waitFor();
    await link.click();
    await page.waitForURL(new RegExp(`#/reports/${reportId}/show$`));
    await page.getByText('Chèo kéo khách ở chợ đêm').first().waitFor();
    await page.context().close();
  });
});

describe('the export, without a browser', () => {
  test('a list over the cap is refused after its first page, not cut short', async () => {
    const asked: number[] = [];
    const getPage = async (page: number, perPage: number) => {
      asked.push(page);
      return { data: Array.from({ length: perPage }, (_, i) => ({ id: `${page}-${i}` })), total: 50_001 };
    };
    await expect(fetchAllPages(getPage)).rejects.toEqual(new ExportTooLargeError(50_001, 50_000));
    expect(asked).toEqual([1]);
  });

  test('pages of 200 are fetched until the total, with progress', async () => {
    const all = Array.from({ length: 450 }, (_, i) => i);
    const progress: string[] = [];
    const rows = await fetchAllPages(async (page, perPage) => ({ data: all.slice((page - 1) * perPage, page * perPage), total: all.length }), {
      onProgress: (done, total) => progress.push(`${done}/${total}`),
    });
    expect(rows).toEqual(all);
    expect(progress).toEqual(['200/450', '400/450', '450/450']);
  });

  test('CSV quotes commas, quotes and line breaks (RFC 4180) and keeps formulas as text', () => {
    const cells: Cell[][] = [
      ['Xã Mường Bú, huyện cũ', 'Nhà "Hoa Ban"', 'dòng 1\ndòng 2', 42],
      ['=HYPERLINK("x")', '+84 912 345 678', null, { at: new Date(0), text: '01/01/1970 07:00', time: true }],
    ];
    const text = toCsv(['Tên', 'Ghi chú', 'Mô tả', 'Số'], cells);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toBe('\uFEFFTên,Ghi chú,Mô tả,Số\r\n"Xã Mường Bú, huyện cũ","Nhà ""Hoa Ban""","dòng 1\ndòng 2",42\r\n"\'=HYPERLINK(""x"")",+84 912 345 678,,01/01/1970 07:00\r\n');
    expect(parseCsv(text.slice(1))).toEqual([
      ['Tên', 'Ghi chú', 'Mô tả', 'Số'],
      ['Xã Mường Bú, huyện cũ', 'Nhà "Hoa Ban"', 'dòng 1\ndòng 2', '42'],
      ['\'=HYPERLINK("x")', '+84 912 345 678', '', '01/01/1970 07:00'],
    ]);
  });
});
