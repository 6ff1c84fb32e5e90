/**
 * Rewards in the console, in a real browser against the real API: the ward police open a new
 * proposal, the recognised assessments of their ward and year are offered, one tap fills in the
 * recipient, its unit, the assessment and the reason; they save and propose it. The provincial
 * police decide it (number, form, amount), and the ward police see the decision. The outcomes
 * are read back from the API.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { startTestApp, type TestApp } from './helpers/app';
import { launchBrowser, newContext, screenshot } from './helpers/browser';

jest.setTimeout(300_000);

let app: TestApp;
let browser: Browser;
const YEAR = new Date().getFullYear();
const DESKTOP: BrowserContextOptions = { viewport: { width: 1366, height: 900 } };
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

beforeAll(async () => {
  browser = await launchBrowser();
  app = await startTestApp({ seed: 'demo' });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function signIn(username: string, options: BrowserContextOptions): Promise<Page> {
  const context = await newContext(browser, { locale: 'vi-VN', ...options });
  const page = await context.newPage();
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

type Stored = { id: string; status: string; recipientName: string; recipientUnitId: string | null; assessmentId: string | null; reason: string; decision: { number: string; form: string; amount: number | null } | null };
async function stored(): Promise<Stored[]> {
  const res = await app.gql<{ rewards: { items: Stored[] } }>('{ rewards { items { id status recipientName recipientUnitId assessmentId reason decision { number form amount } } } }', {}, 'admin');
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.rewards.items;
}

describe('rewards go up and come back decided, in the console', () => {
  test('the ward proposes from a recognised assessment, the province decides, the ward sees the decision', async () => {
    let rewardId: string;
    const ward = await signIn('thaonguyen', DESKTOP);
    try {
      await ward.locator('.RaSidebar-fixed a[href="#/rewards"]').waitFor();
      await ward.goto(`${app.url}/admin/#/rewards/create`);
      // Their ward is filled in, the year is this year: the candidates of the ward appear.
      expect(await eventually(() => ward.locator('input[name="wardId"]').inputValue(), (v) => v !== '')).toContain('Thảo Nguyên');
      expect(await ward.locator('input[name="year"]').inputValue()).toBe(String(YEAR));
      const first = ward.getByTestId('reward-candidate').first();
      await first.waitFor();
      await screenshot(ward, 'rewards-01-candidates');
      const neighbourhoodCandidate = ward.getByTestId('reward-candidate').filter({ hasText: 'Tổ dân phố' }).first();
      await neighbourhoodCandidate.click();
      await ward.getByTestId('reward-assessment').waitFor();
      await ward.getByTestId('reward-recipient-unit').waitFor();
      const recipient = await ward.locator('input[name="recipientName"]').inputValue();
      expect(recipient).toMatch(/^Tổ dân phố/);
      expect(await ward.locator('textarea[name="reason"]').inputValue()).toContain(String(YEAR));
      await screenshot(ward, 'rewards-02-prefilled');
      await ward.getByRole('button', { name: 'Lưu' }).click();
      await ward.getByTestId('workflow-panel').waitFor();
      const [created] = await eventually(stored, (list) => list.length === 1);
      expect(created).toMatchObject({ status: 'DRAFT', recipientName: recipient });
      expect(created?.assessmentId).toBeTruthy();
      expect(created?.recipientUnitId).toBeTruthy();
      rewardId = created?.id ?? '';

      await ward.locator('[data-action="PROPOSE"]').click();
      await ward.getByTestId('workflow-confirm').click();
      await ward.getByTestId('workflow-no-actions').waitFor();
      await ward.getByTestId('workflow-panel').getByText('Đã đề nghị').waitFor();
      expect(await ward.locator('[data-action="DECIDE"]').count()).toBe(0);
    } catch (e) {
      await screenshot(ward, 'rewards-ward-failed').catch(() => undefined);
      throw e;
    }
    await ward.context().close();

    const province = await signIn('sonla', PHONE);
    try {
      await province.goto(`${app.url}/admin/#/rewards/${rewardId}/show`);
      await province.locator('[data-action="DECIDE"]').click();
      await province.getByTestId('decision-number').fill('125/QĐ-UBND');
      await province.getByTestId('decision-amount').fill('2000000');
      await screenshot(province, 'rewards-03-decision');
      await province.getByTestId('decision-save').click();
      await province.getByTestId('workflow-panel').getByText('Đã quyết định').waitFor();
    } catch (e) {
      await screenshot(province, 'rewards-province-failed').catch(() => undefined);
      throw e;
    }
    await province.context().close();
    const [decided] = await eventually(stored, (list) => list[0]?.status === 'DECIDED');
    expect(decided?.decision).toEqual({ number: '125/QĐ-UBND', form: 'PRAISE', amount: 2_000_000 });

    const back = await signIn('thaonguyen', DESKTOP);
    try {
      await back.goto(`${app.url}/admin/#/rewards/${rewardId}/show`);
      const decision = back.getByTestId('reward-decision');
      await decision.getByText('125/QĐ-UBND', { exact: false }).waitFor();
      await decision.getByText('Biểu dương').waitFor();
      await decision.getByText('Tỉnh Sơn La', { exact: false }).waitFor();
      await screenshot(back, 'rewards-04-decided');
      // The list of the year shows it decided.
      await back.goto(`${app.url}/admin/#/rewards`);
      await back.getByText('Biểu dương · 125/QĐ-UBND').waitFor();
    } catch (e) {
      await screenshot(back, 'rewards-back-failed').catch(() => undefined);
      throw e;
    }
    await back.context().close();
  });

  test('on a phone, the list, a reward and the create form fit the screen', async () => {
    const [one] = await stored();
    const page = await signIn('thaonguyen', PHONE);
    try {
      for (const [route, ready] of [
        ['rewards', '[data-testid="phone-list"]'],
        [`rewards/${one?.id ?? ''}/show`, '[data-testid="reward-decision"]'],
        ['rewards/create', '[data-testid="reward-candidates"]'],
      ] as const) {
        await page.goto(`${app.url}/admin/#/${route}`);
        await page.locator(ready).first().waitFor();
        const width = (await page.evaluate('Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)')) as number;
        expect([route, width <= 390]).toEqual([route, true]);
      }
      await page.getByTestId('reward-candidate').first().waitFor();
      await screenshot(page, 'rewards-05-phone-create');
    } catch (e) {
      await screenshot(page, 'rewards-phone-failed').catch(() => undefined);
      throw e;
    }
    await page.context().close();
  });
});
