/** Sizes and formats both sides enforce; the API refuses what breaks them, the console says so before sending. */

/** A page of a list: `limit` defaults to 25, and more than 200 is refused, never cut silently. */
export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 200;

/** A sign-in name: 3–40 letters a–z, digits, dot, underscore or dash (stored in lower case, compared after trimming). */
export const USERNAME_PATTERN = /^[a-z0-9._-]{3,40}$/i;

/** A target's metric key: a camelCase name such as recognisedShare (rules/metrics lists those the dashboard measures). */
export const METRIC_PATTERN = /^[a-zA-Z][a-zA-Z0-9]{0,59}$/;

/** A deadline's day: YYYY-MM-DD, or --MM-DD for a day that recurs every year (seed 003: --11-25). */
export const DEADLINE_DAY_PATTERN = /^(\d{4}|-)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A password being set: at least 8 characters. */
export const MIN_PASSWORD_LENGTH = 8;
/** bcrypt uses only the first 72 bytes of a password: a longer one is refused, not silently cut. */
export const MAX_PASSWORD_BYTES = 72;
export const passwordTooLong = (value: string): boolean => new TextEncoder().encode(value).length > MAX_PASSWORD_BYTES;

/** A unit's aliases (other names people know the place by): at most 20, each at most 100 characters. */
export const MAX_ALIASES = 20;
export const MAX_ALIAS_LENGTH = 100;

/** Latitude and longitude bounds of a map point. */
export const LATITUDE_RANGE = [-90, 90] as const;
export const LONGITUDE_RANGE = [-180, 180] as const;

/** The hot-spot map draws at most this many markers: more is refused ("narrow the filter"), never cut short. */
export const MAX_HOTSPOTS = 2000;
