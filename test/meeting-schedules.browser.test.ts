/**
 * Meetings and schedules in the console, in a real browser against the real API: a ward officer
 * opens a schedule and sees each expected meeting's state, records a missing one from its row (the
 * day and schedule filled in) with a decision, attaches the minutes as a file, and finds the
 * missing meetings on the dashboard's to-do list, each linking to its schedule.
 */
import type { Browser, Page } from 'playwright-core';
import { fixtureIds, startTestApp, type FixtureIds, type TestApp } from './helpers/app';
import { launchBrowser, newContext, screenshot } from './helpers/browser';
import { png } from './helpers/files';

jest.setTimeout(300_000);

let app: TestApp;
let browser: Browser;
let ids: FixtureIds;
let modelId = '';
let scheduleId = '';

beforeAll(async () => {
  browser = await launchBrowser();
  app = await startTestApp();
  ids = await fixtureIds(app);
  const model = await app.gql<{ createModel: { id: string } }>(
    'mutation($u: ID!) { createModel(input: { name: "Zalo ANTT phường Thảo Nguyên", category: ZALO_GROUP, unitId: $u, leadBody: "Công an phường", status: OPERATING }) { id } }',
    { u: ids.thaonguyen },
    'thaonguyen',
  );
  modelId = model.data?.createModel.id ?? '';
  const schedule = await app.gql<{ createMeetingSchedule: { id: string } }>(
    'mutation($m: ID!) { createMeetingSchedule(input: { modelId: $m, kind: REGULAR, recurrence: MONTHLY, dayOfMonth: 10, startsOn: "2025-01-01" }) { id } }',
    { m: modelId },
    'thaonguyen',
  );
  scheduleId = schedule.data?.createMeetingSchedule.id ?? '';
  await app.gql('mutation($m: ID!, $s: ID!) { createMeeting(input: { modelId: $m, kind: REGULAR, heldOn: "2025-01-10", minutes: "Biên bản tháng 1", scheduleId: $s }) { id } }', { m: modelId, s: scheduleId }, 'thaonguyen');
  if (!modelId || !scheduleId) throw new Error('setup failed');
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function signIn(username: string): Promise<Page> {
  const context = await newContext(browser, { locale: 'vi-VN', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${app.url}/admin/`);
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', 'demo-password');
  await page.click('button[type="submit"]');
  await page.getByTestId('role-chip').waitFor();
  return page;
}

test('a schedule’s occurrences show their state; a missing one is recorded from its row, with a decision and a file', async () => {
  const page = await signIn('thaonguyen');
  try {
    await page.goto(`${app.url}/admin/#/meetingSchedules/${scheduleId}/show`);
    await page.getByTestId('schedule-occurrences').waitFor();
    // The span starting in January 2025: the first is held, the next ones missing.
    await page.getByLabel('Từ ngày').fill('2025-01-01');
    await page.getByLabel('Đến ngày').fill('2025-03-31');
    const rows = page.getByTestId('occurrence');
    await page.locator('[data-testid="occurrence"][data-state="MISSING"]').first().waitFor();
    expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-state')))).toEqual(['HELD', 'MISSING', 'MISSING']);
    await expect(page.getByText('Thiếu biên bản').first().isVisible()).resolves.toBe(true);

    await rows.nth(1).getByRole('link', { name: 'Ghi cuộc họp' }).click();
    await page.locator('textarea[name="minutes"]').waitFor();
    await page.locator('textarea[name="minutes"]').fill('Biên bản tháng 2 (ghi bổ sung)');
    await page.getByRole('button', { name: /Thêm/ }).last().click();
    await page.locator('input[name="decisions.0.text"]').fill('Rà soát thành viên nhóm Zalo');
    await page.locator('input[name="decisions.0.owner"]').fill('Cảnh sát khu vực');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByTestId('meeting-attachments').waitFor();
    expect(await page.getByTestId('meeting-decisions').innerText()).toContain('Rà soát thành viên nhóm Zalo');

    await page.getByTestId('meeting-attachment-input').setInputFiles({ name: 'bien-ban-thang-2.png', mimeType: 'image/png', buffer: png() });
    await page.locator('[data-testid="meeting-attachment"][data-name="bien-ban-thang-2.png"]').waitFor();

    const saved = await app.gql<{ meetings: { items: Array<{ heldOn: string; occurrenceOn: string; decisions: Array<{ owner: string }>; attachments: Array<{ name: string }> }> } }>(
      'query($s: ID!) { meetings(filter: { scheduleId: $s, heldFrom: "2025-02-01", heldTo: "2025-02-28" }) { items { heldOn occurrenceOn decisions { owner } attachments { name } } } }',
      { s: scheduleId },
      'thaonguyen',
    );
    expect(saved.data?.meetings.items).toEqual([{ heldOn: '2025-02-10', occurrenceOn: '2025-02-10', decisions: [{ owner: 'Cảnh sát khu vực' }], attachments: [{ name: 'bien-ban-thang-2.png' }] }]);
  } catch (error) {
    await screenshot(page, 'meeting-schedules-failed').catch(() => undefined);
    throw error;
  } finally {
    await page.context().close();
  }
});

test('missing meetings are on the to-do list and open their schedule', async () => {
  const page = await signIn('thaonguyen');
  try {
    await page.goto(`${app.url}/admin/#/`);
    await page.getByTestId('todos').waitFor();
    const toggle = page.getByTestId('todos-toggle');
    if (await toggle.isVisible().catch(() => false)) await toggle.click();
    const missing = page.locator('[data-testid="todo"][data-kind="MEETING_MINUTES"]');
    await missing.first().waitFor();
    expect(await missing.first().getAttribute('href')).toBe(`#/meetingSchedules/${scheduleId}/show`);
    await missing.first().click();
    await page.getByTestId('schedule-occurrences').waitFor();
  } catch (error) {
    await screenshot(page, 'meeting-todos-failed').catch(() => undefined);
    throw error;
  } finally {
    await page.context().close();
  }
});

test('a ward officer records a meeting of the ward’s steering committee (its unit filled in)', async () => {
  const page = await signIn('thaonguyen');
  try {
    await page.goto(`${app.url}/admin/#/meetings/create`);
    await page.getByLabel('Ban Chỉ đạo của đơn vị').check();
    // The officer's only ward (and its province) are chosen for them.
    const ward = page.locator('input[name="wardId"]');
    await ward.waitFor();
    for (let i = 0; i < 120 && !(await ward.inputValue()); i++) await page.waitForTimeout(500);
    expect(await ward.inputValue()).not.toBe('');
    await page.locator('input[name="heldOn"]').fill('2026-03-25');
    await page.locator('textarea[name="minutes"]').fill('Họp Ban Chỉ đạo phường quý I');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByTestId('meeting-attachments').waitFor();
    await screenshot(page, 'meeting-unit-show');
    const saved = await app.gql<{ meetings: { items: Array<{ modelId: string | null; unitLevel: string; unit: { id: string } }> } }>(
      'query($u: ID!) { meetings(filter: { unitId: $u, heldFrom: "2026-03-25", heldTo: "2026-03-25" }) { items { modelId unitLevel unit { id } } } }',
      { u: ids.thaonguyen },
      'thaonguyen',
    );
    expect(saved.data?.meetings.items).toEqual([{ modelId: null, unitLevel: 'WARD', unit: { id: ids.thaonguyen } }]);
  } catch (error) {
    await screenshot(page, 'meeting-unit-failed').catch(() => undefined);
    throw error;
  } finally {
    await page.context().close();
  }
});
