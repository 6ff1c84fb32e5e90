import { Alert, Box, Chip, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { CriteriaSet } from '../../../../rules/contract';
import { asScored, summaryOf, type ResultValue } from './rating';

/** Total, classification and unmet required criteria for the results given (live while rating), scored as the API scores them. */
export const RatingSummary = ({ set, results, substantiatedReports }: { set: CriteriaSet; results: readonly ResultValue[]; substantiatedReports?: number | null }) => {
  const translate = useTranslate();
  const { total, classification, unmet } = summaryOf(set, asScored(set.criteria, results, substantiatedReports));
  return (
    <Box display="flex" flexDirection="column" gap={1} data-testid="rating-summary">
      <Box display="flex" gap={1} alignItems="center" flexWrap="wrap">
        <Typography variant="h6" data-testid="rating-total">
          {translate('resources.assessments.rating.total', { total: Math.round(total * 100) / 100, max: set.maxTotal })}
        </Typography>
        <Chip
          color={classification ? 'success' : 'default'}
          label={classification ? translate('resources.assessments.rating.classification', { classification }) : translate('resources.assessments.rating.no_classification')}
          data-testid="rating-classification"
        />
      </Box>
      {unmet.length > 0 && (
        <Alert severity="warning">{translate('resources.assessments.rating.unmet_required', { list: unmet.map((c) => c.code).join(', ') })}</Alert>
      )}
    </Box>
  );
};
