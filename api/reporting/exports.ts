/**
 * A report's documents, for whoever may read the report (the same Bearer token and scope as
 * /graphql; outside it the report does not exist):
 * GET /exports/period-reports/<id>.docx and .pdf (the report with its Phụ lục 2) and
 * GET /exports/period-reports/<id>/annex.xlsx (Phụ lục 2 alone).
 */
import type express from 'express';
import type { Config } from '../config';
import type { Viewer } from '../core/access';
import { findUnit } from '../hierarchy/units';
import { Ward } from '../hierarchy/ward.model';
import { attachmentHeader, signedInRoute } from '../http/download';
import { annexXlsx } from './annex';
import { reportDocument, type UnitNames } from './document-text';
import { reportDocx } from './docx';
import { reportPdf } from './pdf';
import { periodReports, reportData } from './period-report.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const FORMATS = {
  docx: { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', render: reportDocx },
  pdf: { type: 'application/pdf', render: reportPdf },
} as const;

/** The report the caller may read, its computed sections and the names of its unit. */
async function load(viewer: Viewer, id: string) {
  const report = await periodReports.get(viewer, id);
  const [data, unit, ward] = await Promise.all([
    reportData(report),
    findUnit(viewer, String(report.unitId)),
    // A neighbourhood's header names the ward above it, whose name its own people may not otherwise read.
    report.unitLevel === 'NEIGHBOURHOOD' && report.wardId ? Ward.findById(report.wardId, { name: 1 }).lean<{ name: string }>() : null,
  ]);
  const names: UnitNames = { name: unit?.doc.name ?? '', wardName: ward?.name ?? null };
  return { report, data, names };
}

export function mountReportExports(app: express.Express, config: Config): void {
  app.get(
    /^\/exports\/period-reports\/([0-9a-fA-F]{24})\/annex\.xlsx$/,
    signedInRoute(config, async (viewer, req, res) => {
      const { report, data, names } = await load(viewer, req.params[0] as string);
      res.setHeader('Content-Disposition', attachmentHeader(`phu-luc-2-${names.name}-${report.year}.xlsx`));
      res.setHeader('Cache-Control', 'private, no-store');
      res.type(XLSX).send(await annexXlsx(report, data, names.name));
    }),
  );
  app.get(
    /^\/exports\/period-reports\/([0-9a-fA-F]{24})\.(docx|pdf)$/,
    signedInRoute(config, async (viewer, req, res) => {
      const { report, data, names } = await load(viewer, req.params[0] as string);
      const extension = req.params[1] as keyof typeof FORMATS;
      const format = FORMATS[extension];
      res.setHeader('Content-Disposition', attachmentHeader(`bao-cao-${names.name}-${report.year}.${extension}`));
      res.setHeader('Cache-Control', 'private, no-store');
      res.type(format.type).send(await format.render(reportDocument(report, data, names)));
    }),
  );
}
