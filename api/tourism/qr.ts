/**
 * GET /qr/<unitId>.svg | .png: the QR code officers print and post at venues. It links to the
 * public report page with the unit pre-filled (PUBLIC_URL/report?unit=<id>). Only officers (and
 * ADMIN) whose scope holds the unit get one: a bearer token as for /graphql.
 */
import { create as contentDisposition } from 'content-disposition';
import type express from 'express';
import QRCode from 'qrcode';
import { GraphQLError } from 'graphql';
import type { Config } from '../config';
import { isAdmin, isOfficer } from '../core/access';
import { findUnit } from '../hierarchy/units';
import { sendError } from '../http/errors';
import { authenticate } from '../users/auth';

export const reportPageUrl = (config: Config, unitId: string) => `${config.publicUrl}/report?unit=${encodeURIComponent(unitId)}`;

/**
 * `attachment; filename=phan-anh-To-1.svg; filename*=UTF-8''phan-anh-T%E1%BB%95-1.svg`: codes
 * may hold Vietnamese letters, which a raw header cannot carry (RFC 6266/5987), and "/", which
 * would make a path of the name. The ASCII fallback drops the accents rather than write "?".
 */
export function attachmentHeader(code: string, format: string): string {
  const name = `phan-anh-${code.replace(/[^\p{L}\p{N}._-]+/gu, '-')}.${format}`;
  const ascii = name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/[^\x20-\x7e]/g, '-');
  return contentDisposition(name, { fallback: ascii });
}

export function mountQrCodes(app: express.Express, config: Config): void {
  app.get(/^\/qr\/([0-9a-fA-F]{24})\.(svg|png)$/, async (req, res) => {
    const [unitId, format] = [req.params[0] as string, req.params[1] as 'svg' | 'png'];
    try {
      const signedIn = await authenticate(req.headers.authorization, config);
      if (!signedIn) return sendError(res, 401, 'UNAUTHENTICATED', 'Sign in first');
      if (!isAdmin(signedIn.viewer) && !isOfficer(signedIn.viewer)) return sendError(res, 403, 'FORBIDDEN', 'Only officers print QR codes');
      const unit = await findUnit(signedIn.viewer, unitId);
      // Outside the caller's scope the unit does not exist for them (as in the API).
      if (!unit) return sendError(res, 404, 'NOT_FOUND', `Unit ${unitId} not found`);
      const url = reportPageUrl(config, unitId);
      res.setHeader('Content-Disposition', attachmentHeader(unit.doc.code, format));
      res.setHeader('X-Report-Url', url);
      if (format === 'svg') res.type('image/svg+xml').send(await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }));
      else res.type('image/png').send(await QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 600 }));
    } catch (error) {
      if (error instanceof GraphQLError) return sendError(res, 401, 'UNAUTHENTICATED', error.message);
      throw error;
    }
  });
}
