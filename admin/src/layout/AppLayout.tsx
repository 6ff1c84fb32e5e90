import type { ReactNode } from 'react';
import { AppBar, Layout, Menu, TitlePortal, useGetIdentity, useTranslate } from 'react-admin';
import { Box, Chip, Typography } from '@mui/material';
import { ImportMenuItem } from '../imports/ImportPage';

/** Shows who is signed in and in which role, so nobody wonders why a button is missing. */
const RoleChip = () => {
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  if (!identity) return null;
  return (
    <Chip
      size="small"
      color="default"
      // On a phone the chip shrinks (ellipsis) so the language, refresh and user menus stay on screen.
      sx={{ bgcolor: 'rgba(255,255,255,0.85)', mr: 1, minWidth: 0, maxWidth: { xs: 120, sm: 'none' }, flexShrink: 1 }}
      label={translate(`enums.Role.${String(identity.role)}`)}
      data-testid="role-chip"
    />
  );
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

/**
 * On a phone everything must fit in 390 px: the page title gives way (it may shrink to nothing,
 * the page shows it again), and the language button shows its icon without the language's name.
 */
const phoneFit = {
  '& .MuiToolbar-root': { minWidth: 0, overflow: 'hidden' },
  '& #react-admin-title': { flex: '1 1 0', minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  '& [aria-controls="simple-menu"]': { fontSize: { xs: 0, sm: 'inherit' }, minWidth: { xs: 0, sm: 64 }, '& .MuiButton-startIcon': { mr: { xs: 0, sm: 1 } }, '& .MuiButton-endIcon': { display: { xs: 'none', sm: 'inherit' } } },
};

const MyAppBar = () => (
  <AppBar color="primary" sx={phoneFit}>
    <AppTitle />
    <TitlePortal />
    <RoleChip />
  </AppBar>
);

/** The content may be narrower than what it holds: wide tables scroll inside their own box instead of widening the page. */
const contentFits = {
  // react-admin's layout is at least as wide as its content (min-width: fit-content); here it is as wide as the screen.
  minWidth: 0,
  '& .RaLayout-appFrame, & .RaLayout-contentWithSidebar, & .RaLayout-content, & .RaList-main, & .RaList-content, & .RaShow-main, & .RaShow-card, & .RaEdit-main, & .RaEdit-card': { minWidth: 0 },
};

/** react-admin's menu (the dashboard, then each resource the user may list) and the import screen. */
const AppMenu = () => (
  <Menu>
    <Menu.DashboardItem />
    <Menu.ResourceItems />
    <ImportMenuItem />
  </Menu>
);

export const AppLayout = ({ children }: { children: ReactNode }) => (
  <Layout appBar={MyAppBar} menu={AppMenu} sx={contentFits}>
    {children}
  </Layout>
);
