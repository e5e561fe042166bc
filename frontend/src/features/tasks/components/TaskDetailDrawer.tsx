import { Drawer, Skeleton } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../api/ErrorAlert';
import { useTask } from '../hooks/useTasks';
import { TaskDetailView } from './TaskDetailView';

interface Props {
  taskId: number | undefined;
  onClose: () => void;
}

/** The detail of one task beside the list (`?task=123`); the full page is `/tasks/123`. */
export function TaskDetailDrawer({ taskId, onClose }: Props) {
  const { t } = useTranslation();
  const task = useTask(taskId);
  const title = task.data ? t('detail.title', { code: task.data.code }) : t('detail.loadingTitle');

  return (
    <Drawer
      open={taskId !== undefined}
      onClose={onClose}
      title={title}
      size="large"
      destroyOnHidden
      closable={{ 'aria-label': t('detail.close') }}
      extra={
        taskId !== undefined ? (
          <Link to={`/tasks/${taskId}`} data-testid="open-task-page">
            {t('tasks.openPage')}
          </Link>
        ) : null
      }
      data-testid="task-detail"
    >
      {task.isPending && taskId !== undefined && <Skeleton active paragraph={{ rows: 8 }} />}
      {task.isError && <ErrorAlert error={task.error} onRetry={() => void task.refetch()} />}
      {task.data && (
        <TaskDetailView task={task.data} reload={async () => (await task.refetch()).data} />
      )}
    </Drawer>
  );
}
