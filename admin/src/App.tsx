import { Admin, CustomRoutes, Resource } from 'react-admin';
// react-admin's own router (a dependency of react-admin): custom routes are its <Route>s.
import { Route } from 'react-router-dom';
import { Dashboard } from './dashboard/Dashboard';
import { i18nProvider } from './i18n';
import { IMPORT_PATH, ImportPage } from './imports/ImportPage';
import { AppLayout } from './layout/AppLayout';
import { authProvider } from './providers/authProvider';
import { createDataProvider } from './providers/dataProvider';
import { listOmissions, resources } from './resources';
import { theme, darkTheme } from './layout/theme';

const dataProvider = createDataProvider(listOmissions);

export const App = () => (
  <Admin
    title="Hệ thống quản lý mô hình ANTT"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    dashboard={Dashboard}
    layout={AppLayout}
    theme={theme}
    darkTheme={darkTheme}
    requireAuth
    disableTelemetry
  >
    {resources.map((r) => (
      <Resource key={r.name} name={r.name} icon={r.icon} list={r.list} show={r.show} edit={r.edit} create={r.create} recordRepresentation={r.recordRepresentation} />
    ))}
    <CustomRoutes>
      <Route path={IMPORT_PATH} element={<ImportPage />} />
    </CustomRoutes>
  </Admin>
);
