import { Admin, CustomRoutes, Resource } from 'react-admin';
// react-admin's own router (a dependency of react-admin): custom routes are its <Route>s.
import { Route } from 'react-router-dom';
import { CHANGE_PASSWORD_PATH } from './account/paths';
import { i18nProvider } from './i18n';
import { IMPORT_PATH } from './imports/ImportPage';
import { AppLayout } from './layout/AppLayout';
import { authProvider } from './providers/authProvider';
import { withOfflineQueue } from './offline/withOfflineQueue';
import { createDataProvider, createQueryClient } from './providers/dataProvider';
import { listFields, resources } from './resources';
import { lazyScreen } from './resources/types';
import { theme, darkTheme } from './layout/theme';

const dataProvider = withOfflineQueue(createDataProvider(listFields));
const queryClient = createQueryClient();

/**
 * Screens are downloaded when first shown, like every resource's. The dashboard (with its
 * charts) is where signing in lands, so unless the page asks for another screen its download
 * starts as soon as this module runs: while the user is still typing the password in the shell.
 */
const loadDashboard = () => import('./dashboard/Dashboard');
const dashboardAhead = ['', '#/', '#/login'].includes(window.location.hash) ? loadDashboard() : null;
// A download that failed ahead of time is tried again when the dashboard is shown.
dashboardAhead?.catch(() => undefined);
const Dashboard = lazyScreen(async () => (await (dashboardAhead?.catch(loadDashboard) ?? loadDashboard())).Dashboard);
const ImportPage = lazyScreen(async () => (await import('./imports/ImportPage')).ImportPage);
const ChangePasswordPage = lazyScreen(async () => (await import('./account/ChangePasswordPage')).ChangePasswordPage);

/**
 * No login page of react-admin's: the page's shell (shell/main.ts) signs in before the console is
 * mounted, and signing out reloads the page back to it (providers/authProvider.ts).
 */
export const App = () => (
  <Admin
    title="Hệ thống quản lý mô hình ANTT"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    queryClient={queryClient}
    dashboard={Dashboard}
    layout={AppLayout}
    theme={theme}
    darkTheme={darkTheme}
    loginPage={false}
    requireAuth
    disableTelemetry
  >
    {resources.map((r) => (
      <Resource key={r.name} name={r.name} icon={r.icon} list={r.list} show={r.show} edit={r.edit} create={r.create} recordRepresentation={r.recordRepresentation} />
    ))}
    <CustomRoutes>
      <Route path={IMPORT_PATH} element={<ImportPage />} />
      <Route path={CHANGE_PASSWORD_PATH} element={<ChangePasswordPage />} />
    </CustomRoutes>
  </Admin>
);
