import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { PASSWORD_TOO_LONG, passwordTooLong } from './core/validation';

const JWT_TTL_PATTERN = /^\d+\s*(s|m|h|d)?$/;

/**
 * A Leaflet tile URL template: http(s), with {z}, {x} and {y}, and a valid URL once its
 * placeholders ({s} subdomain, {r} retina suffix too) are filled in.
 */
export function isTileUrlTemplate(template: string): boolean {
  if (!/^https?:\/\//.test(template) || !['{z}', '{x}', '{y}'].every((p) => template.includes(p))) return false;
  const filled = template.replace(/\{s\}/g, 'a').replace(/\{r\}/g, '').replace(/\{[zxy]\}/g, '1');
  if (/[{}]/.test(filled)) return false;
  return URL.canParse(filled);
}

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    MONGODB_URI: z
      .string()
      .regex(/^mongodb(\+srv)?:\/\//, 'must start with mongodb:// or mongodb+srv://')
      .optional(),
    DATA_DIR: z.string().min(1).default('.data'),
    JWT_SECRET: z.string().min(1).optional(),
    JWT_TTL: z.string().regex(JWT_TTL_PATTERN, 'must look like 3600, 30m, 8h or 7d').default('8h'),
    SEED_DEMO_PASSWORD: z
      .string()
      .min(8, 'must have at least 8 characters')
      .refine((p) => !passwordTooLong(p), PASSWORD_TOO_LONG)
      .default('demo-password'),
    /** Public report intake: submissions per client address per window, and the response deadline. */
    REPORT_LIMIT: z.coerce.number().int().min(1).max(10_000).default(5),
    REPORT_WINDOW_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(10),
    REPORT_RESPONSE_HOURS: z.coerce.number().min(0.25).max(24 * 30).default(4),
    /** Anonymous GraphQL requests (login, public unit names, report status, submissions) per client address per minute. */
    ANON_REQUEST_LIMIT: z.coerce.number().int().min(1).max(100_000).default(120),
    /** Server-side deadline of every request (unset: 30 s; under NODE_ENV=test 60 s, as the suite runs on a loaded machine). */
    REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).optional(),
    /** The address the public reaches this server at (QR codes link to PUBLIC_URL/report). */
    PUBLIC_URL: z.url('must be an absolute URL').optional(),
    /** The hot-spot map's tile server, as a template (https://tile.example.vn/{z}/{x}/{y}.png); unset: markers over a blank map. */
    MAP_TILE_URL: z
      .string()
      .trim()
      .refine(isTileUrlTemplate, 'must be an http(s) URL template holding {z}, {x} and {y}')
      .optional(),
    /** The credit the tile server asks for, shown in the map's corner (plain text or simple HTML). */
    MAP_ATTRIBUTION: z.string().trim().max(500, 'must be at most 500 characters').optional(),
    /** Evidence files (hồ sơ minh chứng): bytes per file, bytes and files per assessment. */
    EVIDENCE_MAX_FILE_BYTES: z.coerce.number().int().min(1).max(200 * 1024 * 1024).default(20 * 1024 * 1024),
    EVIDENCE_MAX_ASSESSMENT_BYTES: z.coerce.number().int().min(1).max(2_000_000_000).default(100 * 1024 * 1024),
    EVIDENCE_MAX_FILES: z.coerce.number().int().min(1).max(1000).default(50),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== 'production') return;
    const weakness = secretWeakness(env.JWT_SECRET ?? '');
    if (weakness) {
      ctx.addIssue({
        code: 'custom',
        path: ['JWT_SECRET'],
        message: `production needs a random JWT_SECRET (${weakness}); generate one with \`openssl rand -base64 48\` or \`node -e "console.log(require('crypto').randomBytes(48).toString('base64'))"\``,
      });
    }
  });

/** The constant development key of earlier releases: public, so never a production key. */
const PUBLISHED_SECRETS = ['dev-only-insecure-jwt-secret-change-me'];

/** Estimated strength a production signing key must have. */
export const MIN_SECRET_BITS = 128;

/**
 * Why a secret is predictable, or null when it looks random: it must carry at least 128 bits by
 * its character frequencies (Shannon entropy × length), and must not be a repeated pattern
 * ("abcdefgh" × 4) or mostly a run of neighbouring characters ("1234…", "abcd…").
 */
export function secretWeakness(secret: string): string | null {
  if (secret.length < 32) return 'it must have at least 32 characters';
  if (PUBLISHED_SECRETS.includes(secret)) return 'it was published in the source code of an earlier release';
  const counts = new Map<string, number>();
  for (const ch of secret) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  const n = secret.length;
  let bitsPerChar = 0;
  for (const c of counts.values()) bitsPerChar -= (c / n) * Math.log2(c / n);
  if (bitsPerChar * n < MIN_SECRET_BITS) return `it has about ${Math.floor(bitsPerChar * n)} bits of entropy, at least ${MIN_SECRET_BITS} are needed`;
  if (shortestPeriod(secret) <= n / 2) return 'it repeats a shorter pattern';
  let steps = 0;
  for (let i = 1; i < n; i++) if (Math.abs(secret.charCodeAt(i) - secret.charCodeAt(i - 1)) === 1) steps++;
  if (steps / (n - 1) > 0.5) return 'it is mostly a run of consecutive characters';
  return null;
}

/** The smallest p with s[i] = s[i - p] for every i ≥ p (Knuth–Morris–Pratt failure function). */
function shortestPeriod(s: string): number {
  const fail = new Array<number>(s.length).fill(0);
  for (let i = 1, k = 0; i < s.length; i++) {
    while (k > 0 && s[i] !== s[k]) k = fail[k - 1] ?? 0;
    if (s[i] === s[k]) k++;
    fail[i] = k;
  }
  return s.length - (fail[s.length - 1] ?? 0);
}

/**
 * Outside production without JWT_SECRET, the signing key is random, made on first start and kept
 * in DATA_DIR/jwt-secret (owner-only), so tokens survive a restart but no two servers share a key
 * and none is written in the source.
 */
export function developmentSecret(dataDir: string): string {
  const file = path.join(dataDir, 'jwt-secret');
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    // 'wx' fails if another process created it meanwhile: then theirs is the key.
    fs.writeFileSync(file, `${randomBytes(48).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return fs.readFileSync(file, 'utf8').trim();
}

export interface Config {
  nodeEnv: 'development' | 'test' | 'production';
  port: number;
  mongodbUri: string | undefined;
  dataDir: string;
  jwtSecret: string;
  jwtTtl: string;
  seedDemoPassword: string;
  /** Demo accounts are never seeded in production. */
  seedDemoAccounts: boolean;
  /** bcrypt cost: lower in tests only, to keep the suite fast. */
  bcryptRounds: number;
  reportLimit: number;
  reportWindowMinutes: number;
  reportResponseHours: number;
  anonRequestLimit: number;
  requestTimeoutMs: number;
  publicUrl: string;
  /** The map's tile URL template (null: no tile server) and its credit line. */
  mapTileUrl: string | null;
  mapAttribution: string | null;
  /** Evidence files: the largest file, the most bytes and files one assessment may hold. */
  evidenceMaxFileBytes: number;
  evidenceMaxAssessmentBytes: number;
  evidenceMaxFiles: number;
}

/** Reads and validates the environment; throws one error listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    mongodbUri: e.MONGODB_URI,
    dataDir,
    jwtSecret: e.JWT_SECRET ?? developmentSecret(dataDir),
    jwtTtl: e.JWT_TTL.replace(/\s+/g, ''),
    seedDemoPassword: e.SEED_DEMO_PASSWORD,
    seedDemoAccounts: e.NODE_ENV !== 'production',
    bcryptRounds: e.NODE_ENV === 'test' ? 4 : 10,
    reportLimit: e.REPORT_LIMIT,
    reportWindowMinutes: e.REPORT_WINDOW_MINUTES,
    reportResponseHours: e.REPORT_RESPONSE_HOURS,
    anonRequestLimit: e.ANON_REQUEST_LIMIT,
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS ?? (e.NODE_ENV === 'test' ? 60_000 : 30_000),
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    mapTileUrl: e.MAP_TILE_URL || null,
    mapAttribution: e.MAP_ATTRIBUTION || null,
    evidenceMaxFileBytes: e.EVIDENCE_MAX_FILE_BYTES,
    evidenceMaxAssessmentBytes: e.EVIDENCE_MAX_ASSESSMENT_BYTES,
    evidenceMaxFiles: e.EVIDENCE_MAX_FILES,
  };
}
