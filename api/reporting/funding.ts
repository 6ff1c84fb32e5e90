/**
 * Funding totals (kinh phí): the `funding` rows of the models within a filter, for a year or a
 * range of years, added up per source and legal basis. One aggregation: scope → $unwind → year →
 * $group. FerretDB 1.24.2 computes only the first accumulator of a $group (the others come back 0)
 * and has no $cond/$ifNull, so the rows are grouped by source, basis and both amounts with a single
 * count, and the few groups are folded here (docs/database.md).
 */
import { LEVEL_FIELD, allOf, scopeFilter, type Filter, type Viewer } from '../core/access';
import type { DashboardView } from '../dashboard/dashboard.service';
import { SecurityModel } from '../models/model.model';

export interface FundingSourceTotalDoc {
  source: string;
  legalBasis: string | null;
  planned: number | null;
  spent: number | null;
  rows: number;
  rowsWithoutAmount: number;
}

export interface FundingTotalsDoc extends Omit<FundingSourceTotalDoc, 'source' | 'legalBasis'> {
  year: number;
  fromYear: number;
  bySource: FundingSourceTotalDoc[];
}

interface Group {
  _id: { source?: string | null; legalBasis?: string | null; planned?: number | null; spent?: number | null };
  rows: number;
}

const amount = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
/** A sum where null means "no amount given", so null + null stays null. */
export const addAmounts = (a: number | null, b: number | null): number | null => (a === null ? b : b === null ? a : a + b);

const emptyTotals = (fromYear: number, year: number): FundingTotalsDoc => ({ year, fromYear, planned: null, spent: null, rows: 0, rowsWithoutAmount: 0, bySource: [] });

const sourceKey = (s: Pick<FundingSourceTotalDoc, 'source' | 'legalBasis'>) => `${s.source}\u0000${s.legalBasis ?? ''}`;
const bySourceOrder = (a: FundingSourceTotalDoc, b: FundingSourceTotalDoc) => a.source.localeCompare(b.source, 'vi') || (a.legalBasis ?? '').localeCompare(b.legalBasis ?? '', 'vi');

/** Adds totals of the same shape (consolidation of the reports sent up, and folding the groups). */
export function sumFunding(parts: readonly FundingTotalsDoc[], fromYear: number, year: number): FundingTotalsDoc {
  const sources = new Map<string, FundingSourceTotalDoc>();
  const total = emptyTotals(fromYear, year);
  for (const part of parts) {
    total.planned = addAmounts(total.planned, part.planned);
    total.spent = addAmounts(total.spent, part.spent);
    total.rows += part.rows;
    total.rowsWithoutAmount += part.rowsWithoutAmount;
    for (const s of part.bySource) {
      const into = sources.get(sourceKey(s));
      if (!into) sources.set(sourceKey(s), { ...s });
      else Object.assign(into, { planned: addAmounts(into.planned, s.planned), spent: addAmounts(into.spent, s.spent), rows: into.rows + s.rows, rowsWithoutAmount: into.rowsWithoutAmount + s.rowsWithoutAmount });
    }
  }
  total.bySource = [...sources.values()].sort(bySourceOrder);
  return total;
}

/** The funding rows of years fromYear…year of the models matching `within`, added up. */
export async function fundingTotals(within: Filter, fromYear: number, year = fromYear): Promise<FundingTotalsDoc> {
  const groups = await SecurityModel.aggregate<Group>([
    { $match: within },
    { $unwind: '$funding' },
    { $match: { 'funding.year': fromYear === year ? year : { $gte: fromYear, $lte: year } } },
    { $group: { _id: { source: '$funding.source', legalBasis: '$funding.legalBasis', planned: '$funding.plannedAmount', spent: '$funding.spentAmount' }, rows: { $sum: 1 } } },
  ]);
  // Each group as a one-source total, then added up like reports are.
  const parts = groups.map((g): FundingTotalsDoc => {
    const [planned, spent] = [amount(g._id.planned), amount(g._id.spent)];
    const source: FundingSourceTotalDoc = {
      source: g._id.source ?? '',
      legalBasis: g._id.legalBasis ?? null,
      planned: planned === null ? null : planned * g.rows,
      spent: spent === null ? null : spent * g.rows,
      rows: g.rows,
      rowsWithoutAmount: planned === null && spent === null ? g.rows : 0,
    };
    return { ...emptyTotals(fromYear, year), ...source, bySource: [source] };
  });
  return sumFunding(parts, fromYear, year);
}

/**
 * The dashboard's funding: its unit's models within the caller's scope (the same filter the
 * dashboard service counts with), for its year.
 */
export function dashboardFunding(viewer: Viewer, view: Pick<DashboardView, 'unit' | 'year'>): Promise<FundingTotalsDoc> {
  const within: Filter = view.unit ? allOf(scopeFilter(viewer), { [LEVEL_FIELD[view.unit.level]]: view.unit.doc._id }) : scopeFilter(viewer);
  return fundingTotals(within, view.year);
}
