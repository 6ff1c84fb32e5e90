/** The HTTP surface: POST /graphql, GET /healthz, QR codes at /qr, report documents at /exports, spreadsheet imports at /imports, the console at /admin. */
import fs from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import express from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Config } from './config';
import { pingDatabase } from './db/connection';
import type { DatabaseKind } from './db/database';
import { PROJECT_ROOT } from './db/ferretdb';
import { buildContext, type GraphQLContext } from './graphql/context';
import { buildSchema, fieldResolver } from './graphql/schema';
import { responseCompression } from './http/compression';
import { requestDeadline, within } from './http/deadline';
import { errorHandler, notFound, requireJsonBody } from './http/errors';
import { securityHeaders } from './http/security';
import { log } from './log';
import { setCurrentConfig } from './runtime';
import { authenticate } from './users/auth';
import { mountCalendarFeed } from './deadlines/calendar-route';
import { mountEvidenceFiles } from './evidence/routes';
import { mountImports } from './imports/routes';
import { mountReportExports } from './reporting/exports';
import { mountQrCodes } from './tourism/qr';

/** Query shape limits: deep or expensive queries are refused before they run. */
export const QUERY_LIMITS = { maxDepth: 10, maxCost: 5000, maxAliases: 15, maxTokens: 2000, maxDirectives: 50 };

/** /healthz gives the database this long to answer a ping, whatever the driver's own timeouts. */
const HEALTH_PING_MS = 1500;

const KNOWN_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT', 'RATE_LIMITED', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE']);

export interface App {
  app: express.Express;
  stop(): Promise<void>;
}

export async function createApp(config: Config, database: { kind: DatabaseKind }): Promise<App> {
  setCurrentConfig(config);
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth },
    costLimit: { maxCost: QUERY_LIMITS.maxCost },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    // Tokens are counted by graphql-js's own parser (parseOptions below): armor's check runs in a
    // plugin hook, so its refusal (and any syntax error it met first) came back as HTTP 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: config.nodeEnv === 'production' },
  });
  const protection = armor.protect();
  const apollo = new ApolloServer<GraphQLContext>({
    schema: buildSchema(),
    fieldResolver,
    parseOptions: { maxLexicalTokens: QUERY_LIMITS.maxTokens },
    ...protection,
    plugins: [...protection.plugins],
    validationRules: [...protection.validationRules],
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown (HTTP server, Apollo, database, FerretDB) in that order.
    stopOnTerminationSignals: false,
    formatError: (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
      const code = formatted.extensions?.code as string | undefined;
      if (code === 'BAD_USER_INPUT' && !formatted.extensions?.fields) return withFields(formatted);
      if (code && KNOWN_CODES.has(code)) return formatted;
      // Anything else is our bug: log it whole, tell the client only that it happened.
      log.error(`internal error: ${(error as Error)?.stack ?? String(error)}`);
      return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' }, path: formatted.path };
    },
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(requestDeadline(config.requestTimeoutMs));
  app.use(securityHeaders(config.mapTileUrl));
  // Before every route, so each answer (the console's files, /graphql, errors) can be compressed.
  app.use(responseCompression());

  app.get('/healthz', async (_req, res) => {
    const up = await within(pingDatabase(), HEALTH_PING_MS, false);
    res.status(up ? 200 : 503).json({ status: up ? 'ok' : 'unavailable', database: { kind: database.kind, state: up ? 'up' : 'down' } });
  });

  app.use(
    '/graphql',
    requireJsonBody,
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const signedIn = await authenticate(req.headers.authorization, config).catch((error: unknown) => {
          // A bad, expired or revoked token is HTTP 401.
          if (error instanceof GraphQLError) throw new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status: 401 } } });
          throw error;
        });
        // Anonymous callers over their limit get HTTP 429 from buildContext itself.
        return buildContext(config, req.ip ?? 'unknown', signedIn);
      },
    }),
  );

  mountQrCodes(app, config);
  mountReportExports(app, config);
  mountImports(app, config);
  mountEvidenceFiles(app, config);
  mountCalendarFeed(app, config);
  mountConsole(app);
  app.get('/', (_req, res) => res.redirect('/admin/'));
  app.use(notFound);
  app.use(errorHandler);

  return { app, stop: () => apollo.stop() };
}

/**
 * Values the schema's own types refuse (a wrong enum, an impossible LocalDate) are rejected by
 * GraphQL before zod sees them; give those errors the same `fields` list as ours. graphql-js
 * reports them as: Variable "$input" got invalid value … at "input.rearrangedOn"; Expected ….
 */
function withFields(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const m = /^Variable "\$(\w+)" got invalid value .*?(?: at "([^"]+)")?; (.*)$/s.exec(formatted.message);
  const fields = m ? [{ path: m[2] ?? m[1] ?? '', message: m[3] ?? formatted.message }] : [];
  return { ...formatted, extensions: { ...formatted.extensions, fields } };
}

/**
 * How long browsers keep the console's files. Everything under /admin/assets/ has a content hash
 * in its name (a new build writes new names), so it never changes: cached for a year without
 * asking again. The HTML pages (index.html, report.html) and any other unhashed file (a service
 * worker, a manifest) name those assets, so the browser asks each time (a cheap 304 when
 * unchanged) and picks up a new build at once.
 */
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

/**
 * Serves the built react-admin console (admin/dist) at /admin, with client-side routes falling
 * back to index.html, and the public report page at /report (same build, its own entry). A
 * missing file (anything under /admin/assets/, or a last segment with an extension) is a 404,
 * not the HTML shell, which a browser would refuse as a script anyway under nosniff.
 */
function mountConsole(app: express.Express): void {
  // ADMIN_DIST_DIR: another build of the console (a developer's side build); admin/dist by default.
  const dist = process.env.ADMIN_DIST_DIR ? path.resolve(process.env.ADMIN_DIST_DIR) : path.join(PROJECT_ROOT, 'admin', 'dist');
  const index = path.join(dist, 'index.html');
  const reportPage = path.join(dist, 'report.html');
  const sendPage = (res: express.Response, file: string) => res.sendFile(file, { cacheControl: false, headers: { 'Cache-Control': REVALIDATE } });
  app.get('/report', (_req, res) => {
    if (fs.existsSync(reportPage)) sendPage(res, reportPage);
    else res.status(503).type('text/plain').send('The report page is not built yet: run `make start` (or `npm run build:admin`).');
  });
  const assets = path.join(dist, 'assets') + path.sep;
  app.use(
    '/admin',
    express.static(dist, {
      index: false,
      cacheControl: false,
      setHeaders: (res, file) => res.setHeader('Cache-Control', file.startsWith(assets) ? IMMUTABLE : REVALIDATE),
    }),
  );
  app.get(/^\/admin(\/.*)?$/, (req, res, next) => {
    if (/^\/admin\/assets\/|\.[^/]*$/.test(req.path)) return next();
    if (fs.existsSync(index)) sendPage(res, index);
    else res.status(503).type('text/plain').send('The console is not built yet: run `make start` (or `npm run build:admin`).');
  });
}
