import type { AppRoute } from '../../routes';
import { TASK_READERS } from '../../auth/roles';
import { DeadlineCalendarPage } from './pages/DeadlineCalendarPage';
import { ExtensionQueuePage } from './pages/ExtensionQueuePage';
import { EXTENSION_PAGE } from './roles';

/** The deadline feature's routes, each with the roles that may open it (AccessWall). */
export const deadlineRoutes: AppRoute[] = [
  { path: '/deadlines', element: <DeadlineCalendarPage />, access: TASK_READERS },
  { path: '/extension-requests', element: <ExtensionQueuePage />, access: EXTENSION_PAGE },
];
