// The console (index.html, served by the API at /admin) and the public report page (report.html,
// served at /report), built into admin/dist; `npm run dev:admin` serves both with hot reload on
// :5173 and forwards /graphql to the API on :4000.
//
// What a phone downloads first is kept small (tools/bundle-budget.mjs checks it after each build):
// index.html's entry is the sign-in shell (src/shell), which loads the console (src/main.tsx)
// with import(); each screen is a chunk of its own (resources/types.ts lazyScreen).
import { defineConfig, type PluginOption } from 'vite';
import react from '@vitejs/plugin-react';
import { offlinePlugins } from './offline.vite';

/** The build's plugins: React, and the service worker that keeps the console usable offline (offline.vite.ts). */
const plugins: PluginOption[] = [react(), ...offlinePlugins()];

/**
 * Libraries every page that has React needs, in one chunk each: cached across deployments of
 * the console's own code, and shared by the console and the report page. Only libraries that
 * whoever loads them needs whole belong here: a group takes every module it matches, so a group
 * of MUI or react-admin would put every screen's components on the first load.
 */
const vendorGroups = [
  { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
];

export default defineConfig({
  base: '/admin/',
  plugins,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // .vite/manifest.json: each entry's chunks and their imports, read by tools/bundle-budget.mjs (not served: a dot-folder).
    manifest: true,
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      input: { console: new URL('./index.html', import.meta.url).pathname, report: new URL('./report.html', import.meta.url).pathname },
      output: { codeSplitting: { groups: vendorGroups } },
    },
  },
  server: {
    port: 5173,
    proxy: Object.fromEntries(['/graphql', '/qr', '/exports', '/imports'].map((path) => [path, `http://127.0.0.1:${process.env.PORT ?? 4000}`])),
  },
});
