/**
 * GET /qr/<unitId>.svg | .png: the QR code officers print and post at venues. It links to the
 * public report page with the unit pre-filled (PUBLIC_URL/report?unit=<id>). Only officers (and
 * ADMIN) whose scope holds the unit get one: a bearer token as for /graphql.
 */
import type express from 'express';
import QRCode from 'qrcode';
import type { Config } from '../config';
import { isAdmin, isOfficer } from '../core/access';
import { findUnit } from '../hierarchy/units';
import { attachmentHeader, signedInRoute } from '../http/download';
import { sendError } from '../http/errors';

export const reportPageUrl = (config: Config, unitId: string) => `${config.publicUrl}/report?unit=${encodeURIComponent(unitId)}`;

export function mountQrCodes(app: express.Express, config: Config): void {
  app.get(
    /^\/qr\/([0-9a-fA-F]{24})\.(svg|png)$/,
    signedInRoute(config, async (viewer, req, res) => {
      const [unitId, format] = [req.params[0] as string, req.params[1] as 'svg' | 'png'];
      if (!isAdmin(viewer) && !isOfficer(viewer)) return sendError(res, 403, 'FORBIDDEN', 'Only officers print QR codes');
      const unit = await findUnit(viewer, unitId);
      // Outside the caller's scope the unit does not exist for them (as in the API).
      if (!unit) return sendError(res, 404, 'NOT_FOUND', `Unit ${unitId} not found`);
      const url = reportPageUrl(config, unitId);
      res.setHeader('Content-Disposition', attachmentHeader(`phan-anh-${unit.doc.code}.${format}`));
      res.setHeader('X-Report-Url', url);
      if (format === 'svg') res.type('image/svg+xml').send(await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }));
      else res.type('image/png').send(await QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 600 }));
    }),
  );
}
