/**
 * POST /imports/neighbourhoods, /imports/models and /imports/figures ?dryRun=true|false: a spreadsheet (XLSX or
 * CSV, as the raw body, at most IMPORT_LIMITS.maxBytes) with the same Bearer token as /graphql.
 * The answer is the per-row result (JSON); a file that cannot be read at all is BAD_USER_INPUT
 * with the reason. Without `dryRun=false` nothing is written.
 */
import express from 'express';
import type { Config } from '../config';
import { signedInRoute } from '../http/download';
import { sendError } from '../http/errors';
import { importFigures } from './figure-import';
import { importModels } from './model-import';
import { importNeighbourhoods } from './neighbourhood-import';
import { IMPORT_LIMITS, SheetError } from './spreadsheet';
import type { ImportKind } from '../../rules/imports';

/** Each kind of import, by its path. */
const IMPORTERS = { neighbourhoods: importNeighbourhoods, models: importModels, figures: importFigures } satisfies Record<ImportKind, unknown>;

export function mountImports(app: express.Express, config: Config): void {
  app.post(
    /^\/imports\/(neighbourhoods|models|figures)$/,
    express.raw({ type: () => true, limit: IMPORT_LIMITS.maxBytes }),
    signedInRoute(config, async (viewer, req, res) => {
      const dryRun = req.query.dryRun !== 'false';
      if (!Buffer.isBuffer(req.body) || req.body.length === 0) return sendError(res, 400, 'BAD_USER_INPUT', 'Send the spreadsheet (XLSX or CSV) as the request body');
      try {
        res.setHeader('Cache-Control', 'no-store');
        res.json(await IMPORTERS[req.params[0] as keyof typeof IMPORTERS](viewer, req.body, dryRun));
      } catch (error) {
        if (error instanceof SheetError) return sendError(res, 400, 'BAD_USER_INPUT', error.message);
        throw error;
      }
    }),
  );
}
