import type { AppRoute } from '../../routes';
import { ConsolidatedReportPage } from './pages/ConsolidatedReportPage';
import { TaskImportPage } from './pages/TaskImportPage';
import { CONSOLIDATED_READERS, TASK_IMPORTERS } from './roles';

/** Consolidated reports and the task file import, each with the roles that may open it (AccessWall). */
export const consolidatedRoutes: AppRoute[] = [
  {
    path: '/consolidated-reports',
    element: <ConsolidatedReportPage />,
    access: CONSOLIDATED_READERS,
  },
  { path: '/tasks/import', element: <TaskImportPage />, access: TASK_IMPORTERS },
];
