import type { AppRoute } from '../../routes';
import { TASK_READERS } from '../../auth/roles';
import { DirectiveListPage } from './pages/DirectiveListPage';
import { DirectivePage } from './pages/DirectivePage';

/** Programs and directive documents: everyone who reads tasks. */
export const directiveRoutes: AppRoute[] = [
  { path: '/directives', element: <DirectiveListPage />, access: TASK_READERS },
  { path: '/directives/:id', element: <DirectivePage />, access: TASK_READERS },
];
