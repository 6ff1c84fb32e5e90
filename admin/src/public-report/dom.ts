/**
 * The few DOM helpers the page needs. The page's markup is in report.html (so it paints before
 * any script); these find its elements, fill in texts in the reader's language, and build the
 * short lists (places found, places near, saved codes). Text is always set as text, never HTML.
 */
import type { Messages } from './messages';

/** The element of report.html with this id (the markup and the script ship together). */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`report.html has no #${id}`);
  return found as T;
}

/** A text of `t` by its dotted key ("required.unitId"). */
function textOf(t: Messages, key: string): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], t);
  return typeof value === 'string' ? value : key;
}

/** Fills every [data-t] element's text and every [data-t-label] element's aria-label. */
export function applyTexts(t: Messages, root: ParentNode = document): void {
  for (const node of root.querySelectorAll<HTMLElement>('[data-t]')) node.textContent = textOf(t, node.dataset.t ?? '');
  for (const node of root.querySelectorAll<HTMLElement>('[data-t-label]')) node.setAttribute('aria-label', textOf(t, node.dataset.tLabel ?? ''));
}

/** A new element with attributes and text or child nodes. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** Shows `message` in `node` (hidden when there is none). */
export function showText(node: HTMLElement, message: string | null | undefined): void {
  node.textContent = message ?? '';
  node.hidden = !message;
}

/**
 * Marks a control as wrong or right: its error line, aria-invalid, and aria-describedby naming
 * the error first, then the help line, so a screen reader reads both.
 */
export function setFieldError(control: HTMLElement, errorNode: HTMLElement, message: string | undefined, helpId?: string): void {
  showText(errorNode, message);
  if (message) control.setAttribute('aria-invalid', 'true');
  else control.removeAttribute('aria-invalid');
  const describedBy = [message ? errorNode.id : null, helpId ?? null].filter(Boolean).join(' ');
  if (describedBy) control.setAttribute('aria-describedby', describedBy);
  else control.removeAttribute('aria-describedby');
}
