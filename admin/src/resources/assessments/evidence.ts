/**
 * Evidence files of an assessment beside the data provider: the list (one query for the whole
 * page, shared by every criterion through react-query), upload (POST /files, multipart), removal
 * (deleteEvidence) and downloads (fetched with the session's token and saved as a file: never
 * opened in the browser).
 */
import { gql } from '@apollo/client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { EvidenceFile, EvidenceLimits } from '../../../../rules/contract';
import { run } from '../../providers/api';
import { readSession } from '../../providers/session';

export type EvidenceView = Pick<EvidenceFile, 'id' | 'name' | 'contentType' | 'size' | 'criterionId' | 'addedAt' | 'downloadPath'> & {
  addedBy: Pick<EvidenceFile['addedBy'], 'username' | 'displayName'>;
};

export interface EvidenceState {
  files: EvidenceView[];
  editable: boolean;
  dossierPath: string;
  limits: Pick<EvidenceLimits, 'maxFileBytes' | 'contentTypes'>;
}

const EVIDENCE = gql`
  query AssessmentEvidence($id: ID!) {
    assessment(id: $id) {
      id
      resultsEditable
      dossierPath
      evidence { id name contentType size criterionId addedAt addedBy { username displayName } downloadPath }
    }
    evidenceLimits { maxFileBytes contentTypes }
  }
`;

type EvidenceAnswer = {
  assessment: { resultsEditable: boolean; dossierPath: string; evidence: EvidenceView[] } | null;
  evidenceLimits: EvidenceState['limits'];
};

/** Under the resource's own key, so a workflow step (which refreshes `assessments` queries) refreshes it too. */
const key = (assessmentId: string) => ['assessments', 'evidence', assessmentId] as const;

/** The assessment's files (one request however many criteria show them). */
export function useEvidence(assessmentId: string | undefined) {
  return useQuery({
    queryKey: key(assessmentId ?? ''),
    enabled: !!assessmentId,
    queryFn: async (): Promise<EvidenceState> => {
      const answer = await run<EvidenceAnswer>(EVIDENCE, { id: assessmentId });
      return {
        files: answer.assessment?.evidence ?? [],
        editable: answer.assessment?.resultsEditable ?? false,
        dossierPath: answer.assessment?.dossierPath ?? `/exports/assessments/${assessmentId}/dossier.zip`,
        limits: answer.evidenceLimits,
      };
    },
  });
}

export function useRefreshEvidence(assessmentId: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: key(assessmentId) });
}

/** What an upload input accepts: the detected types and their usual extensions (phones offer the camera for image/*). */
export const ACCEPT = 'application/pdf,image/jpeg,image/png,image/webp,image/heic,image/heif,.pdf,.jpg,.jpeg,.png,.webp,.heic,.heif,.docx,.xlsx,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A refusal of the API, with the key of its explanation (resources.assessments.evidence.errors.*). */
export class EvidenceError extends Error {
  constructor(
    readonly reason: string,
    message: string,
  ) {
    super(message);
  }
}

const authorization = (): Record<string, string> => {
  const token = readSession()?.token;
  return token ? { authorization: `Bearer ${token}` } : {};
};

async function refusalOf(response: Response): Promise<EvidenceError> {
  const body = (await response.json().catch(() => null)) as { errors?: Array<{ message?: string; extensions?: { code?: string; reason?: string } }> } | null;
  const error = body?.errors?.[0];
  const code = error?.extensions?.code;
  const reason = error?.extensions?.reason ?? (code === 'CONFLICT' ? 'LOCKED' : code === 'FORBIDDEN' || code === 'NOT_FOUND' ? code : 'FAILED');
  return new EvidenceError(reason, error?.message ?? `HTTP ${response.status}`);
}

export async function uploadEvidence(assessmentId: string, criterionId: string | null, file: File): Promise<string> {
  const form = new FormData();
  form.set('assessmentId', assessmentId);
  if (criterionId) form.set('criterionId', criterionId);
  form.set('file', file, file.name);
  const response = await fetch('/files', { method: 'POST', body: form, headers: authorization() });
  if (!response.ok) throw await refusalOf(response);
  return ((await response.json()) as { id: string }).id;
}

const DELETE = gql`
  mutation DeleteEvidence($id: ID!) {
    deleteEvidence(id: $id)
  }
`;
export const deleteEvidence = async (id: string) => (await run<{ deleteEvidence: string }>(DELETE, { id }, true)).deleteEvidence;

/** The name the API gives the file (its UTF-8 `filename*`, else the plain one). */
function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get('content-disposition') ?? '';
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  if (utf8) return decodeURIComponent(utf8);
  return /filename="?([^";]+)"?/i.exec(header)?.[1] ?? fallback;
}

/** Fetches `path` with the token and saves it under the API's name (a blob, never shown inline). */
export async function saveDownload(path: string, fallbackName: string): Promise<void> {
  const response = await fetch(path, { headers: authorization() });
  if (!response.ok) throw await refusalOf(response);
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = fileNameOf(response, fallbackName);
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked later: the browser reads the file after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "1,2 MB", "350 kB", "120 B". */
export function formatSize(bytes: number, locale: string): string {
  const format = (n: number) => n.toLocaleString(locale === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 1 });
  if (bytes >= 1024 * 1024) return `${format(bytes / 1024 / 1024)} MB`;
  if (bytes >= 1024) return `${format(bytes / 1024)} kB`;
  return `${bytes} B`;
}
