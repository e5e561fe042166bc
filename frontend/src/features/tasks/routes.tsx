import type { AppRoute } from '../../routes';
import { TASK_READERS } from '../../auth/roles';
import { TaskListPage } from './pages/TaskListPage';

/** The task feature's routes, each with the roles that may open it (checked by AccessWall). */
export const taskRoutes: AppRoute[] = [
  { path: '/tasks', element: <TaskListPage />, access: TASK_READERS },
];
