import type { AppRoute } from '../../routes';
import { IMPORTERS } from './roles';
import { ImportPage } from './pages/ImportPage';

export const importerRoutes: AppRoute[] = [
  { path: '/directives/import', element: <ImportPage />, access: IMPORTERS },
];
