/**
 * GET /qr/<unitId>.svg | .png: the QR code officers print and post at venues. It links to the
 * public report page with the unit pre-filled (PUBLIC_URL/report?unit=<id>). Only officers (and
 * ADMIN) whose scope holds the unit get one: a bearer token as for /graphql.
 */
import type express from 'express';
import QRCode from 'qrcode';
import { GraphQLError } from 'graphql';
import type { Config } from '../config';
import { isAdmin, isOfficer } from '../core/access';
import { findUnit } from '../hierarchy/hierarchy.service';
import { authenticate } from '../users/auth';

export const reportPageUrl = (config: Config, unitId: string) => `${config.publicUrl}/report?unit=${encodeURIComponent(unitId)}`;

export function mountQrCodes(app: express.Express, config: Config): void {
  app.get(/^\/qr\/([0-9a-fA-F]{24})\.(svg|png)$/, async (req, res) => {
    const [unitId, format] = [req.params[0] as string, req.params[1] as 'svg' | 'png'];
    try {
      const signedIn = await authenticate(req.headers.authorization, config);
      if (!signedIn) return void res.status(401).json({ code: 'UNAUTHENTICATED', message: 'Sign in first' });
      if (!isAdmin(signedIn.viewer) && !isOfficer(signedIn.viewer)) return void res.status(403).json({ code: 'FORBIDDEN', message: 'Only officers print QR codes' });
      const unit = await findUnit(signedIn.viewer, unitId);
      // Outside the caller's scope the unit does not exist for them (as in the API).
      if (!unit) return void res.status(404).json({ code: 'NOT_FOUND', message: `Unit ${unitId} not found` });
      const url = reportPageUrl(config, unitId);
      const name = `phan-anh-${unit.doc.code}.${format}`;
      res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
      res.setHeader('X-Report-Url', url);
      if (format === 'svg') res.type('image/svg+xml').send(await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }));
      else res.type('image/png').send(await QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 600 }));
    } catch (error) {
      if (error instanceof GraphQLError) return void res.status(401).json({ code: error.extensions.code, message: error.message });
      throw error;
    }
  });
}
