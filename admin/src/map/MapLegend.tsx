/** What the map's marker colours and shapes mean: a round dot per report category, a square for a business. */
import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { REPORT_CATEGORIES } from '../../../rules/workflow';
import { CATEGORY_COLORS } from '../resources/reports/choices';

/** Businesses are drawn apart from every report category's colour. */
export const BUSINESS_COLOR = '#263238';

const Swatch = ({ color, square }: { color: string; square?: boolean }) => (
  <Box component="span" sx={{ display: 'inline-block', width: 12, height: 12, bgcolor: color, borderRadius: square ? '2px' : '50%', mr: 0.5, verticalAlign: 'middle', boxShadow: '0 0 0 1px rgba(0,0,0,.35)' }} />
);

export const MapLegend = () => {
  const translate = useTranslate();
  return (
    <Box component="ul" aria-label={translate('map.legend')} sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, listStyle: 'none', p: 0, m: 0, mt: 1 }}>
      {REPORT_CATEGORIES.map((c) => (
        <Typography component="li" variant="caption" key={c}>
          <Swatch color={CATEGORY_COLORS[c]} />
          {translate(`resources.reports.categories.${c}`)}
        </Typography>
      ))}
      <Typography component="li" variant="caption">
        <Swatch color={BUSINESS_COLOR} square />
        {translate('map.business')}
      </Typography>
    </Box>
  );
};
