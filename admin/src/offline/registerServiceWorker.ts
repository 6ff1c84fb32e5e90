/**
 * Registers the console's service worker (/admin/sw.js, built by admin/offline.vite.ts) so the
 * app shell opens without a connection. Only in a built console (the dev server has no worker) and
 * where the browser allows one (a secure context: https, or localhost / 127.0.0.1).
 *
 * When a new build's worker takes over, the page reloads onto that build (its old lazy chunks
 * are no longer cached) — but never over a form with unsaved changes: then the reload waits for
 * the next move to another screen.
 */
import { Workbox } from 'workbox-window';
import { hasUnsavedChanges } from './unsavedChanges';

const WORKER_URL = '/admin/sw.js';
const SCOPE = '/admin/';

function reloadWhenSafe(): void {
  if (!hasUnsavedChanges()) {
    window.location.reload();
    return;
  }
  window.addEventListener('hashchange', () => window.location.reload(), { once: true });
}

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || !window.isSecureContext) return;
  const workbox = new Workbox(WORKER_URL, { scope: SCOPE });
  // `isUpdate`: a worker replaced an older one (the first install controls the page without a reload).
  workbox.addEventListener('controlling', (event) => {
    if (event.isUpdate) reloadWhenSafe();
  });
  workbox.register().catch((error: unknown) => console.warn('The offline shell is unavailable:', error));
}
