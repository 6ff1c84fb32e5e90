/**
 * The console in a real browser (Debian's Chromium driven by playwright-core) against the real
 * API and database, as its users use it: each role signs in and sees only what it may, a
 * neighbourhood is edited, an assessment goes from draft to appraisal across two users, a stale
 * save is explained, a failed login and an expired session are handled, and the interface
 * switches to English. A screenshot of each main screen goes to test-artifacts/screenshots/.
 */
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from './helpers/app';
import { dataRows, launchBrowser, newContext, screenshot } from './helpers/browser';

// A browser session per step on a 2-core machine: generous, since waits end as soon as the page is ready.
jest.setTimeout(180_000);

let app: TestApp;
let browser: Browser;
const ids: { tdp32: string; tdp1: string; draft: string; kdc: string } = { tdp32: '', tdp1: '', draft: '', kdc: '' };

beforeAll(async () => {
  browser = await launchBrowser();
  app = await startTestApp({ seed: 'demo' });
  type Page_ = { items: Array<{ id: string; name: string }> };
  const found = await app.gql<{ n: Page_; p: Page_; one: Page_ }>(
    `{ n: neighbourhoods(filter: { q: "to dan pho 3/2" }) { items { id name } }
       one: neighbourhoods(filter: { q: "to dan pho 1" }, sort: { field: "name" }, page: { limit: 1 }) { items { id name } }
       p: programmes(filter: { q: "KDC-AN-TOAN-ANTT" }) { items { id name } } }`,
    {},
    'admin',
  );
  ids.tdp32 = found.data?.n.items[0]?.id ?? '';
  ids.tdp1 = found.data?.one.items[0]?.id ?? '';
  ids.kdc = found.data?.p.items[0]?.id ?? '';
  // A fresh draft for next year: the seed's own ratings of Tổ dân phố 3/2 are already recognised.
  const draft = await app.gql<{ createAssessment: { id: string } }>(
    'mutation($p: ID!, $s: ID!) { createAssessment(input: { programmeId: $p, subjectId: $s, year: 2027 }) { id } }',
    { p: ids.kdc, s: ids.tdp32 },
    'tdp32',
  );
  if (!draft.data) throw new Error(`setup failed: ${JSON.stringify(draft.errors)}`);
  ids.draft = draft.data.createAssessment.id;
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** A fresh browser context (no session left over), signed in through the login page. */
async function signIn(username: string, password = 'demo-password'): Promise<Page> {
  const context = await newContext(browser, { viewport: { width: 1400, height: 900 }, locale: 'vi-VN' });
  const page = await context.newPage();
  await page.goto(`${app.url}/admin/`);
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', password);
  await page.click('button[type="submit"]');
  return page;
}

const shot = screenshot;
const go = (page: Page, route: string) => page.goto(`${app.url}/admin/#/${route}`);
/** The "1-10 trong 20" page-range label under a list. */
const rangeLabel = (page: Page) => page.locator('.MuiTablePagination-displayedRows').first();
const menu = (page: Page) => page.locator('.RaMenu-open, .RaSidebar-fixed').first();

describe('signing in', () => {
  test('a wrong password keeps the user on the login page with a clear message', async () => {
    const page = await signIn('thaonguyen', 'not-the-password');
    await page.getByText('Sai tên đăng nhập hoặc mật khẩu').waitFor();
    expect(page.url()).toContain('/login');
    await shot(page, '01-login-failed');
    await page.context().close();
  });

  test('an expired session goes back to the login page, not a broken screen', async () => {
    const page = await signIn('thaonguyen');
    await page.getByTestId('role-chip').waitFor();
    // Runs in the page: the stored session now says its token expired a second ago.
    await page.evaluate(`(() => {
      const session = JSON.parse(localStorage.getItem('antt.session') ?? '{}');
      localStorage.setItem('antt.session', JSON.stringify({ ...session, expiresAt: new Date(Date.now() - 1000).toISOString() }));
    })()`);
    await go(page, 'neighbourhoods').catch((error: unknown) => {
      if (!/ERR_ABORTED|frame was detached/.test(String(error))) throw error;
    });
    // The console replaces the page with the sign-in form, which can abort the navigation above:
    // wait for the form itself rather than for one particular navigation to finish.
    await page.locator('input[name="username"]').waitFor();
    expect(page.url()).toMatch(/\/login/);
    await page.context().close();
  });
});

describe('the administrator', () => {
  test('sees every resource, including accounts, criteria sets and the audit log', async () => {
    const page = await signIn('admin');
    await page.getByTestId('role-chip').waitFor();
    for (const label of ['Đánh giá', 'Mô hình', 'Khu dân cư', 'Xã, phường, đặc khu', 'Tỉnh, thành phố', 'Phong trào', 'Bộ tiêu chí', 'Tài khoản', 'Nhật ký thay đổi']) {
      await menu(page).getByText(label, { exact: true }).waitFor();
    }
    await page.getByTestId('dashboard-pickers').waitFor();
    await shot(page, '02-admin-dashboard');
    await go(page, 'neighbourhoods');
    await rangeLabel(page).waitFor();
    // Four provinces' neighbourhoods, not one ward's.
    expect(await rangeLabel(page).textContent()).toMatch(/trong (\d{2,})/);
    await shot(page, '03-admin-neighbourhoods');
    await go(page, 'criteriaSets');
    await dataRows(page).first().waitFor();
    await shot(page, '04-admin-criteria-sets');
    await go(page, 'auditEntries');
    await dataRows(page).first().waitFor();
    await shot(page, '05-admin-audit-log');
    await page.context().close();
  });
});

describe('the ward officer of Phường Thảo Nguyên', () => {
  test("sees only the ward's records", async () => {
    const page = await signIn('thaonguyen');
    await page.getByTestId('role-chip').waitFor();
    // Home is the dashboard of their own ward, with its charts.
    await page.getByTestId('dashboard-unit').getByText('Phường Thảo Nguyên').waitFor();
    await page.getByTestId('by-status').getByText('Đã công nhận').first().waitFor();
    await page.getByTestId('breakdown').getByText('Tổ dân phố 3/2').first().waitFor();
    await shot(page, '06-ward-dashboard');
    await go(page, 'neighbourhoods?perPage=50');
    await dataRows(page).first().waitFor();
    const wards = await page.locator('table tbody tr td.column-ward\\.name').allTextContents();
    expect(wards.length).toBeGreaterThan(5);
    expect(new Set(wards)).toEqual(new Set(['Phường Thảo Nguyên']));
    await go(page, 'wards');
    await dataRows(page).first().waitFor();
    // Their own ward, plus nothing else of Sơn La's 75.
    expect(await dataRows(page).count()).toBe(1);
    await menu(page).getByText('Tài khoản', { exact: true }).waitFor();
    await page.context().close();
  });

  test('edits and saves a neighbourhood; the change is in the API and in its history', async () => {
    const page = await signIn('thaonguyen');
    await page.getByTestId('role-chip').waitFor();
    await go(page, `neighbourhoods/${ids.tdp1}`);
    const households = page.locator('input[name="households"]');
    await households.waitFor();
    await households.fill('321');
    await page.locator('input[name="headName"]').fill('Bà Lò Thị Mai');
    await shot(page, '07-ward-edit-neighbourhood');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.waitForURL(/\/show$/);
    await page.getByText('321').first().waitFor();
    const saved = await app.gql<{ neighbourhood: { households: number; headName: string } }>('query($id: ID!) { neighbourhood(id: $id) { households headName } }', { id: ids.tdp1 }, 'admin');
    expect(saved.data?.neighbourhood).toEqual({ households: 321, headName: 'Bà Lò Thị Mai' });
    await page.getByRole('tab', { name: 'Lịch sử thay đổi' }).click();
    // Fields are named as the form names them, not by their stored names.
    await page.getByTestId('record-history').getByText('Số hộ', { exact: true }).waitFor();
    await shot(page, '08-ward-neighbourhood-history');
    await page.context().close();
  });

  test('a save based on a stale version is refused and explained; the input stays in the form', async () => {
    const page = await signIn('thaonguyen');
    await page.getByTestId('role-chip').waitFor();
    await go(page, `neighbourhoods/${ids.tdp1}`);
    const note = page.locator('textarea[name="note"]');
    await note.waitFor();
    const before = await app.gql<{ neighbourhood: { note: string | null } }>('query($id: ID!) { neighbourhood(id: $id) { note } }', { id: ids.tdp1 }, 'admin');
    // Someone else saves first.
    const other = await app.gql('mutation($id: ID!) { updateNeighbourhood(id: $id, input: { population: 999 }) { version } }', { id: ids.tdp1 }, 'admin');
    expect(other.errors).toBeUndefined();
    await note.fill('Ghi chú của tôi');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('người khác đã lưu bản ghi này trước bạn').waitFor();
    expect(await note.inputValue()).toBe('Ghi chú của tôi');
    await shot(page, '09-conflict-explained');
    const after = await app.gql<{ neighbourhood: { note: string | null; population: number } }>('query($id: ID!) { neighbourhood(id: $id) { note population } }', { id: ids.tdp1 }, 'admin');
    expect(after.data?.neighbourhood).toEqual({ note: before.data?.neighbourhood.note, population: 999 });
    await page.context().close();
  });
});

describe('the head of Tổ dân phố 3/2', () => {
  test('sees one neighbourhood, no delete buttons, and may change only their own fields', async () => {
    const page = await signIn('tdp32');
    await page.getByTestId('role-chip').waitFor();
    // A head lands on their own neighbourhood's dashboard.
    await page.getByTestId('dashboard-unit').getByText('Tổ dân phố 3/2').waitFor();
    await page.getByTestId('by-status').getByText('Đã công nhận').first().waitFor();
    await shot(page, '10-head-dashboard');
    await go(page, 'neighbourhoods');
    await dataRows(page).first().waitFor();
    expect(await dataRows(page).count()).toBe(1);
    expect(await dataRows(page).first().textContent()).toContain('Tổ dân phố 3/2');
    // The menu is drawn once the permissions are known: after one entry shows, the audit log's absence is final.
    await menu(page).getByText('Khu dân cư', { exact: true }).waitFor();
    await expect(menu(page).getByText('Nhật ký thay đổi', { exact: true }).count()).resolves.toBe(0);
    await go(page, `neighbourhoods/${ids.tdp32}/show`);
    await page.getByText('Tổ dân phố 3/2').first().waitFor();
    expect(await page.getByRole('button', { name: 'Xóa' }).count()).toBe(0);
    await go(page, `neighbourhoods/${ids.tdp32}`);
    await page.locator('input[name="households"]').waitFor();
    expect(await page.locator('input[name="code"]').isDisabled()).toBe(true);
    expect(await page.locator('input[name="households"]').isDisabled()).toBe(false);
    expect(await page.getByRole('button', { name: 'Xóa' }).count()).toBe(0);
    await shot(page, '11-head-edit-neighbourhood');
    await page.context().close();
  });
});

describe('an assessment from draft to appraisal', () => {
  test('the head rates and submits; the ward police appraise', async () => {
    const head = await signIn('tdp32');
    await head.getByTestId('role-chip').waitFor();
    await go(head, `assessments/${ids.draft}`);
    await head.getByTestId('rating-total').waitFor();
    expect(await head.getByTestId('rating-total').textContent()).toMatch(/^Tổng điểm: 0 \//);
    // Ticking a pass/fail criterion updates the total before saving (the national standard has one, a placeholder).
    await head.getByTestId('criterion-TC1').locator('input[type="checkbox"]').check();
    await head.getByTestId('rating-total').getByText(/^Tổng điểm: 1 \//).waitFor();
    await shot(head, '12-head-rating');
    await head.getByRole('button', { name: 'Lưu' }).click();
    await head.waitForURL(/\/show$/);
    await head.getByTestId('workflow-panel').getByRole('button', { name: 'Gửi thẩm định' }).click();
    await head.getByTestId('workflow-confirm').click();
    await head.getByTestId('workflow-panel').getByText('Chờ thẩm định').waitFor();
    // The head may not review their own submission: no buttons left.
    expect(await head.getByTestId('workflow-panel').locator('button[data-action]').count()).toBe(0);
    await head.context().close();

    const officer = await signIn('thaonguyen');
    await officer.getByTestId('role-chip').waitFor();
    await go(officer, `assessments/${ids.draft}/show`);
    const panel = officer.getByTestId('workflow-panel');
    await panel.getByRole('button', { name: 'Thẩm định đạt' }).waitFor();
    expect(await panel.locator('button[data-action]').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-action')))).toEqual(['APPRAISE', 'RETURN']);
    await shot(officer, '13-ward-appraise');
    await panel.getByRole('button', { name: 'Thẩm định đạt' }).click();
    await officer.getByTestId('workflow-note').fill('Hồ sơ đầy đủ');
    await officer.getByTestId('workflow-confirm').click();
    await panel.getByText('Đã thẩm định, chờ công nhận').waitFor();
    await officer.context().close();

    const res = await app.gql<{ assessment: { status: string; total: number; history: Array<{ action: string; byName: string; note: string | null }> } }>(
      'query($id: ID!) { assessment(id: $id) { status total history { action byName note } } }',
      { id: ids.draft },
      'admin',
    );
    expect(res.data?.assessment).toEqual({
      status: 'APPRAISED',
      total: 1,
      history: [
        { action: 'SUBMIT', byName: 'tdp32', note: null },
        { action: 'APPRAISE', byName: 'thaonguyen', note: 'Hồ sơ đầy đủ' },
      ],
    });
  });
});

describe('reports from the public', () => {
  test('the ward police see the overdue report stand out, verify it and resolve it; the head sees no contact details', async () => {
    const found = await app.gql<{ reports: { items: Array<{ id: string; code: string }> } }>('{ reports(filter: { overdue: true }) { items { id code } } }', {}, 'thaonguyen');
    const overdue = found.data?.reports.items[0];
    expect(overdue).toBeDefined();
    const page = await signIn('thaonguyen');
    await page.getByTestId('role-chip').waitFor();
    await go(page, 'reports');
    const row = page.locator('table tbody tr', { hasText: overdue?.code ?? '' });
    await row.getByText('Quá hạn').waitFor();
    await shot(page, '15-ward-reports-inbox');
    await row.click();
    const panel = page.getByTestId('triage-panel');
    await panel.locator('button[data-status="VERIFYING"]').click();
    await page.getByTestId('triage-note').fill('Tổ tuần tra đến kiểm tra <b>ngay</b>');
    await page.getByTestId('triage-confirm').click();
    await panel.locator('button[data-status="RESOLVED"]').waitFor();
    await panel.locator('button[data-status="RESOLVED"]').click();
    await page.getByTestId('triage-note').fill('Đã nhắc nhở, giải tán');
    await page.getByTestId('substantiated-yes').click();
    await page.getByTestId('triage-confirm').click();
    await page.getByText('Tổ tuần tra đến kiểm tra <b>ngay</b>').waitFor();
    await shot(page, '16-ward-report-resolved');
    await page.context().close();
    const after = await app.gql<{ report: { status: string; substantiated: boolean; steps: Array<{ status: string; note: string }> } }>('query($id: ID!) { report(id: $id) { status substantiated steps { status note } } }', { id: overdue?.id }, 'admin');
    expect(after.data?.report).toEqual({
      status: 'RESOLVED',
      substantiated: true,
      steps: [
        { status: 'VERIFYING', note: 'Tổ tuần tra đến kiểm tra <b>ngay</b>' },
        { status: 'RESOLVED', note: 'Đã nhắc nhở, giải tán' },
      ],
    });

    const head = await signIn('tdp32');
    await head.getByTestId('role-chip').waitFor();
    await go(head, `reports/${overdue?.id}/show`);
    await head.getByText('Chỉ cán bộ Công an trong phạm vi phụ trách mới xem được').waitFor();
    expect(await head.getByTestId('triage-panel').count()).toBe(0);
    await head.context().close();
  });
});

describe('language', () => {
  test('the interface switches to English and stays there', async () => {
    const page = await signIn('thaonguyen');
    await page.getByTestId('role-chip').waitFor();
    await page.getByRole('button', { name: /Tiếng Việt/i }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await menu(page).getByText('Neighbourhoods', { exact: true }).waitFor();
    expect(await page.getByTestId('role-chip').textContent()).toBe('Commune police');
    await go(page, 'models');
    await dataRows(page).first().waitFor();
    await shot(page, '14-english-models');
    await page.reload();
    await menu(page).getByText('Assessments', { exact: true }).waitFor();
    await page.context().close();
  });
});

describe('locked inputs of the edit form', () => {
  test("the head's own neighbourhood: code, province and ward locked as the API says; the household count editable", async () => {
    const page = await signIn('tdp32');
    await page.getByTestId('role-chip').waitFor();
    await go(page, `neighbourhoods/${ids.tdp32}`);
    const input = (name: string) => page.locator(`input[name="${name}"]`);
    await input('households').waitFor();
    await input('wardId').waitFor();
    // The province picker takes the ward's lock: choosing another province is choosing another ward.
    for (const name of ['code', 'wardId', 'provinceId']) expect([name, await input(name).isDisabled()]).toEqual([name, true]);
    expect(await input('households').isDisabled()).toBe(false);
    await page.context().close();
  });
});
