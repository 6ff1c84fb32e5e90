// The console: built into admin/dist (served by the API at /admin); `npm run dev:admin` serves it
// with hot reload on :5173 and forwards /graphql to the API on :4000.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  base: '/admin/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 4000 },
  server: { port: 5173, proxy: { '/graphql': `http://127.0.0.1:${process.env.PORT ?? 4000}` } },
});
