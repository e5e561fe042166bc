import { useCallback } from 'react';
import { Alert, Button, Flex, Skeleton, Typography } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../api/ErrorAlert';
import type { TaskSummary } from '../../../api/types';
import { useAuth } from '../../../auth/AuthContext';
import { canManageTasks, isUnitScoped } from '../../../auth/roles';
import { TaskExportButton } from '../../consolidated/components/TaskExportButton';
import { TaskImportLink } from '../../consolidated/components/TaskImportLink';
import { useMe } from '../../me/useMe';
import { TaskCountsSummary } from '../components/TaskCountsSummary';
import { TaskDetailDrawer } from '../components/TaskDetailDrawer';
import { TaskFilterBar } from '../components/TaskFilterBar';
import { TaskTable, type TaskTableChange } from '../components/TaskTable';
import {
  filtersFromSearchParams,
  filtersToSearchParams,
  openTaskId,
  type TaskFilters,
} from '../filters';
import { useTaskCounts, useTasks } from '../hooks/useTasks';

export function TaskListPage() {
  const { t } = useTranslation();
  const auth = useAuth();
  const me = useMe();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFromSearchParams(searchParams);
  const taskId = openTaskId(searchParams);
  const roles = me.data?.roles ?? auth.roles;

  // Unit users see their own unit's tasks (the backend scopes them); a unitId in a shared link
  // is ignored for them rather than answered with 403.
  const unitScoped = isUnitScoped(roles);
  const effective: TaskFilters = unitScoped ? { ...filters, unitId: undefined } : filters;
  const tasks = useTasks(effective);
  // the counts are a facet: every timeliness for the other filters, so each can be chosen
  const counts = useTaskCounts({ ...effective, timeliness: undefined });

  const update = useCallback(
    (change: Partial<TaskFilters>) => {
      setSearchParams((current) => {
        const base = filtersFromSearchParams(current);
        const pageChange = 'page' in change || 'size' in change;
        const next = { ...base, ...change, ...(pageChange ? {} : { page: 0 }) };
        return filtersToSearchParams(next, current);
      });
    },
    [setSearchParams],
  );

  const setOpenTask = useCallback(
    (id: number | undefined) => {
      setSearchParams((current) => {
        const next = new URLSearchParams(current);
        if (id === undefined) next.delete('task');
        else next.set('task', String(id));
        return next;
      });
    },
    [setSearchParams],
  );

  const page = tasks.data;
  const total = page?.totalItems ?? 0;

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="baseline" wrap gap="small">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('tasks.title')}
        </Typography.Title>
        <Flex align="baseline" gap="middle">
          <Typography.Text
            data-testid="task-total"
            data-count={page ? String(total) : undefined}
            data-page={page ? String(page.page) : undefined}
            data-total-pages={page ? String(page.totalPages) : undefined}
            type="secondary"
          >
            {page ? t('tasks.total', { count: total }) : '\u00a0'}
          </Typography.Text>
          <TaskExportButton filters={effective} />
          {canManageTasks(roles) && <TaskImportLink directiveId={filters.directiveId} />}
          {canManageTasks(roles) && (
            <Button
              type="primary"
              data-testid="create-task"
              onClick={() =>
                navigate(
                  filters.directiveId !== undefined
                    ? `/tasks/new?directiveId=${filters.directiveId}`
                    : '/tasks/new',
                )
              }
            >
              {t('tasks.create')}
            </Button>
          )}
        </Flex>
      </Flex>

      {unitScoped &&
        (me.isPending ? (
          <Skeleton.Input active size="small" style={{ width: 320 }} />
        ) : me.data?.unit ? (
          <Alert
            type="info"
            showIcon
            data-testid="own-unit-note"
            title={t('tasks.ownUnit', { unit: me.data.unit.name })}
          />
        ) : null)}
      {me.isError && <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />}

      <TaskFilterBar
        filters={filters}
        unitScoped={unitScoped}
        onChange={update}
        onReset={() => setSearchParams(new URLSearchParams())}
      />

      <TaskCountsSummary
        counts={counts.data}
        loading={counts.isPending}
        selected={filters.timeliness}
        onSelect={(timeliness) => update({ timeliness })}
      />

      {tasks.isError && <ErrorAlert error={tasks.error} onRetry={() => void tasks.refetch()} />}

      <div data-testid="task-table" aria-busy={tasks.isFetching}>
        <TaskTable
          tasks={page?.items ?? []}
          total={total}
          page={filters.page}
          size={filters.size}
          sort={filters.sort}
          loading={tasks.isFetching && !tasks.isPending}
          pending={tasks.isPending}
          onChange={(change: TaskTableChange) => update(change)}
          onOpen={(task: TaskSummary) => setOpenTask(task.id)}
        />
      </div>

      <TaskDetailDrawer taskId={taskId} onClose={() => setOpenTask(undefined)} />
    </Flex>
  );
}
