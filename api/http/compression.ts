/**
 * Compressed responses for everything that compresses: the console's and the report page's
 * scripts, styles and HTML, and every API answer (/graphql JSON, error bodies). On a 400 kbit/s
 * phone this is the difference between seconds and a minute: the console's JavaScript shrinks to
 * about a quarter.
 *
 * The `compression` package negotiates brotli (quality 4: about gzip's speed, smaller output)
 * when the client accepts it, else gzip, and adds `Vary: Accept-Encoding`. Only types mime-db
 * marks compressible are touched, so downloads that are already compressed (XLSX, DOCX and ZIP
 * are zip files, PDF streams are deflated, PNG) pass through as they are; so does anything sent
 * with `Cache-Control: no-transform`.
 */
import compression from 'compression';
import type express from 'express';

/** Below this size the headers cost more than they save. */
const MIN_BYTES = 1024;

export const responseCompression = (): express.RequestHandler => compression({ threshold: MIN_BYTES });
