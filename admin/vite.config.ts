// The console (index.html, served by the API at /admin) and the public report page (report.html,
// served at /report), built into admin/dist; `npm run dev:admin` serves both with hot reload on
// :5173 and forwards /graphql to the API on :4000.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  base: '/admin/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    rollupOptions: { input: { console: new URL('./index.html', import.meta.url).pathname, report: new URL('./report.html', import.meta.url).pathname } },
  },
  server: {
    port: 5173,
    proxy: Object.fromEntries(['/graphql', '/qr', '/exports', '/imports'].map((path) => [path, `http://127.0.0.1:${process.env.PORT ?? 4000}`])),
  },
});
