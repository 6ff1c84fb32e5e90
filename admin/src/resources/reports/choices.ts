/** ReportCategory / ReportStatus / ReportLang choices; labels are this resource's messages (resources.reports.*). */
import type { ReportCategory, ReportLang, ReportStatus } from '../../generated/graphql';

export const REPORT_CATEGORIES: ReportCategory[] = ['CRIME', 'PRICE_GOUGING', 'POOR_QUALITY_GOODS', 'TOUTING', 'DISORDER', 'ACCIDENT_OR_DANGER', 'TRAFFIC', 'OTHER'];
export const REPORT_STATUSES: ReportStatus[] = ['RECEIVED', 'VERIFYING', 'RESOLVED', 'REJECTED'];
export const REPORT_LANGS: ReportLang[] = ['vi', 'en'];

export const categoryChoices = REPORT_CATEGORIES.map((id) => ({ id, name: `resources.reports.categories.${id}` }));
export const statusChoices = REPORT_STATUSES.map((id) => ({ id, name: `resources.reports.statuses.${id}` }));
export const sourceChoices = ['PUBLIC', 'OFFICER'].map((id) => ({ id, name: `resources.reports.sources.${id}` }));
export const langChoices = REPORT_LANGS.map((id) => ({ id, name: `resources.reports.langs.${id}` }));

/** The next statuses a triage step may set (the API applies the same rule). */
export const NEXT_STATUSES: Record<ReportStatus, ReportStatus[]> = {
  RECEIVED: ['VERIFYING', 'REJECTED'],
  VERIFYING: ['RESOLVED', 'REJECTED'],
  RESOLVED: [],
  REJECTED: [],
};

/** One colour per category, the same in the chart and the table. */
export const CATEGORY_COLORS: Record<ReportCategory, string> = {
  CRIME: '#c62828',
  PRICE_GOUGING: '#ef6c00',
  POOR_QUALITY_GOODS: '#f9a825',
  TOUTING: '#8e24aa',
  DISORDER: '#1e88e5',
  ACCIDENT_OR_DANGER: '#d81b60',
  TRAFFIC: '#00897b',
  OTHER: '#757575',
};
