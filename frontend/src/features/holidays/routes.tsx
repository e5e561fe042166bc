import type { AppRoute } from '../../routes';
import { HolidayAdminPage } from './pages/HolidayAdminPage';
import { HOLIDAY_ADMINS } from './roles';

/** The holiday calendar: the system administrator, next to unit administration. */
export const holidayRoutes: AppRoute[] = [
  { path: '/admin/holidays', element: <HolidayAdminPage />, access: HOLIDAY_ADMINS },
];
