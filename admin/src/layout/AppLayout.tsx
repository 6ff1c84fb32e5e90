import type { ReactNode } from 'react';
import { AppBar, Layout, TitlePortal, useGetIdentity, useTranslate } from 'react-admin';
import { Box, Chip, Typography } from '@mui/material';

/** Shows who is signed in and in which role, so nobody wonders why a button is missing. */
const RoleChip = () => {
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  if (!identity) return null;
  return <Chip size="small" color="default" sx={{ bgcolor: 'rgba(255,255,255,0.85)', mr: 1 }} label={translate(`enums.Role.${String(identity.role)}`)} data-testid="role-chip" />;
};

const AppTitle = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ display: { xs: 'none', md: 'block' }, mr: 2 }}>
      <Typography variant="subtitle1" sx={{ fontWeight: 600, lineHeight: 1.1 }}>
        {translate('app.title')}
      </Typography>
    </Box>
  );
};

const MyAppBar = () => (
  <AppBar color="primary">
    <AppTitle />
    <TitlePortal />
    <RoleChip />
  </AppBar>
);

export const AppLayout = ({ children }: { children: ReactNode }) => <Layout appBar={MyAppBar}>{children}</Layout>;
