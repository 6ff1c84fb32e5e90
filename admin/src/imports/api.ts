/**
 * POST /imports/<kind>?dryRun=…: the picked file as the raw body, with the session's token (as the
 * report documents are downloaded). A refusal of the whole file comes back as an ImportError
 * with the HTTP status and the API's own sentence.
 */
import { readSession } from '../providers/session';
import type { ImportKind } from './template';

export type RowStatus = 'CREATE' | 'UPDATE' | 'UNCHANGED' | 'ERROR';
export interface RowResult {
  row: number;
  status: RowStatus;
  code: string | null;
  name: string | null;
  errors: Array<{ column: string; message: string }>;
}
export interface ImportResult {
  dryRun: boolean;
  rows: RowResult[];
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
}

/** `status` 0 when the API could not be reached; `detail` is the API's message (English). */
export class ImportError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string | null,
  ) {
    super(`import refused (${status})`);
  }
}

export async function postImport(kind: ImportKind, file: File, dryRun: boolean): Promise<ImportResult> {
  const token = readSession()?.token;
  let response: Response;
  try {
    response = await fetch(`/imports/${kind}?dryRun=${dryRun}`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: file,
    });
  } catch {
    throw new ImportError(0, null);
  }
  if (response.ok) return (await response.json()) as ImportResult;
  const body = (await response.json().catch(() => null)) as { errors?: Array<{ message?: string }> } | null;
  throw new ImportError(response.status, body?.errors?.[0]?.message ?? null);
}
