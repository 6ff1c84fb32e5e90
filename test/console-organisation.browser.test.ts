/**
 * The provincial office's organisation account in the console (issue 13, item 1), in a real
 * browser against the real API: vpubndsonla, contact person (đầu mối) of Văn phòng UBND tỉnh Sơn
 * La, sees its organisation and nothing of the province's units in the menu, opens the
 * organisation, starts the self-assessment of Decision 3554 from it (programme, its organisation
 * and the year filled in), scores the 12 criteria, saves and submits it; it is then the provincial
 * police's to appraise. The outcomes are read back from the API.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { Assessment } from '../api/assessments/assessment.model';
import { Organisation } from '../api/organisations/organisation.model';
import { Programme } from '../api/programmes/programme.model';
import { seedProgrammes } from '../seed/content';
import { seedOrganisations } from '../seed/organisations';
import { vietnamQuarter } from '../rules/dates';
import { startTestApp, type TestApp } from './helpers/app';
import { dataRows, launchBrowser, newContext, screenshot } from './helpers/browser';

jest.setTimeout(300_000);

let app: TestApp;
let browser: Browser;
let orgId = '';
let programmeId = '';
const REP = 'vpubndsonla';
const YEAR = vietnamQuarter().year;
const DESKTOP: BrowserContextOptions = { viewport: { width: 1366, height: 900 } };

beforeAll(async () => {
  browser = await launchBrowser();
  app = await startTestApp();
  await seedProgrammes();
  // Decision 3554 rates wards and organisations (seed/data/programmes.ts; set here too in case the data predates it).
  await Programme.updateOne({ code: 'DIEN-HINH-3554' }, { $addToSet: { alsoRates: 'ORGANISATION' } });
  await seedOrganisations(app.config);
  const org = await Organisation.findOne({ name: 'Văn phòng UBND tỉnh Sơn La' }).lean();
  orgId = String(org?._id);
  programmeId = String((await Programme.findOne({ code: 'DIEN-HINH-3554' }).lean())?._id);
  // The seed's draft is this test's to make again through the console: the representative deletes it (drafts may be deleted).
  const seeded = await Assessment.findOne({ organisationId: org?._id, year: YEAR }).lean();
  if (seeded) {
    const res = await app.gql('mutation($id: ID!) { deleteAssessment(id: $id) }', { id: String(seeded._id) }, REP);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
  }
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function signIn(username: string, options: BrowserContextOptions): Promise<Page> {
  const context = await newContext(browser, { locale: 'vi-VN', ...options });
  const page = await context.newPage();
  // A script error in the console is printed with the test's output.
  page.on('pageerror', (e) => console.log('page error:', e.message));
  await page.goto(`${app.url}/admin/`);
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', 'demo-password');
  await page.click('button[type="submit"]');
  await page.getByTestId('role-chip').waitFor();
  return page;
}

async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  const until = Date.now() + 60_000;
  let value = await read();
  while (!ok(value) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    value = await read();
  }
  return value;
}

async function selfAssessments() {
  const res = await app.gql<{ assessments: { items: Array<{ id: string; status: string; total: number; year: number; subjectLevel: string; organisationId: string | null }> } }>(
    'query($p: ID!, $s: ID!) { assessments(filter: { programmeId: $p, subjectId: $s }) { items { id status total year subjectLevel organisationId } } }',
    { p: programmeId, s: orgId },
    'admin',
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.assessments.items;
}

describe('the organisation’s contact person', () => {
  test('sees only its organisation, drafts the self-assessment of Decision 3554 and submits it to the provincial police', async () => {
    const page = await signIn(REP, DESKTOP);
    try {
      expect(await page.getByTestId('role-chip').textContent()).toBe('Đầu mối cơ quan, đơn vị');
      // The menu, from its permissions: its organisation and assessments; no audit log, no accounts to manage.
      const menu = page.locator('.RaSidebar-fixed');
      await menu.locator('a[href="#/organisations"]').waitFor();
      expect(await menu.locator('a[href="#/assessments"]').count()).toBe(1);
      expect(await menu.locator('a[href="#/auditEntries"]').count()).toBe(0);
      // No Excel import (it keeps no neighbourhoods or models), and a home page about its own tasks, not an area's figures.
      expect(await menu.locator('a[href="#/imports"]').count()).toBe(0);
      await page.getByTestId('dashboard-organisation').waitFor();
      expect(await page.getByTestId('dashboard-pickers').count()).toBe(0);

      // Its organisation, and only it.
      await menu.locator('a[href="#/organisations"]').click();
      await page.getByText('Văn phòng UBND tỉnh Sơn La').first().waitFor();
      expect(await eventually(() => dataRows(page).count(), (n) => n === 1)).toBe(1);
      await screenshot(page, 'organisation-01-list');
      await dataRows(page).first().click();
      await page.getByText('Trần Bình Minh').waitFor();
      await page.getByText('Cơ quan cấp tỉnh · Tỉnh Sơn La').waitFor();

      // The self-assessment, started from the organisation: programme, subject and year filled in.
      await page.getByRole('tab', { name: 'Tự đánh giá, thẩm định' }).click();
      await page.getByTestId('new-assessment').click();
      await page.getByTestId('fixed-subject').getByText('Văn phòng UBND tỉnh Sơn La').waitFor();
      expect(await page.getByRole('combobox').first().inputValue()).toContain('điển hình');
      expect(await page.locator('input[name="year"]').inputValue()).toBe(String(YEAR));
      expect(await page.locator('input[name="provinceId"], input[name="wardId"]').count()).toBe(0);
      await screenshot(page, 'organisation-02-create');
      await page.getByRole('button', { name: 'Lưu' }).click();
      await page.getByTestId('rating-sticky-summary').waitFor();
      const [created] = await eventually(selfAssessments, (list) => list.length === 1);
      expect(created).toMatchObject({ status: 'DRAFT', year: YEAR, subjectLevel: 'ORGANISATION', organisationId: orgId });

      // Its own scoring ("tự đánh giá, chấm điểm"): 5 points on each of the 12 criteria.
      for (let i = 0; i < 12; i++) await page.locator(`input[name="results.${i}.score"]`).fill('5');
      await page.getByTestId('rating-sticky-summary').getByText('60').first().waitFor();
      await screenshot(page, 'organisation-03-rating');
      await page.getByRole('button', { name: 'Lưu' }).click();
      await page.getByTestId('workflow-panel').waitFor();
      expect(await eventually(async () => (await selfAssessments())[0]?.total, (total) => total === 60)).toBe(60);

      // Submitted to the provincial police; the representative has no review step to take.
      await page.locator('[data-action="SUBMIT"]').click();
      await page.getByTestId('workflow-confirm').click();
      await page.getByTestId('workflow-no-actions').waitFor();
      await page.getByTestId('workflow-panel').getByText('Chờ thẩm định').waitFor();
      expect(await page.locator('[data-action="APPRAISE"]').count()).toBe(0);
      await screenshot(page, 'organisation-04-submitted');
    } catch (e) {
      await screenshot(page, 'organisation-failed').catch(() => undefined);
      throw e;
    }
    await page.context().close();

    const [submitted] = await selfAssessments();
    expect(submitted).toMatchObject({ status: 'SUBMITTED', total: 60 });
    const actions = await app.gql<{ assessment: { allowedActions: string[] } }>('query($id: ID!) { assessment(id: $id) { allowedActions } }', { id: submitted?.id }, 'sonla');
    expect(actions.data?.assessment.allowedActions).toContain('APPRAISE');
  });
});

describe('the provincial police', () => {
  test('record an organisation of the province from the console and give it a contact person’s account', async () => {
    const page = await signIn('sonla', DESKTOP);
    const NAME = 'Trường THPT Chuyên Sơn La (thử)';
    try {
      await page.goto(`${app.url}/admin/#/organisations/create`);
      // Their only province is filled in; no ward: a provincial body.
      expect(await eventually(() => page.locator('input[name="provinceId"]').inputValue(), (v) => v !== '')).toContain('Sơn La');
      await page.locator('input[name="name"]').fill(NAME);
      await page.getByRole('combobox', { name: 'Loại' }).click();
      await page.getByRole('option', { name: 'Cơ sở giáo dục', exact: true }).click();
      await page.locator('input[name="headName"]').fill('Hiệu trưởng (thử)');
      await page.locator('input[name="contactPhone"]').fill('0212 3855 555');
      await screenshot(page, 'organisation-05-create');
      await page.getByRole('button', { name: 'Lưu' }).click();
      await page.getByText('Cơ quan cấp tỉnh · Tỉnh Sơn La').waitFor();
      const stored = await eventually(() => Organisation.findOne({ name: NAME }).lean(), (o) => o !== null);
      expect(stored).toMatchObject({ kind: 'SCHOOL', wardId: null, headName: 'Hiệu trưởng (thử)' });
      expect(String(stored?.provinceId)).toBe(String(stored?.provinceId && (await Organisation.findById(orgId).lean())?.provinceId));

      // Its contact person: the role picks an organisation, not a unit.
      await page.goto(`${app.url}/admin/#/users/create`);
      await page.locator('input[name="username"]').fill('daumoi.thptchuyen');
      await page.locator('input[name="displayName"]').fill('Đầu mối Trường THPT Chuyên Sơn La');
      await page.locator('input[name="password"]').fill('mat-khau-thu-123');
      await page.getByRole('combobox', { name: 'Vai trò' }).click();
      await page.getByRole('option', { name: 'Đầu mối cơ quan, đơn vị', exact: true }).click();
      const organisation = page.locator('input[name="organisationId"]');
      await organisation.click();
      await organisation.fill('Chuyên');
      await page.getByRole('option', { name: NAME }).click();
      expect(await page.locator('input[name="scopeUnitId"]').count()).toBe(0);
      await screenshot(page, 'organisation-06-user');
      await page.getByRole('button', { name: 'Lưu' }).click();
      await page.getByRole('link', { name: NAME }).waitFor();
    } catch (e) {
      await screenshot(page, 'organisation-police-failed').catch(() => undefined);
      throw e;
    }
    await page.context().close();
    const user = await app.gql<{ users: { items: Array<{ role: string; organisation: { name: string } | null; scope: unknown }> } }>(
      '{ users(filter: { q: "daumoi.thptchuyen" }) { items { role organisation { name } scope { id } } } }',
      {},
      'sonla',
    );
    expect(user.data?.users.items).toEqual([{ role: 'ORGANISATION_REP', organisation: { name: NAME }, scope: null }]);
  });
});
