import type { AppRoute } from '../../routes';
import { NotificationsPage } from './pages/NotificationsPage';
import { SettingsPage } from './pages/SettingsPage';
import { NOTIFICATION_READERS } from './roles';

/** Notifications and personal settings (with the calendar feed): everyone signed in. */
export const notificationRoutes: AppRoute[] = [
  { path: '/notifications', element: <NotificationsPage />, access: NOTIFICATION_READERS },
  { path: '/settings', element: <SettingsPage />, access: NOTIFICATION_READERS },
];
