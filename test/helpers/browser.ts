/** Debian's Chromium driven by playwright-core (playwright's own browser downloads cannot work here). */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = path.resolve(__dirname, '..', '..', 'test-artifacts', 'screenshots');

export async function launchBrowser(): Promise<Browser> {
  const dist = process.env.ADMIN_DIST_DIR ? path.resolve(process.env.ADMIN_DIST_DIR) : path.resolve(__dirname, '..', '..', 'admin', 'dist');
  if (!fs.existsSync(path.join(dist, 'index.html'))) {
    throw new Error(`${dist} is missing: build the console first (make test does: npx vite build admin)`);
  }
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: make test installs Debian's chromium (apt-get install -y chromium)`);
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * Waits of a browser step (a selector to appear, a page to load). Playwright's default of 30 s is
 * too short when both jest workers drive a Chromium beside the database on a 2-core machine; a
 * wait still ends as soon as the page is ready, so a longer bound only changes how a real failure
 * is reported.
 */
const STEP_TIMEOUT_MS = 90_000;

/** A fresh context (its own storage, so its own session) whose waits use STEP_TIMEOUT_MS. */
export async function newContext(browser: Browser, options: BrowserContextOptions): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(STEP_TIMEOUT_MS);
  return context;
}

/** A screenshot of the page as it is, into the git-ignored test-artifacts/screenshots/. */
export const screenshot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: false });

/**
 * The rows of a list that hold data: while it loads, react-admin draws five placeholder rows
 * (without the even/odd classes of real rows), which a count taken too early would include.
 */
export const dataRows = (page: Page) => page.locator('table tbody tr.RaDatagrid-rowEven, table tbody tr.RaDatagrid-rowOdd');
