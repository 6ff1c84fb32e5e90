/**
 * Evidence files over HTTP, with the same Bearer token as /graphql:
 * - POST /files (multipart/form-data: `file`, and `assessmentId` with optional `criterionId`, or
 *   another owner's field such as `meetingId`, see owners.ts) → 201 `{ "id" }`;
 * - GET /files/<id>: the file, always as an attachment (never rendered from the API's origin);
 * - GET /exports/assessments/<id>/dossier.zip: the dossier for recognition (dossier.ts).
 * Refusals have the shape of every route (`{ errors: [{ message, extensions: { code } }] }`);
 * refusals of the file itself also carry `extensions.reason` (evidence.service.ts EvidenceReason).
 */
import { pipeline } from 'node:stream/promises';
import type express from 'express';
import multer from 'multer';
import type { Config } from '../config';
import { attachmentHeader, signedInRoute } from '../http/download';
import { sendError } from '../http/errors';
import { assessments } from '../assessments/assessment.service';
import { blobStream } from './blob-store';
import { dossierData, dossierFileName, dossierZip } from './dossier';
import { EvidenceRefusal, downloadName, readableFile, uploadEvidence } from './evidence.service';

/** Headers of every download: an attachment the browser must not sniff, cache or run. */
function downloadHeaders(res: express.Response, fileName: string, contentType: string, length?: number): void {
  res.setHeader('Content-Type', contentType);
  res.setHeader('Content-Disposition', attachmentHeader(fileName));
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Cache-Control', 'private, no-store');
  // Even if opened directly, nothing in it may run or load anything.
  res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
  if (length != null) res.setHeader('Content-Length', String(length));
}

function refuse(res: express.Response, refusal: EvidenceRefusal): void {
  if (res.headersSent) return;
  res.status(refusal.status).json({ errors: [{ message: refusal.message, extensions: { code: refusal.code, reason: refusal.reason } }] });
}

/** Reads the multipart body into memory, at most one file of `maxBytes` + 1 (so an oversized one is recognised). */
function readUpload(config: Config, req: express.Request, res: express.Response): Promise<void> {
  const parse = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: config.evidenceMaxFileBytes + 1, files: 1, fields: 5, fieldSize: 1000, parts: 8 },
  }).single('file');
  return new Promise((resolve, reject) => parse(req, res, (error: unknown) => (error ? reject(error) : resolve())));
}

export function mountEvidenceFiles(app: express.Express, config: Config): void {
  app.post(
    '/files',
    signedInRoute(config, async (viewer, req, res) => {
      if (!/^multipart\/form-data\s*;/i.test(req.get('content-type') ?? '')) {
        return sendError(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the file as multipart/form-data with the fields file, assessmentId and (optionally) criterionId, or file and meetingId');
      }
      try {
        await readUpload(config, req, res);
      } catch (error) {
        if (error instanceof multer.MulterError) {
          if (error.code === 'LIMIT_FILE_SIZE') {
            return refuse(res, new EvidenceRefusal(413, 'PAYLOAD_TOO_LARGE', 'FILE_TOO_LARGE', `The file is larger than the limit of ${config.evidenceMaxFileBytes} bytes`));
          }
          return sendError(res, 400, 'BAD_REQUEST', `The form cannot be read: ${error.message}${error.field ? ` (${error.field})` : ''}`);
        }
        return sendError(res, 400, 'BAD_REQUEST', 'The multipart body cannot be read');
      }
      const file = req.file;
      if (!file) return refuse(res, new EvidenceRefusal(400, 'BAD_USER_INPUT', 'NO_FILE', 'Send the file in the field "file"'));
      const body = (req.body ?? {}) as Record<string, unknown>;
      try {
        // busboy decodes the name as latin1 unless told otherwise: browsers send UTF-8.
        const name = Buffer.from(file.originalname, 'latin1').toString('utf8');
        const stored = await uploadEvidence(viewer, config, { assessmentId: body.assessmentId, criterionId: body.criterionId, fields: body, name, data: file.buffer });
        res.setHeader('Cache-Control', 'no-store');
        res.status(201).json({ id: String(stored._id) });
      } catch (error) {
        if (error instanceof EvidenceRefusal) return refuse(res, error);
        throw error;
      }
    }),
  );

  app.get(
    /^\/files\/([^/]+)$/,
    signedInRoute(config, async (viewer, req, res) => {
      const { file } = await readableFile(viewer, req.params[0] as string);
      downloadHeaders(res, downloadName(file), file.contentType, file.size);
      await pipeline(blobStream(file._id, file), res);
    }),
  );

  app.get(
    /^\/exports\/assessments\/([0-9a-fA-F]{24})\/dossier\.zip$/,
    signedInRoute(config, async (viewer, req, res) => {
      const assessment = await assessments.get(viewer, req.params[0] as string);
      const data = await dossierData(viewer, assessment);
      const zip = await dossierZip(data);
      downloadHeaders(res, dossierFileName(data), 'application/zip', zip.length);
      res.end(zip);
    }),
  );
}
