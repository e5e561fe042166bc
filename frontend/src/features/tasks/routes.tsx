import type { AppRoute } from '../../routes';
import { TASK_MANAGERS, TASK_READERS } from '../../auth/roles';
import { TaskCreatePage } from './pages/TaskCreatePage';
import { TaskDetailPage } from './pages/TaskDetailPage';
import { TaskListPage } from './pages/TaskListPage';

/** The task feature's routes, each with the roles that may open it (checked by AccessWall). */
export const taskRoutes: AppRoute[] = [
  { path: '/tasks', element: <TaskListPage />, access: TASK_READERS },
  { path: '/tasks/new', element: <TaskCreatePage />, access: TASK_MANAGERS },
  { path: '/tasks/:id', element: <TaskDetailPage />, access: TASK_READERS },
];
