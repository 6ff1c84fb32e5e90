/**
 * A neighbourhood head's whole day in the console, in a real browser (Debian's Chromium driven by
 * playwright-core) on a 390×844 phone against the real API: tdp32, head of Tổ dân phố 3/2, updates
 * the households of their neighbourhood (the two fields they may change come first), enters a
 * figure of their model from its page, creates the year's self-assessment (programme, subject and
 * year filled in), rates it with "Đạt tất cả" (the total stays on screen; a set without bands is
 * not shown as a failure), submits it, and sees Edit and Delete gone at once, without a reload.
 * A second self-assessment for the year is explained before any save, with a link to the first.
 * Taps per task are logged (not asserted); the outcomes are read back from the API.
 * Also: a ward officer's create form has their only ward filled in, and the scoring rules the
 * console shows (standingOf, fullResult).
 */
import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { fixtureIds, startTestApp, type FixtureIds, type TestApp } from './helpers/app';
import { launchBrowser, newContext, screenshot } from './helpers/browser';
import { seedProgrammes } from '../seed/content';
import { vietnamQuarter } from '../rules/dates';
import { fullResult, standingOf } from '../rules/scoring';

// A browser session per test on a 2-core machine: generous, since waits end as soon as the page is ready.
jest.setTimeout(300_000);

let app: TestApp;
let browser: Browser;
let ids: FixtureIds;
let programmeId = '';

const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const YEAR = vietnamQuarter().year;
const MODEL_NAME = 'Camera an ninh Tổ dân phố 3/2';

beforeAll(async () => {
  browser = await launchBrowser();
  // The fixture's units and accounts, with the seed documents' programmes but no sample ratings:
  // the head's neighbourhood has no assessment yet this year.
  app = await startTestApp();
  await seedProgrammes();
  ids = await fixtureIds(app);
  const programmes = await app.gql<{ programmes: { items: Array<{ id: string; code: string }> } }>('{ programmes { items { id code } } }', {}, 'tdp32');
  // Sơn La's neighbourhoods are rated under the national standard (KDC-KIEU-MAU is Phường Buôn Ma Thuột's own).
  programmeId = programmes.data?.programmes.items.find((p) => p.code === 'KDC-AN-TOAN-ANTT')?.id ?? '';
  if (!programmeId) throw new Error(`setup: no KDC-AN-TOAN-ANTT programme: ${JSON.stringify(programmes.errors)}`);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** Taps (clicks) per task, logged as a table at the end: the test asserts outcomes, not these. */
const taps: Record<string, number> = {};
let task = '';
async function tap(target: Locator) {
  taps[task] = (taps[task] ?? 0) + 1;
  // A tap that cannot be made leaves a screenshot of the page as it was.
  await target.click().catch(async (e: unknown) => {
    await screenshot(target.page(), `head-day-failed-${task.replace(/\W+/g, '-')}`).catch(() => undefined);
    throw e;
  });
}

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

/** Opens a resource from the menu (a drawer on a phone). */
async function openFromMenu(page: Page, resource: string) {
  await tap(page.getByRole('button', { name: 'Mở menu' }));
  await tap(page.locator(`.RaMenu-open a[href="#/${resource}"], .RaSidebar-fixed a[href="#/${resource}"]`).first());
}

/** Reads `read` until `ok` holds (or 60 s pass) and returns the last value, for the assertion that follows. */
async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  const until = Date.now() + 60_000;
  let value = await read();
  while (!ok(value) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    value = await read();
  }
  return value;
}

/** The first visible element with this text (a phone list may keep a hidden table beside its cards). */
const visibleText = (page: Page, text: string) => page.getByText(text).filter({ visible: true }).first();

/**
 * Opens a record from its list: a phone card is a link to the record once react-admin knows the
 * user may open it (a tap before that does nothing), a table row opens it on click.
 */
async function openRow(page: Page, resource: string, id: string, text: string) {
  await visibleText(page, text).waitFor();
  const link = page.locator(`a[href="#/${resource}/${id}/show"], a[href="#/${resource}/${id}"]`).filter({ visible: true }).first();
  const isLink = await link.waitFor({ timeout: 15_000 }).then(
    () => true,
    () => false,
  );
  await tap(isLink ? link : visibleText(page, text));
}

const sidewaysOverflow = async (page: Page) => ((await page.evaluate('document.scrollingElement.scrollWidth')) as number) - 390;

async function neighbourhood() {
  const res = await app.gql<{ neighbourhood: { households: number | null } }>('query($id: ID!) { neighbourhood(id: $id) { households } }', { id: ids.tdp32 }, 'admin');
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.neighbourhood;
}

async function headAssessments() {
  const res = await app.gql<{ assessments: { items: Array<{ id: string; status: string; total: number; year: number; results: Array<{ met: boolean | null }> }> } }>(
    'query($p: ID!, $s: ID!, $y: Int!) { assessments(filter: { programmeId: $p, subjectId: $s, year: $y }) { items { id status total year results { met } } } }',
    { p: programmeId, s: ids.tdp32, y: YEAR },
    'admin',
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.assessments.items;
}

describe('the scoring rules the rating screen shows', () => {
  test('a set without bands is not "below every band"; below the lowest names it; reached names the next', () => {
    expect(standingOf([], 20)).toEqual({ kind: 'NO_BANDS' });
    const bands = [
      { classification: 'Quán thân thiện', minTotal: 85 },
      { classification: 'Đạt', minTotal: 60 },
    ];
    expect(standingOf(bands, 59)).toEqual({ kind: 'BELOW', lowest: { classification: 'Đạt', minTotal: 60 } });
    expect(standingOf(bands, 70)).toEqual({ kind: 'REACHED', classification: 'Đạt', next: { classification: 'Quán thân thiện', minTotal: 85 } });
    expect(standingOf(bands, 92)).toEqual({ kind: 'REACHED', classification: 'Quán thân thiện', next: null });
  });

  test('"all met" ticks pass/fail criteria, gives points criteria their maximum, leaves what the rater cannot fill', () => {
    expect(fullResult({ kind: 'PASS_FAIL' })).toEqual({ met: true, score: null });
    expect(fullResult({ kind: 'POINTS', maxScore: 10 })).toEqual({ met: null, score: 10 });
    expect(fullResult({ kind: 'POINTS', maxScore: null })).toBeNull();
    expect(fullResult({ kind: 'POINTS', maxScore: 20, deductPerReport: 5 })).toBeNull();
  });
});

describe('on a 390 px phone', () => {
  test('the head’s day: households, a figure, the self-assessment rated “all met” and submitted, Edit and Delete gone at once', async () => {
    const page = await signIn('tdp32', PHONE);
    // Whatever step fails leaves a screenshot of the page as it was.
    try {

      // Before their neighbourhood has a model, the models list says why it is empty (no dead-end "add one?").
      task = 'before';
      await openFromMenu(page, 'models');
      await page.getByTestId('no-models').waitFor();
      // The ward officer records the model; the head then keeps its figures.
      const created = await app.gql<{ createModel: { id: string } }>(
        `mutation($unit: ID!) { createModel(input: { name: "${MODEL_NAME}", category: CAMERA, unitId: $unit, leadBody: "Công an phường Thảo Nguyên", status: OPERATING,
           figures: [{ indicator: "Camera an ninh đã lắp", value: 12, unit: "camera", period: "2025" }] }) { id } }`,
        { unit: ids.tdp32 },
        'thaonguyen',
      );
      const modelId = created.data?.createModel.id;
      if (!modelId) throw new Error(JSON.stringify(created.errors));

      // 1. Households: the fields a head may change come first, the locked ones after, read-only.
      task = '1. Số hộ của khu dân cư';
      await page.goto(`${app.url}/admin/#/`);
      await page.getByTestId('role-chip').waitFor();
      await openFromMenu(page, 'neighbourhoods');
      await openRow(page, 'neighbourhoods', ids.tdp32, 'Tổ dân phố 3/2');
      // The row opens the neighbourhood's page (then its Edit button) or, where the list goes straight there, the form.
      const editable = page.getByTestId('editable-fields');
      const editButton = page.locator(`a[href="#/neighbourhoods/${ids.tdp32}"]`).first();
      await Promise.race([editButton.waitFor(), editable.waitFor()]);
      if (!(await editable.isVisible())) await tap(editButton);
      await editable.locator('input[name="households"]').waitFor();
      expect(await page.getByTestId('locked-fields').locator('input[name="code"]').isDisabled()).toBe(true);
      const order = (await page.evaluate(
        `(() => { const e = document.querySelector('[data-testid="editable-fields"]'), l = document.querySelector('[data-testid="locked-fields"]'); return e.compareDocumentPosition(l) & Node.DOCUMENT_POSITION_FOLLOWING; })()`,
      )) as number;
      expect(order).toBeTruthy();
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(1);
      await screenshot(page, 'head-day-01-neighbourhood-form');
      await tap(editable.locator('input[name="households"]'));
      await editable.locator('input[name="households"]').fill('187');
      await tap(page.getByRole('button', { name: 'Lưu' }));
      expect(await eventually(async () => (await neighbourhood()).households, (n) => n === 187)).toBe(187);

      // 2. A figure of their model, from the model's page, with the period filled in.
      task = '2. Số liệu của mô hình';
      await openFromMenu(page, 'models');
      await openRow(page, 'models', modelId, MODEL_NAME);
      await tap(page.getByTestId('add-figure').first());
      const dialog = page.getByTestId('figure-dialog');
      expect(await dialog.getByTestId('figure-period').inputValue()).toBe(String(YEAR));
      await tap(dialog.getByTestId('figure-indicator'));
      await dialog.getByTestId('figure-indicator').fill('Camera an ninh');
      await tap(page.getByRole('option', { name: 'Camera an ninh đã lắp' }));
      expect(await dialog.getByTestId('figure-unit').inputValue()).toBe('camera');
      await tap(dialog.getByTestId('figure-value'));
      await dialog.getByTestId('figure-value').fill('17');
      await screenshot(page, 'head-day-02-figure');
      await tap(dialog.getByTestId('figure-save'));
      await dialog.waitFor({ state: 'hidden' });
      const figures = async () =>
        (await app.gql<{ model: { figures: Array<{ indicator: string; value: number; unit: string; period: string }> } }>('query($id: ID!) { model(id: $id) { figures { indicator value unit period } } }', { id: modelId }, 'admin'))
          .data?.model.figures ?? [];
      expect(await eventually(figures, (list) => list.length === 2)).toEqual(
        expect.arrayContaining([
          { indicator: 'Camera an ninh đã lắp', value: 12, unit: 'camera', period: '2025' },
          { indicator: 'Camera an ninh đã lắp', value: 17, unit: 'camera', period: String(YEAR) },
        ]),
      );
      expect(await figures()).toHaveLength(2);

      // 3. The self-assessment: programme, their neighbourhood and the year are filled in.
      task = '3. Tạo bản tự đánh giá';
      await openFromMenu(page, 'assessments');
      await tap(page.locator('a[href="#/assessments/create"]').first());
      await page.getByTestId('fixed-subject').getByText('Tổ dân phố 3/2').waitFor();
      expect(await page.locator('input[name="year"]').inputValue()).toBe(String(YEAR));
      expect(await page.getByRole('combobox').first().inputValue()).toContain('Khu dân cư đạt tiêu chuẩn');
      expect(await page.locator('input[name="provinceId"], input[name="wardId"]').count()).toBe(0);
      await screenshot(page, 'head-day-03-create');
      await tap(page.getByRole('button', { name: 'Lưu' }));
      await page.getByTestId('rating-sticky-summary').waitFor();
      expect(await headAssessments()).toHaveLength(1);

      // 4. Rating: "Đạt tất cả", the total in view while scrolling, and a set without bands said plainly.
      task = '4. Chấm điểm';
      await tap(page.getByTestId('all-met'));
      const summary = page.getByTestId('rating-sticky-summary');
      await summary.getByTestId('rating-total').getByText('1 / 1').waitFor();
      expect(await summary.getByTestId('rating-classification').getAttribute('data-standing')).toBe('NO_BANDS');
      expect(await summary.getByTestId('rating-classification').textContent()).not.toContain('Chưa đạt');
      await page.evaluate('window.scrollTo(0, document.scrollingElement.scrollHeight)');
      await page.waitForTimeout(300);
      const box = await summary.boundingBox();
      expect(box && box.y >= -1 && box.y + box.height <= 844).toBe(true);
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(1);
      await screenshot(page, 'head-day-04-rating-scrolled');
      await tap(page.getByRole('button', { name: 'Lưu' }));
      await page.getByTestId('workflow-panel').waitFor();
      expect(await eventually(async () => (await headAssessments())[0]?.total, (total) => total === 1)).toBe(1);

      // 5. Submit; the status follows and Edit and Delete are gone at once (no reload).
      task = '5. Gửi thẩm định';
      const assessmentId = (await headAssessments())[0]?.id as string;
      await page.locator(`a[href="#/assessments/${assessmentId}"]`).first().waitFor();
      await tap(page.locator('[data-action="SUBMIT"]'));
      await tap(page.getByTestId('workflow-confirm'));
      await page.getByTestId('workflow-no-actions').waitFor();
      await page.getByTestId('workflow-panel').getByText('Chờ thẩm định').waitFor();
      await page.locator(`a[href="#/assessments/${assessmentId}"]`).waitFor({ state: 'detached' });
      expect(await page.getByRole('button', { name: 'Xóa' }).count()).toBe(0);
      await screenshot(page, 'head-day-05-submitted');
      const [submitted] = await headAssessments();
      expect(submitted).toMatchObject({ status: 'SUBMITTED', total: 1, year: YEAR });
      expect(submitted?.results.every((r) => r.met === true)).toBe(true);
      // The edit page, opened by its address, says the results are locked instead of offering a form.
      await page.goto(`${app.url}/admin/#/assessments/${assessmentId}`);
      await page.getByTestId('rating-locked').waitFor();

      // 6. Another self-assessment for the year: the reason is said before saving, with a link to the first.
      task = '6. Xem trạng thái, tạo lại';
      await page.goto(`${app.url}/admin/#/assessments/create`);
      await page.getByTestId('create-refusal').waitFor();
      expect(await page.getByRole('button', { name: 'Lưu' }).isDisabled()).toBe(true);
      await screenshot(page, 'head-day-06-refusal');
      await tap(page.getByTestId('open-existing'));
      await page.getByTestId('workflow-panel').getByText('Chờ thẩm định').waitFor();
      expect(await headAssessments()).toHaveLength(1);
      // From the list too (the page starts from the list's row, then the whole record): its status, and no Edit.
      await openFromMenu(page, 'assessments');
      // The list's card shows the status (the list may first draw what it held before the assessment existed).
      await page.locator('.RaList-main').getByText('Chờ thẩm định').filter({ visible: true }).first().waitFor();
      await screenshot(page, 'head-day-07-list');
      await openRow(page, 'assessments', assessmentId, 'Tổ dân phố 3/2');
      await page.getByTestId('workflow-panel').getByText('Chờ thẩm định').waitFor();
      await page.getByTestId('rating-summary').waitFor();
      expect(await page.locator(`a[href="#/assessments/${assessmentId}"]`).count()).toBe(0);

      console.log(
        `Taps per task (tdp32, 390×844):\n${Object.entries(taps)
          .map(([name, n]) => `  ${name.padEnd(32)} ${n}`)
          .join('\n')}`,
      );
    } catch (e) {
      await screenshot(page, 'head-day-failed').catch(() => undefined);
      throw e;
    }
    await page.context().close();
  });
});

describe('with a second programme for neighbourhoods', () => {
  test('the head picks one of their programmes (only those rating their neighbourhood) and the assessment is their neighbourhood’s', async () => {
    // A national programme rating neighbourhoods with the same criteria, issued by the administrator.
    const set = await app.gql<{ programme: { criteriaSetId: string } }>('query($id: ID!) { programme(id: $id) { criteriaSetId } }', { id: programmeId }, 'admin');
    const second = await app.gql<{ createProgramme: { id: string; name: string } }>(
      'mutation($input: ProgrammeCreateInput!) { createProgramme(input: $input) { id name } }',
      { input: { code: 'KDC-THU-2', name: 'Phong trào thử cho khu dân cư', ratedLevel: 'NEIGHBOURHOOD', recognizingLevel: 'WARD', period: 'YEAR', criteriaSetId: set.data?.programme.criteriaSetId } },
      'admin',
    );
    expect(second.errors).toBeUndefined();
    const secondId = second.data?.createProgramme.id as string;
    const page = await signIn('tdp32', PHONE);
    try {
      await page.goto(`${app.url}/admin/#/assessments/create`);
      // Two programmes rate neighbourhoods: none is picked for them, and the ward-and-organisation programme is not offered.
      const picker = page.getByRole('combobox').first();
      await picker.waitFor();
      expect(await picker.inputValue()).toBe('');
      await picker.click();
      const options = page.getByRole('option');
      await options.first().waitFor();
      const offered = await options.allInnerTexts();
      expect(offered.some((o) => o.includes('Phong trào thử cho khu dân cư'))).toBe(true);
      expect(offered.some((o) => /3554|Điển hình/i.test(o))).toBe(false);
      await page.getByRole('option', { name: 'Phong trào thử cho khu dân cư' }).click();
      await page.getByTestId('fixed-subject').getByText('Tổ dân phố 3/2').waitFor();
      await page.getByRole('button', { name: 'Lưu' }).click();
      await page.getByTestId('rating-sticky-summary').waitFor();
      const made = await app.gql<{ assessments: { items: Array<{ subjectId: string; subjectLevel: string }> } }>(
        'query($p: ID!) { assessments(filter: { programmeId: $p }) { items { subjectId subjectLevel } } }',
        { p: secondId },
        'admin',
      );
      expect(made.data?.assessments.items).toEqual([{ subjectId: ids.tdp32, subjectLevel: 'NEIGHBOURHOOD' }]);
    } catch (e) {
      await screenshot(page, 'head-day-second-programme-failed').catch(() => undefined);
      throw e;
    }
    await page.context().close();
  });
});

describe('on a desktop', () => {
  test('a ward officer’s create form has their only ward (and its province) filled in, the neighbourhood left to choose', async () => {
    const page = await signIn('thaonguyen', { viewport: { width: 1366, height: 768 } });
    await page.goto(`${app.url}/admin/#/models/create`);
    const ward = page.locator('input[name="wardId"]');
    expect(await eventually(() => ward.inputValue(), (v) => v !== '')).toBe('Phường Thảo Nguyên');
    expect(await eventually(() => page.locator('input[name="provinceId"]').inputValue(), (v) => v !== '')).toContain('Sơn La');
    expect(await page.locator('input[name="neighbourhoodId"]').inputValue()).toBe('');
    // A filter bar is left alone: the list shows every model of the ward, not a pre-filtered one.
    await page.goto(`${app.url}/admin/#/models`);
    await page.locator('input[name="wardId"]').waitFor();
    await page.waitForTimeout(500);
    expect(await page.locator('input[name="wardId"]').inputValue()).toBe('');
    await page.context().close();
  });
});
