import { Alert, Box, Chip, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { CriteriaSet } from '../../../../rules/contract';
import type { Standing } from '../../../../rules/scoring';
import { asScored, summaryOf, type ResultValue } from './rating';

/** The classification chip: a set without bands says so plainly (a full score must not read as a failure). */
const StandingChip = ({ standing }: { standing: Standing }) => {
  const translate = useTranslate();
  const r = 'resources.assessments.rating';
  switch (standing.kind) {
    case 'NO_BANDS':
      return <Chip color="default" variant="outlined" label={translate(`${r}.no_bands`)} data-testid="rating-classification" data-standing="NO_BANDS" />;
    case 'BELOW':
      return (
        <Chip
          color="default"
          label={translate(`${r}.below_lowest`, { classification: standing.lowest.classification, min: standing.lowest.minTotal })}
          data-testid="rating-classification"
          data-standing="BELOW"
        />
      );
    case 'REACHED':
      return (
        <Chip
          color="success"
          label={translate(`${r}.classification`, { classification: standing.classification })}
          data-testid="rating-classification"
          data-standing="REACHED"
        />
      );
  }
};

/**
 * Total, classification and unmet required criteria for the results given (live while rating),
 * scored as the API scores them. `compact`: one line, for the bar that stays on screen while rating.
 */
export const RatingSummary = ({
  set,
  results,
  substantiatedReports,
  compact = false,
}: {
  set: CriteriaSet;
  results: readonly ResultValue[];
  substantiatedReports?: number | null;
  compact?: boolean;
}) => {
  const translate = useTranslate();
  const { total, standing, unmet } = summaryOf(set, asScored(set.criteria, results, substantiatedReports));
  return (
    <Box display="flex" flexDirection="column" gap={1} data-testid="rating-summary">
      <Box display="flex" gap={1} alignItems="center" flexWrap="wrap">
        <Typography variant={compact ? 'subtitle1' : 'h6'} fontWeight={600} data-testid="rating-total">
          {translate(set.maxTotal > 0 ? 'resources.assessments.rating.total' : 'resources.assessments.rating.total_open', { total: Math.round(total * 100) / 100, max: set.maxTotal })}
        </Typography>
        <StandingChip standing={standing} />
      </Box>
      {unmet.length > 0 && (
        <Alert severity="warning" sx={compact ? { py: 0 } : undefined}>
          {translate('resources.assessments.rating.unmet_required', { list: unmet.map((c) => c.code).join(', ') })}
        </Alert>
      )}
    </Box>
  );
};
