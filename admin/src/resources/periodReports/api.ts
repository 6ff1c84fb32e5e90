/**
 * The calls of the Báo cáo section beyond create/read/update/delete: a report's workflow step,
 * the completeness of the units below, the caller's own scope unit, and the report's documents
 * (downloaded with the session's token, as the QR codes are). Errors come back as the same
 * HttpErrors the data provider gives.
 */
import { gql } from '@apollo/client';
import type { CompletenessRow, Mutation, PeriodKind, PeriodReport, PeriodReportAction, ReportCompleteness, Unit } from '../../../../rules/contract';
import { run } from '../../providers/api';
import { readSession } from '../../providers/session';

const TRANSITION = gql`
  mutation TransitionPeriodReport($id: ID!, $action: PeriodReportAction!, $note: String, $expectedVersion: Int) {
    transitionPeriodReport(id: $id, action: $action, note: $note, expectedVersion: $expectedVersion) { id status version }
  }
`;
export const transitionPeriodReport = async (id: string, action: PeriodReportAction, note: string | null, expectedVersion: number) =>
  (await run<Pick<Mutation, 'transitionPeriodReport'>>(TRANSITION, { id, action, note, expectedVersion }, true)).transitionPeriodReport;

const COMPLETENESS = gql`
  query ReportCompleteness($unitId: ID!, $year: Int!, $periodKind: PeriodKind!, $periodIndex: Int) {
    reportCompleteness(unitId: $unitId, year: $year, periodKind: $periodKind, periodIndex: $periodIndex) {
      unit { id name level }
      periodKind
      year
      periodIndex
      graceDays
      submitted
      accepted
      returned
      missing
      late
      rows { unit { id name level } status late report { id number updatedAt } }
    }
  }
`;
type UnitOfRow = Pick<Unit, 'id' | 'name' | 'level'>;
/** What the screen asks of `reportCompleteness` (asked for a standard period only, never CUSTOM). */
export type Completeness = Omit<ReportCompleteness, 'unit' | 'rows' | 'periodKind'> & {
  periodKind: Exclude<PeriodKind, 'CUSTOM'>;
  unit: UnitOfRow;
  rows: Array<Omit<CompletenessRow, 'unit' | 'report'> & { unit: UnitOfRow; report: Pick<PeriodReport, 'id' | 'number' | 'updatedAt'> | null }>;
};
export const fetchReportCompleteness = async (unitId: string, year: number, periodKind: Completeness['periodKind'], periodIndex: number | null): Promise<Completeness> =>
  (await run<{ reportCompleteness: Completeness }>(COMPLETENESS, { unitId, year, periodKind, periodIndex })).reportCompleteness;

/** The caller's scope unit with its parents' ids (null for an administrator, whose scope is the country). */
export interface ScopeUnit extends UnitOfRow {
  provinceId: string | null;
  wardId: string | null;
}
const SCOPE = gql`
  query ScopeUnit {
    me {
      scope {
        id
        name
        level
        ... on Ward { provinceId }
        ... on Neighbourhood { provinceId wardId }
      }
    }
  }
`;
export async function fetchScopeUnit(): Promise<ScopeUnit | null> {
  const scope = (await run<{ me: { scope: (Omit<ScopeUnit, 'provinceId' | 'wardId'> & { provinceId?: string; wardId?: string }) | null } | null }>(SCOPE, {})).me?.scope;
  return scope ? { id: scope.id, name: scope.name, level: scope.level, provinceId: scope.provinceId ?? null, wardId: scope.wardId ?? null } : null;
}

export type ReportFile = 'xlsx' | 'docx' | 'pdf';
const FILE_PATH: Record<ReportFile, (id: string) => string> = {
  xlsx: (id) => `/exports/period-reports/${id}/annex.xlsx`,
  docx: (id) => `/exports/period-reports/${id}.docx`,
  pdf: (id) => `/exports/period-reports/${id}.pdf`,
};
const STATUS_MESSAGE: Record<number, string> = {
  401: 'app.errors.UNAUTHENTICATED',
  403: 'app.errors.FORBIDDEN',
  404: 'resources.periodReports.download.not_available',
};

/** The name the API gives the file (its UTF-8 `filename*`, else the plain one). */
function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get('content-disposition') ?? '';
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  if (utf8) return decodeURIComponent(utf8);
  return /filename="?([^";]+)"?/i.exec(header)?.[1] ?? fallback;
}

/** Downloads one of the report's documents; throws an Error whose message is a translation key. */
export async function downloadReportFile(id: string, file: ReportFile): Promise<void> {
  const token = readSession()?.token;
  const response = await fetch(FILE_PATH[file](encodeURIComponent(id)), { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!response.ok) throw new Error(STATUS_MESSAGE[response.status] ?? 'app.errors.NETWORK');
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = fileNameOf(response, `bao-cao-${id}.${file}`);
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked later: the browser reads the file after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
