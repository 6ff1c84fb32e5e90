/**
 * A neighbourhood head on a 390×844 phone enters their neighbourhood's household counts (issue
 * 14): tdp32, head of Tổ dân phố 3/2, opens the households tab of their neighbourhood's page,
 * types the households with the number keypad, then the households briefed and signed under the
 * national programme that rates Sơn La's neighbourhoods (KDC-AN-TOAN-ANTT: seed 002's
 * KDC-KIEU-MAU is Phường Buôn Ma Thuột's own and does not apply in Thảo Nguyên), and sees them
 * saved; the outcomes are read back from the API. A count above the households is refused there.
 */
import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { fixtureIds, startTestApp, type FixtureIds, type TestApp } from './helpers/app';
import { launchBrowser, newContext, screenshot } from './helpers/browser';
import { seedProgrammes } from '../seed/content';

jest.setTimeout(300_000);

let app: TestApp;
let browser: Browser;
let ids: FixtureIds;
let programmeId = '';

const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

beforeAll(async () => {
  browser = await launchBrowser();
  app = await startTestApp();
  await seedProgrammes();
  ids = await fixtureIds(app);
  const programmes = await app.gql<{ programmes: { items: Array<{ id: string; code: string }> } }>('{ programmes { items { id code } } }', {}, 'tdp32');
  programmeId = programmes.data?.programmes.items.find((p) => p.code === 'KDC-AN-TOAN-ANTT')?.id ?? '';
  if (!programmeId) throw new Error(`setup: no KDC-AN-TOAN-ANTT programme: ${JSON.stringify(programmes.errors)}`);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function signIn(username: string): Promise<Page> {
  const context = await newContext(browser, { locale: 'vi-VN', ...PHONE });
  const page = await context.newPage();
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

async function stored() {
  const res = await app.gql<{ neighbourhood: { households: number | null; householdCommitments: { items: Array<{ programmeId: string; briefed: number; briefedOn: string | null; signed: number; signedOn: string | null }> } } }>(
    'query($id: ID!) { neighbourhood(id: $id) { households householdCommitments { items { programmeId briefed briefedOn signed signedOn } } } }',
    { id: ids.tdp32 },
    'admin',
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.neighbourhood;
}

/** A field of the phone panel: tall enough to tap, and it asks for the number keypad. */
async function expectTouchable(field: Locator, keypad = true) {
  const box = await field.boundingBox();
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
  if (keypad) expect(await field.getAttribute('inputmode')).toBe('numeric');
}

test('the head enters households, briefed and signed on a phone and sees them saved', async () => {
  const page = await signIn('tdp32');
  try {
    await page.goto(`${app.url}/admin/#/neighbourhoods/${ids.tdp32}/show/households`);
    const households = page.getByTestId('households-input');
    await households.waitFor();
    await expectTouchable(households);
    await expectTouchable(page.getByTestId('households-save'), false);
    expect(((await page.evaluate('document.scrollingElement.scrollWidth')) as number) - 390).toBeLessThanOrEqual(1);
    await households.click();
    await households.fill('64');
    await page.getByTestId('households-save').click();
    expect(await eventually(async () => (await stored()).households, (n) => n === 64)).toBe(64);

    const card = page.locator('[data-testid="commitment-card"][data-programme="KDC-AN-TOAN-ANTT"]');
    await card.waitFor();
    await screenshot(page, 'head-households-01-panel');
    await expectTouchable(card.getByTestId('commitment-briefed'));
    await expectTouchable(card.getByTestId('commitment-signed'));
    await card.getByTestId('commitment-briefed').fill('60');
    await card.getByTestId('commitment-briefedOn').fill('2026-07-04');
    await card.getByTestId('commitment-signed').fill('58');
    await card.getByTestId('commitment-signedOn').fill('2026-07-20');
    await card.getByTestId('commitment-save').click();
    const saved = await eventually(async () => (await stored()).householdCommitments.items, (items) => items.length === 1);
    expect(saved).toEqual([{ programmeId, briefed: 60, briefedOn: '2026-07-04', signed: 58, signedOn: '2026-07-20' }]);
    // The page shows "x / y hộ" once saved.
    await page.getByTestId('commitment-signed-of').filter({ hasText: '58 / 64 hộ' }).waitFor();

    // An update of the same record; a count above the households stays unsaved.
    await card.getByTestId('commitment-signed').fill('60');
    await card.getByTestId('commitment-save').click();
    expect(await eventually(async () => (await stored()).householdCommitments.items[0]?.signed, (n) => n === 60)).toBe(60);
    await page.getByTestId('commitment-signed-of').filter({ hasText: '60 / 64 hộ' }).waitFor();
    await card.getByTestId('commitment-briefed').fill('70');
    await card.getByTestId('commitment-save').click();
    await page.getByText(/Dữ liệu chưa hợp lệ/).first().waitFor();
    expect((await stored()).householdCommitments.items[0]?.briefed).toBe(60);
    await screenshot(page, 'head-households-02-saved');
  } catch (error) {
    await screenshot(page, 'head-households-failed').catch(() => undefined);
    throw error;
  } finally {
    await page.context().close();
  }
});

test('the ward officer’s dashboard on a phone shows the household target with its numbers (x / y hộ)', async () => {
  // A programme of the ward's own with the target, and the head's neighbourhood's count under it (64 households from above).
  const created = await app.gql<{ createProgramme: { id: string } }>(
    'mutation($w: ID!) { createProgramme(input: { code: "TN-HO", name: "Hộ gia đình Thảo Nguyên cam kết", issuerUnitId: $w, ratedLevel: NEIGHBOURHOOD, recognizingLevel: WARD, period: YEAR, targets: [{ title: "100% hộ gia đình ký bản cam kết", metric: "householdsSignedShare", goal: 1, unit: "tỷ lệ" }] }) { id } }',
    { w: ids.thaonguyen },
    'thaonguyen',
  );
  expect(created.errors).toBeUndefined();
  const commitment = await app.gql('mutation($n: ID!, $p: ID!) { createHouseholdCommitment(input: { neighbourhoodId: $n, programmeId: $p, briefed: 40, signed: 32 }) { id } }', { n: ids.tdp32, p: created.data?.createProgramme.id }, 'tdp32');
  expect(commitment.errors).toBeUndefined();
  const page = await signIn('thaonguyen');
  try {
    const target = page.getByTestId('target').filter({ hasText: '100% hộ gia đình ký bản cam kết' });
    await target.waitFor();
    await target.scrollIntoViewIfNeeded();
    // 32 of 64 households; the ward's other 19 neighbourhoods have no count yet and are named as left out.
    await target.getByText('32 / 64 hộ đã ký bản cam kết.', { exact: false }).waitFor();
    await target.getByText('19 khu dân cư chưa có số hộ', { exact: false }).waitFor();
    await target.getByText('50%', { exact: false }).first().waitFor();
    await screenshot(page, 'head-households-03-dashboard');
  } catch (error) {
    await screenshot(page, 'head-households-dashboard-failed').catch(() => undefined);
    throw error;
  } finally {
    await page.context().close();
  }
});
