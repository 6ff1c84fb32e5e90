/** ReportCategory / ReportStatus / ReportLang choices; labels are this resource's messages (resources.reports.*). */
import type { ReportCategory } from '../../../../rules/contract';
import { REPORT_CATEGORIES, REPORT_LANGS, REPORT_SOURCES, REPORT_STATUSES } from '../../../../rules/workflow';

export const categoryChoices = REPORT_CATEGORIES.map((id) => ({ id, name: `resources.reports.categories.${id}` }));
export const statusChoices = REPORT_STATUSES.map((id) => ({ id, name: `resources.reports.statuses.${id}` }));
export const sourceChoices = REPORT_SOURCES.map((id) => ({ id, name: `resources.reports.sources.${id}` }));
export const langChoices = REPORT_LANGS.map((id) => ({ id, name: `resources.reports.langs.${id}` }));

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
