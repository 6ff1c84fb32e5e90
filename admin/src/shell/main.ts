/**
 * The console's entry, and all the JavaScript the sign-in form needs: a few kilobytes, no React,
 * no MUI. index.html paints the title and a loading state from its own inline styles; this script
 * then either mounts the console (a valid session is stored) or shows the sign-in form (none is).
 * Either way the console's code (../main.tsx: react-admin, MUI, the screens' registry) starts
 * downloading at once, so it is there, or nearly, when the user has typed their password.
 *
 * The form lives at #/login (replaced in history, never pushed: Back never meets it twice);
 * after signing in the page goes where it was asked for (a bookmarked record) or to the start.
 */
import { readSession } from '../providers/session';
import { shellMessages, storeLanguage, storedLanguage, type ShellLanguage, type ShellMessages } from './messages';
import { SignInError, signIn, takeSessionExpiredNote } from './signIn';

const SIGN_IN_HASH = '#/login';

const consoleModule = import('../main');
// A failed download is reported when the console is needed (mountConsole), not as an unhandled rejection now.
consoleModule.catch(() => undefined);

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const root = byId<HTMLDivElement>('root');
const loading = byId<HTMLParagraphElement>('shell-loading');
const failure = byId<HTMLDivElement>('shell-failure');
const form = byId<HTMLFormElement>('sign-in');
const username = byId<HTMLInputElement>('sign-in-username');
const password = byId<HTMLInputElement>('sign-in-password');
const submit = byId<HTMLButtonElement>('sign-in-submit');
const message = byId<HTMLParagraphElement>('sign-in-message');

let language: ShellLanguage = storedLanguage();
let text: ShellMessages = shellMessages(language);
/** The message under the form, as a key of the messages, so a language switch re-words it. */
let shownMessage: { key: keyof ShellMessages; minutes?: number; alert: boolean } | null = null;

/** Every element marked data-text="<key>" shows that message in the current language (data-text-label: as its aria-label). */
function applyLanguage(next: ShellLanguage): void {
  language = next;
  text = shellMessages(next);
  document.documentElement.lang = next;
  for (const element of document.querySelectorAll<HTMLElement>('[data-text]')) {
    element.textContent = text[element.dataset.text as keyof ShellMessages];
  }
  for (const element of document.querySelectorAll<HTMLElement>('[data-text-label]')) {
    element.setAttribute('aria-label', text[element.dataset.textLabel as keyof ShellMessages]);
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-language]')) {
    button.setAttribute('aria-pressed', String(button.dataset.language === next));
  }
  showMessage(shownMessage);
}

function showMessage(shown: typeof shownMessage): void {
  shownMessage = shown;
  message.hidden = !shown;
  message.textContent = shown ? text[shown.key].replace('%{minutes}', String(shown.minutes ?? 1)) : '';
  message.className = shown?.alert ? 'message alert' : 'message';
  // An alert is read out by screen readers as it appears; the expired-session note is only shown.
  message.setAttribute('role', shown?.alert ? 'alert' : 'status');
}

function failureMessage(error: unknown): NonNullable<typeof shownMessage> {
  const reason = error instanceof SignInError ? error.reason : 'NETWORK';
  if (reason === 'RATE_LIMITED') {
    const seconds = (error as SignInError).retryAfterSeconds ?? 60;
    return { key: 'rateLimited', minutes: Math.max(1, Math.ceil(seconds / 60)), alert: true };
  }
  return { key: reason === 'WRONG_CREDENTIALS' ? 'wrongCredentials' : 'network', alert: true };
}

/** The console replaces everything in #root (React's first render clears it). */
async function mountConsole(): Promise<void> {
  form.hidden = true;
  loading.hidden = false;
  try {
    const { mountConsole: mount } = await consoleModule;
    mount(root);
  } catch {
    // A chunk that could not be downloaded: the only way forward is to load the page again.
    loading.hidden = true;
    failure.hidden = false;
  }
}

function showSignInForm(requestedHash: string): void {
  history.replaceState(null, '', SIGN_IN_HASH);
  if (takeSessionExpiredNote()) showMessage({ key: 'sessionExpired', alert: false });
  loading.hidden = true;
  form.hidden = false;
  username.focus();

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (submit.disabled) return;
    if (!username.value.trim() || !password.value) {
      showMessage({ key: 'required', alert: true });
      (username.value.trim() ? password : username).focus();
      return;
    }
    submit.disabled = true;
    submit.dataset.text = 'signingIn';
    applyLanguage(language);
    signIn(username.value, password.value)
      .then(() => {
        history.replaceState(null, '', requestedHash || '#/');
        return mountConsole();
      })
      .catch((error: unknown) => {
        password.value = '';
        showMessage(failureMessage(error));
        password.focus();
      })
      .finally(() => {
        submit.disabled = false;
        submit.dataset.text = 'signIn';
        applyLanguage(language);
      });
  });
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-language]')) {
  button.addEventListener('click', () => {
    const next = button.dataset.language === 'en' ? 'en' : 'vi';
    storeLanguage(next);
    applyLanguage(next);
  });
}
byId<HTMLButtonElement>('shell-retry').addEventListener('click', () => window.location.reload());

applyLanguage(language);
if (readSession()) {
  // A bookmarked #/login while signed in: the console has no such page any more.
  if (location.hash === SIGN_IN_HASH) history.replaceState(null, '', '#/');
  void mountConsole();
} else {
  showSignInForm(location.hash === SIGN_IN_HASH || location.hash === '#/' ? '' : location.hash);
}
