/**
 * The console itself (react-admin), mounted by the sign-in shell (shell/main.ts, the page's entry)
 * once a session is stored. Loaded with import() so the sign-in form never waits for it.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { registerServiceWorker } from './offline/registerServiceWorker';

export function mountConsole(container: HTMLElement): void {
  registerServiceWorker();
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
