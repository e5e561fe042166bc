import type { TaskStatus } from '../../api/types';

/** Ant Design tag colours of the task statuses. */
export const STATUS_COLORS: Record<TaskStatus, string> = {
  NOT_STARTED: 'warning',
  IN_PROGRESS: 'processing',
  COMPLETED: 'success',
  CANCELLED: 'default',
  CLOSED_WITH_TASK: 'cyan',
};
