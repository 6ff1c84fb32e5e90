/**
 * The user menu at the right of the app bar, the one place a phone reaches everything about the
 * session: who is signed in and in which role, Đổi mật khẩu, the language, and Đăng xuất.
 */
import { forwardRef } from 'react';
import { Link } from 'react-router-dom';
import { Divider, ListItemIcon, ListItemText, ListSubheader, MenuItem } from '@mui/material';
import CheckIcon from '@mui/icons-material/Check';
import LockResetIcon from '@mui/icons-material/LockReset';
import { Logout, UserMenu, useGetIdentity, useLocales, useLocaleState, useTranslate, useUserMenu } from 'react-admin';
import { CHANGE_PASSWORD_PATH } from '../account/paths';

/** Who is signed in, as a heading of the menu (not an item to pick). */
const SignedInAs = () => {
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  if (!identity) return null;
  return (
    <ListSubheader sx={{ lineHeight: 1.4, py: 1, maxWidth: 300, whiteSpace: 'normal' }} data-testid="user-menu-identity">
      {translate('account.menu.signed_in_as', { name: identity.fullName ?? identity.username, role: translate(`enums.Role.${String(identity.role)}`) })}
    </ListSubheader>
  );
};

// MUI's Menu focuses and moves between its items: each item forwards its ref to the MenuItem.
const ChangePasswordItem = forwardRef<HTMLAnchorElement>(function ChangePasswordItem(props, ref) {
  const translate = useTranslate();
  const userMenu = useUserMenu();
  return (
    <MenuItem {...props} ref={ref} component={Link} to={CHANGE_PASSWORD_PATH} onClick={() => userMenu?.onClose()} data-testid="menu-change-password">
      <ListItemIcon>
        <LockResetIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('account.menu.change_password')}</ListItemText>
    </MenuItem>
  );
});

/** The languages as items, the current one ticked (on a phone the app bar has no room for the language button). */
const LanguageItems = () => {
  const locales = useLocales();
  const [locale, setLocale] = useLocaleState();
  const translate = useTranslate();
  const userMenu = useUserMenu();
  if (locales.length < 2) return null;
  return (
    <>
      <ListSubheader sx={{ lineHeight: 2.5 }}>{translate('account.menu.language')}</ListSubheader>
      {locales.map((language) => (
        <MenuItem
          key={language.locale}
          selected={language.locale === locale}
          onClick={() => {
            setLocale(language.locale);
            userMenu?.onClose();
          }}
          data-testid={`menu-language-${language.locale}`}
        >
          <ListItemIcon>{language.locale === locale ? <CheckIcon fontSize="small" /> : null}</ListItemIcon>
          <ListItemText>{language.name}</ListItemText>
        </MenuItem>
      ))}
    </>
  );
};

export const AppUserMenu = () => (
  <UserMenu>
    <SignedInAs />
    <ChangePasswordItem />
    <Divider />
    <LanguageItems />
    <Divider />
    <Logout />
  </UserMenu>
);
