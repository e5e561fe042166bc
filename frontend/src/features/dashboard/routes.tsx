import type { AppRoute } from '../../routes';
import { DashboardPage } from './pages/DashboardPage';
import { DASHBOARD_READERS } from './roles';

/** The dashboard's route, with the roles that may open it (AccessWall). */
export const dashboardRoutes: AppRoute[] = [
  { path: '/dashboard', element: <DashboardPage />, access: DASHBOARD_READERS },
];
