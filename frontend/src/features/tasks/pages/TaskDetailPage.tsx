import { Breadcrumb, Flex, Result, Skeleton, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../api/ErrorAlert';
import { ApiError } from '../../../api/problem';
import { useDirective } from '../../directives/hooks/useDirectives';
import { TaskDetailView } from '../components/TaskDetailView';
import { useTask } from '../hooks/useTasks';

function positiveId(value: string | undefined): number | undefined {
  return value && /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : undefined;
}

/** `/tasks/:id`: one task on its own page (linked from the program's tree). */
export function TaskDetailPage() {
  const { t } = useTranslation();
  const id = positiveId(useParams().id);
  const task = useTask(id);
  const directive = useDirective(task.data?.directiveId);

  if (id === undefined || (task.error instanceof ApiError && task.error.status === 404)) {
    return <Result status="404" title={t('errors.notFoundApi')} data-testid="not-found" />;
  }
  return (
    <Flex vertical gap="middle" data-testid="task-page">
      <Breadcrumb
        items={[
          { key: 'tasks', title: <Link to="/tasks">{t('nav.tasks')}</Link> },
          ...(directive.data
            ? [
                {
                  key: 'directive',
                  title: (
                    <Link to={`/directives/${directive.data.id}`}>
                      {t(`directiveKind.${directive.data.kind ?? 'ACTION_PROGRAM'}`)}{' '}
                      {directive.data.numberSymbol}
                    </Link>
                  ),
                },
              ]
            : []),
          { key: 'task', title: task.data?.code ?? t('detail.pageTitle') },
        ]}
      />
      <Typography.Title level={3} style={{ margin: 0 }}>
        {task.data ? t('detail.title', { code: task.data.code }) : t('detail.pageTitle')}
      </Typography.Title>
      {task.isPending && <Skeleton active paragraph={{ rows: 10 }} />}
      {task.isError && <ErrorAlert error={task.error} onRetry={() => void task.refetch()} />}
      {task.data && (
        <TaskDetailView task={task.data} reload={async () => (await task.refetch()).data} />
      )}
    </Flex>
  );
}
