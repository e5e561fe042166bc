import type { Notification, NotificationKind } from '../../../api/types';

/**
 * Tag colours of the kinds: reminders blue, today orange, overdue red, extensions purple, reports
 * green or gold, urging red, supervision magenta.
 */
export const KIND_COLORS: Record<NotificationKind, string> = {
  DUE_REMINDER: 'blue',
  DUE_TODAY: 'orange',
  OVERDUE_ESCALATION: 'red',
  OVERDUE_WEEKLY_LIST: 'volcano',
  DAILY_DIGEST: 'cyan',
  EXTENSION_REQUESTED: 'purple',
  EXTENSION_DECIDED: 'geekblue',
  GENERAL: 'default',
  TASK_ASSIGNED: 'blue',
  REPORT_SIGN_OFF_REQUESTED: 'gold',
  REPORT_SUBMITTED: 'lime',
  REPORT_RETURNED: 'orange',
  REPORT_ACCEPTED: 'green',
  URGING_LETTER: 'red',
  SUPERVISION_REMARK: 'magenta',
  REMARK_ANSWERED: 'magenta',
};

/** The path of an absolute link when it is a page of this application (not the API, not the home page). */
function appPath(link: string | undefined | null) {
  if (!link) return undefined;
  try {
    const url = new URL(link, 'http://app.invalid');
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    if (url.pathname.startsWith('/api/') || url.pathname === '/') return undefined;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return undefined;
  }
}

/**
 * Where a notification leads inside the application: a report's page when its link names one
 * (a report waiting for sign-off or review, returned, accepted), otherwise its task
 * (`/tasks/{id}`), otherwise the path of its link when that is a page of this application (the
 * link is absolute, written with the server's configured address, which may differ from the one
 * in the browser).
 */
export function notificationPath(notification: Pick<Notification, 'taskId' | 'link'>) {
  const path = appPath(notification.link);
  if (path && /^\/(periodic-)?reports\/\d+/.test(path)) {
    return path;
  }
  if (notification.taskId !== undefined && notification.taskId !== null) {
    return `/tasks/${notification.taskId}`;
  }
  return path;
}

/** Whether a notification's page is a report rather than a task. */
export function leadsToReport(notification: Pick<Notification, 'taskId' | 'link'>) {
  return /^\/(periodic-)?reports\//.test(notificationPath(notification) ?? '');
}
