/** The console's look: react-admin's default themes in the colours of the public-security service. */
import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from 'react-admin';

export const theme: RaThemeOptions = {
  ...defaultLightTheme,
  palette: { ...defaultLightTheme.palette, primary: { main: '#1b5e20' }, secondary: { main: '#b71c1c' } },
};
export const darkTheme: RaThemeOptions = {
  ...defaultDarkTheme,
  palette: { ...defaultDarkTheme.palette, primary: { main: '#81c784' }, secondary: { main: '#ef9a9a' } },
};
