import { PendingSaves } from '../offline/PendingSaves';
import type { ReactNode } from 'react';
import { AppBar, Layout, LoadingIndicator, LocalesMenuButton, Menu, TitlePortal, ToggleThemeButton, useGetIdentity, useTranslate } from 'react-admin';
import { Box, Chip, GlobalStyles, Typography } from '@mui/material';
import { ImportMenuItem } from '../imports/ImportPage';
import { AppUserMenu } from './UserMenu';
import { printStyles } from './print';

/** Shows who is signed in and in which role, so nobody wonders why a button is missing. */
const RoleChip = () => {
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  if (!identity) return null;
  return (
    <Chip
      size="small"
      color="default"
      // On a phone the chip shrinks (ellipsis) so the buttons and the user menu stay on screen.
      sx={{ bgcolor: 'rgba(255,255,255,0.85)', mr: 1, minWidth: 0, maxWidth: { xs: 96, sm: 'none' }, flexShrink: 1 }}
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
 * react-admin's app bar buttons, but the language and light/dark buttons only from `sm` up: on a
 * phone the language is chosen in the user menu, and the page title needs the room.
 */
const AppBarButtons = () => (
  <Box sx={{ display: 'flex', alignItems: 'center', flexShrink: 0 }}>
    <Box sx={{ display: { xs: 'none', sm: 'flex' } }}>
      <LocalesMenuButton />
    </Box>
    <PendingSaves />
    <Box sx={{ display: { xs: 'none', sm: 'flex' } }}>
      <ToggleThemeButton />
    </Box>
    <LoadingIndicator />
  </Box>
);

/**
 * On a phone everything must fit in 390 px: the page title gives way (it may shrink to nothing,
 * the page shows it again), the chip shrinks, the buttons and the user menu never do.
 */
const phoneFit = {
  '& .MuiToolbar-root': { minWidth: 0, overflow: 'hidden' },
  '& #react-admin-title': { flex: '1 1 0', minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  '& .RaUserMenu-root': { flexShrink: 0 },
  '& .RaUserMenu-userButton': { maxWidth: 220, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', display: 'inline-flex' },
};

const MyAppBar = () => (
  <AppBar color="primary" sx={phoneFit} toolbar={<AppBarButtons />} userMenu={<AppUserMenu />}>
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
    <GlobalStyles styles={printStyles} />
    {children}
  </Layout>
);
