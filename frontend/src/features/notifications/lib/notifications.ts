import type { Notification, NotificationKind } from '../../../api/types';

/** Tag colours of the kinds: reminders blue, today orange, overdue red, extensions purple. */
export const KIND_COLORS: Record<NotificationKind, string> = {
  DUE_REMINDER: 'blue',
  DUE_TODAY: 'orange',
  OVERDUE_ESCALATION: 'red',
  OVERDUE_WEEKLY_LIST: 'volcano',
  DAILY_DIGEST: 'cyan',
  EXTENSION_REQUESTED: 'purple',
  EXTENSION_DECIDED: 'geekblue',
  GENERAL: 'default',
};

/**
 * Where a notification leads inside the application: its task (`/tasks/{id}`), otherwise the
 * path of its link when that is a page of this application (the link is absolute, written with
 * the server's configured address, which may differ from the one in the browser).
 */
export function notificationPath(notification: Pick<Notification, 'taskId' | 'link'>) {
  if (notification.taskId !== undefined && notification.taskId !== null) {
    return `/tasks/${notification.taskId}`;
  }
  if (!notification.link) return undefined;
  try {
    const url = new URL(notification.link, 'http://app.invalid');
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    if (url.pathname.startsWith('/api/') || url.pathname === '/') return undefined;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return undefined;
  }
}
