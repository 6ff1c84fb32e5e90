/** Debian's Chromium driven by playwright-core (playwright's own browser downloads cannot work here). */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = path.resolve(__dirname, '..', '..', 'test-artifacts', 'screenshots');

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(path.resolve(__dirname, '..', '..', 'admin', 'dist', 'index.html'))) {
    throw new Error('admin/dist is missing: build the console first (make test does: npx vite build admin)');
  }
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: make test installs Debian's chromium (apt-get install -y chromium)`);
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A screenshot of the page as it is, into the git-ignored test-artifacts/screenshots/. */
export const screenshot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: false });

/**
 * The rows of a list that hold data: while it loads, react-admin draws five placeholder rows
 * (without the even/odd classes of real rows), which a count taken too early would include.
 */
export const dataRows = (page: Page) => page.locator('table tbody tr.RaDatagrid-rowEven, table tbody tr.RaDatagrid-rowOdd');
