import type { AppRoute } from '../../routes';
import { MyUnitPage } from './pages/MyUnitPage';
import { PeriodicBoardPage } from './pages/PeriodicBoardPage';
import { PeriodicReportPage } from './pages/PeriodicReportPage';
import { NewProgressReportPage, ProgressReportPage } from './pages/ProgressReportPage';
import { ReviewQueuePage } from './pages/ReviewQueuePage';
import { BOARD_READERS, REPORT_READERS, REPORT_REVIEWERS, REPORT_WRITERS } from './roles';

/** The reporting feature's routes, each with the roles that may open it (AccessWall). */
export const reportRoutes: AppRoute[] = [
  { path: '/my-unit', element: <MyUnitPage />, access: REPORT_WRITERS },
  { path: '/reports/new', element: <NewProgressReportPage />, access: REPORT_WRITERS },
  { path: '/reports/:id', element: <ProgressReportPage />, access: REPORT_READERS },
  { path: '/reviews', element: <ReviewQueuePage />, access: REPORT_REVIEWERS },
  { path: '/periodic-reports/:id', element: <PeriodicReportPage />, access: REPORT_READERS },
  { path: '/periodic-board', element: <PeriodicBoardPage />, access: BOARD_READERS },
  {
    path: '/directives/:id/periodic-board',
    element: <PeriodicBoardPage />,
    access: BOARD_READERS,
  },
];
