/**
 * The tracking codes this device has sent, newest first, kept in localStorage so that a reload
 * (or a return to the page days later) still offers them; and copying one to the clipboard.
 * localStorage can be missing or full (private browsing): the page then simply forgets.
 */
const STORAGE_KEY = 'public-report.codes';
/** How many codes are kept: a tourist sends a few at most. */
const KEEP = 5;

export interface SavedCode {
  code: string;
  /** When it was sent (ISO instant). */
  sentAt: string;
}

export function savedCodes(): SavedCode[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((c): c is SavedCode => typeof c?.code === 'string' && typeof c?.sentAt === 'string') : [];
  } catch {
    return [];
  }
}

export function saveCode(code: string): SavedCode[] {
  const codes = [{ code, sentAt: new Date().toISOString() }, ...savedCodes().filter((c) => c.code !== code)].slice(0, KEEP);
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(codes));
  } catch {
    // Storage refused: the code is still on screen.
  }
  return codes;
}

/**
 * Copies `text`: the Clipboard API where the page may use it (a secure context, permission), else
 * the older selection-and-execCommand way, which works on plain-http LAN addresses too.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no permission): try the fallback.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  try {
    // Deprecated but still the only way without the Clipboard API.
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
