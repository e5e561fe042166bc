import type { AppRoute } from '../../routes';
import { WebhookAdminPage } from './pages/WebhookAdminPage';
import { WEBHOOK_ADMINS } from './roles';

/** Webhook subscriptions of the document-management system, with their delivery log. */
export const webhookRoutes: AppRoute[] = [
  { path: '/admin/webhooks', element: <WebhookAdminPage />, access: WEBHOOK_ADMINS },
];
