/** Sizes and formats both sides enforce; the API refuses what breaks them, the console says so before sending. */

/** A page of a list: `limit` defaults to 25, and more than 200 is refused, never cut silently. */
export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 200;

/** A sign-in name: 3–40 letters, digits, dot, underscore or dash. */
export const USERNAME_PATTERN = /^[A-Za-z0-9._-]{3,40}$/;
