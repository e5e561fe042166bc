import type { AppRoute } from '../../routes';
import { ADMINS } from '../../auth/roles';
import { UnitAdminPage } from './pages/UnitAdminPage';

/** Unit administration: the system administrator only. */
export const unitRoutes: AppRoute[] = [
  { path: '/admin/units', element: <UnitAdminPage />, access: ADMINS },
];
