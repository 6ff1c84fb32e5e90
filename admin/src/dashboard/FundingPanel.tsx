/**
 * "Kinh phí": the funding of the unit's models for a year (the API's FundingTotals), the total and
 * a row per source with its legal basis, amounts in VND as Vietnamese documents write them
 * ("120.000.000 đồng"). Sources named without an amount say so instead of showing 0. Shared by
 * the dashboard (FundingPanel) and the periodic report (FundingTable).
 */
import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { FundingSourceTotal, FundingTotals } from '../../../rules/contract';
import { Section } from './sections';
import { useFormats } from './i18n';

/** The selection to add to the dashboard query: `funding { ${FUNDING_FIELDS} }`. */
export const FUNDING_FIELDS = 'year fromYear planned spent rows rowsWithoutAmount bySource { source legalBasis planned spent rows rowsWithoutAmount }';

const M = 'resources.periodReports.funding';
type Amounts = Pick<FundingSourceTotal, 'planned' | 'spent' | 'rows' | 'rowsWithoutAmount'>;

/** No row gives an amount: nothing measured (not 0). */
export const noFundingFigures = (t: Pick<Amounts, 'rows' | 'rowsWithoutAmount'>) => t.rowsWithoutAmount >= t.rows;

/** "120.000.000 đồng" (vi) or "VND 120,000,000" (en); "—" where no row gives the amount. */
export function useVnd() {
  const translate = useTranslate();
  const { number } = useFormats();
  return (amount: number | null | undefined) => (amount == null ? '—' : translate(`${M}.vnd`, { amount: number(Math.round(amount)) }));
}

const AmountCells = ({ t, bold }: { t: Amounts; bold?: boolean }) => {
  const translate = useTranslate();
  const vnd = useVnd();
  const sx = bold ? { fontWeight: 600 } : undefined;
  if (noFundingFigures(t))
    return (
      <TableCell colSpan={2} sx={{ ...sx, color: 'text.secondary', fontStyle: 'italic' }}>
        {translate(`${M}.no_figures`)}
      </TableCell>
    );
  return (
    <>
      <TableCell align="right" sx={{ ...sx, whiteSpace: 'nowrap' }}>
        {vnd(t.planned)}
      </TableCell>
      <TableCell align="right" sx={{ ...sx, whiteSpace: 'nowrap' }}>
        {vnd(t.spent)}
        {t.rowsWithoutAmount > 0 && (
          <Typography variant="caption" component="div" color="text.secondary">
            {translate(`${M}.rows_without_amount`, { smart_count: t.rowsWithoutAmount })}
          </Typography>
        )}
      </TableCell>
    </>
  );
};

/** The totals as a table (the report's section, the dashboard's panel); a quiet line when there are no rows. */
export const FundingTable = ({ funding }: { funding: FundingTotals | null | undefined }) => {
  const translate = useTranslate();
  if (!funding || funding.rows === 0)
    return (
      <Typography variant="body2" color="text.secondary" sx={{ py: 1 }} data-testid="funding-empty">
        {translate(funding ? `${M}.no_rows` : `${M}.not_reported`)}
      </Typography>
    );
  return (
    <TableContainer sx={{ overflowX: 'auto' }} data-testid="funding-table" data-no-figures={noFundingFigures(funding) ? 'true' : 'false'}>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate(`${M}.source`)}</TableCell>
            <TableCell align="right">{translate(`${M}.planned`)}</TableCell>
            <TableCell align="right">{translate(`${M}.spent`)}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {funding.bySource.map((s) => (
            <TableRow key={`${s.source}\u0000${s.legalBasis ?? ''}`} data-testid="funding-source">
              <TableCell sx={{ overflowWrap: 'anywhere' }}>
                {s.source}
                {s.legalBasis && (
                  <Typography variant="caption" component="div" color="text.secondary">
                    {s.legalBasis}
                  </Typography>
                )}
              </TableCell>
              <AmountCells t={s} />
            </TableRow>
          ))}
          <TableRow data-testid="funding-total">
            <TableCell sx={{ fontWeight: 600 }}>{translate(`${M}.total`)}</TableCell>
            <AmountCells t={funding} bold />
          </TableRow>
        </TableBody>
      </Table>
    </TableContainer>
  );
};

/** The dashboard's panel: mount it with the dashboard's `funding` (ask for `funding { FUNDING_FIELDS }`). */
export const FundingPanel = ({ funding }: { funding: FundingTotals | null | undefined }) => {
  const translate = useTranslate();
  if (!funding) return null;
  const years = funding.fromYear === funding.year ? String(funding.year) : `${funding.fromYear}–${funding.year}`;
  return (
    <Section title={translate(`${M}.title_year`, { years })} testId="funding">
      <FundingTable funding={funding} />
    </Section>
  );
};
