import path from 'node:path';
import { z } from 'zod';

/** Development-only signing key; production refuses to start with it (see below). */
export const DEV_JWT_SECRET = 'dev-only-insecure-jwt-secret-change-me';

const JWT_TTL_PATTERN = /^\d+\s*(s|m|h|d)?$/;

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
    SEED_DEMO_PASSWORD: z.string().min(8, 'must have at least 8 characters').default('demo-password'),
    /** Public report intake: submissions per client address per window, and the response deadline. */
    REPORT_LIMIT: z.coerce.number().int().min(1).max(10_000).default(5),
    REPORT_WINDOW_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(10),
    REPORT_RESPONSE_HOURS: z.coerce.number().min(0.25).max(24 * 30).default(4),
    /** The address the public reaches this server at (QR codes link to PUBLIC_URL/report). */
    PUBLIC_URL: z.url('must be an absolute URL').optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== 'production') return;
    const secret = env.JWT_SECRET ?? '';
    // "Real strength": at least 32 characters and not a single repeated character.
    if (secret.length < 32 || new Set(secret).size < 8 || secret === DEV_JWT_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['JWT_SECRET'],
        message: 'production needs JWT_SECRET of at least 32 random characters (e.g. `openssl rand -base64 48`)',
      });
    }
  });

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
  publicUrl: string;
}

/** Reads and validates the environment; throws one error listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    mongodbUri: e.MONGODB_URI,
    dataDir: path.resolve(e.DATA_DIR),
    jwtSecret: e.JWT_SECRET ?? DEV_JWT_SECRET,
    jwtTtl: e.JWT_TTL.replace(/\s+/g, ''),
    seedDemoPassword: e.SEED_DEMO_PASSWORD,
    seedDemoAccounts: e.NODE_ENV !== 'production',
    bcryptRounds: e.NODE_ENV === 'test' ? 4 : 10,
    reportLimit: e.REPORT_LIMIT,
    reportWindowMinutes: e.REPORT_WINDOW_MINUTES,
    reportResponseHours: e.REPORT_RESPONSE_HOURS,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
  };
}
