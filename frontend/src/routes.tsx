import type { ReactNode } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { AccessWall } from './auth/AccessWall';
import type { Role } from './auth/roles';
import { AppLayout } from './features/layout/AppLayout';
import { NotFoundPage, RouteErrorPage } from './features/layout/ErrorPages';
import { dashboardRoutes } from './features/dashboard/routes';
import { consolidatedRoutes } from './features/consolidated/routes';
import { deadlineRoutes } from './features/deadlines/routes';
import { directiveRoutes } from './features/directives/routes';
import { holidayRoutes } from './features/holidays/routes';
import { importerRoutes } from './features/importer/routes';
import { notificationRoutes } from './features/notifications/routes';
import { reportRoutes } from './features/reports/routes';
import { taskRoutes } from './features/tasks/routes';
import { unitRoutes } from './features/units/routes';
import { webhookRoutes } from './features/webhooks/routes';

/** A route of a feature, carrying its access requirement: the roles that may open it. */
export interface AppRoute {
  path: string;
  element: ReactNode;
  access?: readonly Role[];
}

export const featureRoutes: AppRoute[] = [
  ...importerRoutes,
  ...dashboardRoutes,
  ...directiveRoutes,
  ...consolidatedRoutes,
  ...taskRoutes,
  ...unitRoutes,
  ...holidayRoutes,
  ...reportRoutes,
  ...deadlineRoutes,
  ...notificationRoutes,
  ...webhookRoutes,
];

export function buildRoutes(routes: AppRoute[] = featureRoutes): RouteObject[] {
  return [
    {
      path: '/',
      element: <AppLayout />,
      errorElement: <RouteErrorPage />,
      children: [
        { index: true, element: <Navigate to="/tasks" replace /> },
        ...routes.map((route) => ({
          path: route.path,
          element: <AccessWall roles={route.access}>{route.element}</AccessWall>,
        })),
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ];
}
