/**
 * The console's service worker (vite-plugin-pwa generating a Workbox worker at /admin/sw.js, scope
 * /admin/), so the app shell opens without a connection:
 * - the built console (its HTML shell and hashed assets) is precached at install;
 * - a page load (navigation) asks the network first, and offline — or after NAVIGATION_TIMEOUT_S on a
 *   network too weak to answer — gets the precached shell, which always matches the precached assets
 *   (a shell from the network is never stored, so an older one cannot outlive its assets);
 * - /admin/assets/* are served from the cache first (their names change with their content);
 * - nothing else is handled: /graphql, /exports, /imports, /qr and /report always go to the network,
 *   and data is never cached by the worker (saves made offline are kept by src/offline/queue.ts).
 * A new build's worker takes over at once (registerType autoUpdate: skipWaiting, clientsClaim);
 * src/offline/registerServiceWorker.ts registers it and reloads onto the new build when that is safe.
 */
import type { PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/** How long a page load waits for the network before the cached shell is shown instead. */
const NAVIGATION_TIMEOUT_S = 4;

export function offlinePlugins(): PluginOption[] {
  return [
    VitePWA({
      base: '/admin/',
      scope: '/admin/',
      filename: 'sw.js',
      strategies: 'generateSW',
      registerType: 'autoUpdate',
      // Registered by src/offline/registerServiceWorker.ts: no injected script (the CSP refuses inline scripts).
      injectRegister: false,
      // An installable app (a web manifest with icons) is not needed for the shell to work offline.
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,ico,woff,woff2}'],
        // The public report page is served at /report, outside the worker's scope.
        globIgnores: ['report.html', 'assets/report-*'],
        // A new build's worker takes over at once (registerType alone leaves it waiting in this version).
        skipWaiting: true,
        clientsClaim: true,
        // Large chunks (the charts, the map) are part of the console too.
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        cleanupOutdatedCaches: true,
        // The precache must not answer /admin/ itself (cache first): page loads go to the network-first route below.
        directoryIndex: null,
        navigateFallback: null,
        runtimeCaching: [
          {
            urlPattern: ({ request, url }) => request.mode === 'navigate' && url.pathname.startsWith('/admin'),
            handler: 'NetworkFirst',
            options: {
              cacheName: 'admin-shell',
              networkTimeoutSeconds: NAVIGATION_TIMEOUT_S,
              // These run inside the worker (serialised into sw.js): only its globals, no imports.
              plugins: [
                {
                  // Never store a shell from the network: the precached one always matches the precached assets.
                  cacheWillUpdate: async () => null,
                  // Offline or too slow: the precached shell (its key carries a revision parameter).
                  cachedResponseWillBeUsed: async ({ cachedResponse }) => cachedResponse ?? (await caches.match('/admin/index.html', { ignoreSearch: true })) ?? null,
                },
              ],
            },
          },
          {
            urlPattern: ({ url }) => url.pathname.startsWith('/admin/assets/'),
            handler: 'CacheFirst',
            options: { cacheName: 'admin-assets', expiration: { maxEntries: 200 } },
          },
        ],
      },
    }),
  ];
}
