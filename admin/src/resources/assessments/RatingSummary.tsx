import { Alert, Box, Chip, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { CriteriaSet } from '../../generated/graphql';
import { classificationOf, totalOf, unmetRequiredOf, type ResultValue } from './rating';

/** Total, classification and unmet required criteria for the results given (live while rating). */
export const RatingSummary = ({ set, results }: { set: CriteriaSet; results: readonly ResultValue[] }) => {
  const translate = useTranslate();
  const total = totalOf(set.criteria, results);
  const classification = classificationOf(set.thresholds, total);
  const unmet = unmetRequiredOf(set.criteria, results);
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
