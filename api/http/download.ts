/**
 * The parts every file route shares (QR codes, report documents): the caller signed in with the
 * same Bearer token as /graphql, and a download name that survives any browser.
 */
import { create as contentDisposition } from 'content-disposition';
import type express from 'express';
import { GraphQLError } from 'graphql';
import type { Config } from '../config';
import type { Viewer } from '../core/access';
import { authenticate } from '../users/auth';
import { sendError, type HttpErrorCode } from './errors';

/**
 * `attachment; filename=bao-cao-To-1.xlsx; filename*=UTF-8''b%C3%A1o-c%C3%A1o-T%E1%BB%95-1.xlsx`:
 * names may hold Vietnamese letters, which a raw header cannot carry (RFC 6266/5987), and "/",
 * which would make a path of the name. The ASCII fallback drops the accents rather than write "?".
 */
export function attachmentHeader(fileName: string): string {
  const name = fileName.replace(/[^\p{L}\p{N}._-]+/gu, '-');
  const ascii = name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/[^\x20-\x7e]/g, '-');
  return contentDisposition(name, { fallback: ascii });
}

/** The API's refusals a file route answers as they are (anything else is an internal error). */
const API_ERRORS = { NOT_FOUND: 404, FORBIDDEN: 403, BAD_USER_INPUT: 400, CONFLICT: 409 } as const;

/**
 * Runs `handle` for a signed-in caller; answers 401 without (or with a bad) token. Errors the
 * API raises (NOT_FOUND outside the scope, FORBIDDEN) are answered with their code and status.
 */
export function signedInRoute(config: Config, handle: (viewer: Viewer, req: express.Request, res: express.Response) => Promise<unknown>): express.RequestHandler {
  return async (req, res) => {
    let viewer: Viewer;
    try {
      const signedIn = await authenticate(req.headers.authorization, config);
      if (!signedIn) return sendError(res, 401, 'UNAUTHENTICATED', 'Sign in first');
      viewer = signedIn.viewer;
    } catch (error) {
      if (error instanceof GraphQLError) return sendError(res, 401, 'UNAUTHENTICATED', error.message);
      throw error;
    }
    try {
      await handle(viewer, req, res);
    } catch (error) {
      const code = error instanceof GraphQLError ? String(error.extensions.code ?? '') : '';
      if (code in API_ERRORS) return sendError(res, API_ERRORS[code as keyof typeof API_ERRORS], code as HttpErrorCode, (error as Error).message);
      throw error;
    }
  };
}
