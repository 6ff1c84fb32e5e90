import { Typography, type SxProps, type Theme } from '@mui/material';
import { useTranslate } from 'react-admin';

/** The quiet line a Show page prints where a list or section has nothing yet (`message` is a translation key). */
export const EmptyNote = ({ message, sx = { py: 1 } }: { message: string; sx?: SxProps<Theme> }) => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={sx}>
      {translate(message)}
    </Typography>
  );
};
