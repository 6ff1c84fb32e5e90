/**
 * The dashboard's one request: the unit's (or, without a unit, the country's) figures and every
 * child unit's row with where it stands, for the year and the reporting period asked for.
 */
import { gql } from '@apollo/client';
import type { Dashboard, DashboardPeriodInput, Query } from '../../../rules/contract';
import { run } from '../providers/api';

const DASHBOARD = gql`
  query DashboardOverview($unitId: ID, $year: Int!, $reportPeriod: DashboardPeriodInput) {
    dashboard(unitId: $unitId, year: $year, reportPeriod: $reportPeriod) {
      year
      unit { id name level }
      childLevel
      neighbourhoods
      modelsOperating
      recognizedShare
      assessmentsByStatus { status count }
      targets { programme { id code name } model { id name } target { id title goal unit comparison metric } value goal met basis { key params { count total year metric unknown } } }
      reportPeriod { kind year index from to due graceDays }
      breakdownCounts { all notSubmitted overdue }
      breakdown {
        unit { id name level }
        neighbourhoods
        recognized
        recognizedShare
        assessments
        assessmentsByStatus { status count }
        selfAssessment
        selfAssessmentDue
        periodReport
        periodReportStatus
      }
    }
  }
`;

/** `unitId` null: the national overview (only for callers whose scope is the whole country). */
export const fetchDashboard = async (unitId: string | null, year: number, reportPeriod: DashboardPeriodInput | null): Promise<Dashboard> =>
  (await run<Pick<Query, 'dashboard'>>(DASHBOARD, { unitId, year, reportPeriod })).dashboard;
