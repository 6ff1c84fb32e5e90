/**
 * GET /exports/period-reports/<id>/annex.xlsx: a report's documents, for whoever may read the
 * report (the same Bearer token and scope as /graphql; outside it the report does not exist).
 */
import type express from 'express';
import type { Config } from '../config';
import { findUnit } from '../hierarchy/units';
import { attachmentHeader, signedInRoute } from '../http/download';
import { annexXlsx } from './annex';
import { periodReports, reportData } from './period-report.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function mountReportExports(app: express.Express, config: Config): void {
  app.get(
    /^\/exports\/period-reports\/([0-9a-fA-F]{24})\/annex\.xlsx$/,
    signedInRoute(config, async (viewer, req, res) => {
      const report = await periodReports.get(viewer, req.params[0] as string);
      const [data, unit] = await Promise.all([reportData(report), findUnit(viewer, String(report.unitId))]);
      const unitName = unit?.doc.name ?? '';
      res.setHeader('Content-Disposition', attachmentHeader(`phu-luc-2-${unitName}-${report.year}.xlsx`));
      res.setHeader('Cache-Control', 'private, no-store');
      res.type(XLSX).send(await annexXlsx(report, data, unitName));
    }),
  );
}
