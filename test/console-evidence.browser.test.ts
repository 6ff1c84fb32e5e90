/**
 * Evidence files in the console, in a real browser against the real API: the head of Tổ dân phố
 * 3/2, on a 390 px phone, attaches a photo to a criterion of the draft self-assessment and
 * submits it; the files are then locked. The ward officer of Thảo Nguyên opens it, sees the
 * photo with who added it, downloads it (saved as a file, not opened) and downloads the dossier
 * ZIP, which is read back: the photo under the criterion's folder and the scoring list naming it.
 */
import fs from 'node:fs';
import JSZip from 'jszip';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { fixtureIds, startTestApp, type FixtureIds, type TestApp } from './helpers/app';
import { launchBrowser, newContext, screenshot } from './helpers/browser';
import { png } from './helpers/files';

jest.setTimeout(240_000);

let app: TestApp;
let browser: Browser;
let ids: FixtureIds;
let assessmentId = '';
const crit: Record<string, string> = {};

const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const PHOTO_NAME = 'Ảnh họp tổ dân phố.png';

const PHOTO = png(64, 48);

beforeAll(async () => {
  browser = await launchBrowser();
  app = await startTestApp();
  ids = await fixtureIds(app);
  const set = await app.gql<{ createCriteriaSet: { id: string; criteria: Array<{ id: string; code: string }> } }>(
    'mutation($input: CriteriaSetCreateInput!) { createCriteriaSet(input: $input) { id criteria { id code } } }',
    {
      input: {
        name: 'Khu dân cư an toàn (thử minh chứng)',
        groups: [{ code: '1', title: 'Tổ chức và hoạt động' }],
        criteria: [
          { code: '1.1', title: 'Họp tổ dân phố định kỳ', group: '1', kind: 'PASS_FAIL', required: true },
          { code: '1.2', title: 'Tuyên truyền pháp luật', group: '1', kind: 'POINTS', maxScore: 10, required: false },
        ],
        thresholds: [{ classification: 'Đạt', minTotal: 5 }],
      },
    },
    'admin',
  );
  for (const c of set.data?.createCriteriaSet.criteria ?? []) crit[c.code] = c.id;
  const programme = await app.gql<{ createProgramme: { id: string } }>(
    'mutation($input: ProgrammeCreateInput!) { createProgramme(input: $input) { id } }',
    { input: { code: 'MC-UI', name: 'Khu dân cư an toàn về ANTT', ratedLevel: 'NEIGHBOURHOOD', recognizingLevel: 'WARD', period: 'YEAR', criteriaSetId: set.data?.createCriteriaSet.id } },
    'admin',
  );
  const created = await app.gql<{ createAssessment: { id: string } }>(
    'mutation($input: AssessmentCreateInput!) { createAssessment(input: $input) { id } }',
    { input: { programmeId: programme.data?.createProgramme.id, subjectId: ids.tdp32, year: 2026, results: [{ criterionId: crit['1.1'], met: true, note: 'Họp ngày 05 hằng tháng' }, { criterionId: crit['1.2'], score: 8 }] } },
    'tdp32',
  );
  assessmentId = created.data?.createAssessment.id ?? '';
  if (!assessmentId) throw new Error(`setup: ${JSON.stringify(created.errors ?? programme.errors ?? set.errors)}`);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function signIn(username: string, options: BrowserContextOptions): Promise<Page> {
  const context = await newContext(browser, { locale: 'vi-VN', acceptDownloads: true, ...options });
  const page = await context.newPage();
  await page.goto(`${app.url}/admin/`);
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', 'demo-password');
  await page.click('button[type="submit"]');
  await page.getByTestId('role-chip').waitFor();
  return page;
}

const sidewaysOverflow = async (page: Page) => ((await page.evaluate('document.scrollingElement.scrollWidth')) as number) - 390;

type Listed = { assessment: { status: string; evidence: Array<{ name: string; contentType: string; size: number; criterionId: string | null; addedBy: { username: string } }> } };
const listed = async () => (await app.gql<Listed>('query($id: ID!) { assessment(id: $id) { status evidence { name contentType size criterionId addedBy { username } } } }', { id: assessmentId }, 'admin')).data?.assessment;

test('the head attaches a photo to a criterion on a phone and submits; the files are then locked', async () => {
  const page = await signIn('tdp32', PHONE);
  await page.goto(`${app.url}/admin/#/assessments/${assessmentId}`);
  const row = page.getByTestId('criterion-1.1');
  await row.getByTestId('evidence-upload-1.1').waitFor();
  await row.getByTestId('evidence-upload-1.1-input').setInputFiles({ name: PHOTO_NAME, mimeType: 'image/png', buffer: PHOTO });
  const file = row.locator(`[data-testid="evidence-file"][data-name="${PHOTO_NAME}"]`);
  await file.waitFor();
  expect(await file.textContent()).toContain('Tổ trưởng');
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(1);
  await file.scrollIntoViewIfNeeded();
  await screenshot(page, 'evidence-01-head-attached-phone');
  expect(await listed()).toMatchObject({ status: 'DRAFT', evidence: [{ name: PHOTO_NAME, contentType: 'image/png', size: PHOTO.length, criterionId: crit['1.1'], addedBy: { username: 'tdp32' } }] });

  await page.goto(`${app.url}/admin/#/assessments/${assessmentId}/show`);
  await page.getByTestId('criteria-set-version').getByText('Bộ tiêu chí phiên bản 1').waitFor();
  await page.getByTestId('evidence-1.1').getByText(PHOTO_NAME).waitFor();
  await page.locator('[data-action="SUBMIT"]').click();
  await page.getByTestId('workflow-confirm').click();
  await page.getByTestId('workflow-panel').getByText('Chờ thẩm định').waitFor();
  // Locked with the results: no upload or removal any more, the file still listed.
  await page.getByTestId('evidence-upload-1.1').waitFor({ state: 'detached' });
  expect(await page.getByTestId('evidence-delete').count()).toBe(0);
  await page.getByTestId('evidence-1.1').getByText(PHOTO_NAME).waitFor();
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(1);
  await screenshot(page, 'evidence-02-head-submitted-phone');
  expect((await listed())?.status).toBe('SUBMITTED');
  await page.context().close();
});

test('the ward officer sees the photo, downloads it and the dossier ZIP', async () => {
  const page = await signIn('thaonguyen', { viewport: { width: 1400, height: 900 } });
  await page.goto(`${app.url}/admin/#/assessments/${assessmentId}/show`);
  const file = page.getByTestId('evidence-1.1').locator(`[data-testid="evidence-file"][data-name="${PHOTO_NAME}"]`);
  await file.waitFor();
  expect(await file.textContent()).toMatch(new RegExp(`${PHOTO.length} B · Tổ trưởng Tổ dân phố 3/2 · \\d{2}:\\d{2} \\d{2}/\\d{2}/\\d{4}`));

  // The photo is saved as a file (the browser never opens it).
  const pages = page.context().pages().length;
  const [photo] = await Promise.all([page.waitForEvent('download'), file.getByTestId('evidence-download').click()]);
  // Saved under the API's safe name (spaces and separators become "-").
  expect(photo.suggestedFilename()).toBe('Ảnh-họp-tổ-dân-phố.png');
  expect(fs.readFileSync(await photo.path()).equals(PHOTO)).toBe(true);
  expect(page.context().pages().length).toBe(pages);

  const [dossier] = await Promise.all([page.waitForEvent('download'), page.getByTestId('dossier-download').click()]);
  expect(dossier.suggestedFilename()).toBe('ho-so-de-nghi-cong-nhan-Tổ-dân-phố-3-2-2026.zip');
  const zip = await JSZip.loadAsync(fs.readFileSync(await dossier.path()));
  expect((await zip.file(`minh-chung/1.1/${PHOTO_NAME}`)?.async('nodebuffer'))?.equals(PHOTO)).toBe(true);
  const docx = await JSZip.loadAsync((await zip.file('danh-sach-cham-diem.docx')?.async('nodebuffer')) as Buffer);
  const text = ((await docx.file('word/document.xml')?.async('string')) ?? '').replace(/<[^>]+>/g, ' ');
  for (const expected of ['Tổ dân phố 3/2', '1.1', 'Họp tổ dân phố định kỳ', 'Họp ngày 05 hằng tháng', PHOTO_NAME, '8/10 điểm', 'Chờ thẩm định']) expect(text).toContain(expected);
  await screenshot(page, 'evidence-03-officer-show');
  await page.context().close();
});
