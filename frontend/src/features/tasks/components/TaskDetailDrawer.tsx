import type { HTMLAttributes } from 'react';
import { Descriptions, Drawer, Empty, Progress, Skeleton, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../api/ErrorAlert';
import type { Assignment, AssignmentRole, TaskDetail } from '../../../api/types';
import { useTask } from '../hooks/useTasks';
import { DueDate } from './DueDate';
import { StatusTag } from './StatusTag';

interface Props {
  taskId: number | undefined;
  onClose: () => void;
}

/** The detail of one task: its data and each unit's assignment, grouped by role. */
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
      data-testid="task-detail"
    >
      {task.isPending && taskId !== undefined && <Skeleton active paragraph={{ rows: 8 }} />}
      {task.isError && <ErrorAlert error={task.error} onRetry={() => void task.refetch()} />}
      {task.data && <TaskDetailBody task={task.data} />}
    </Drawer>
  );
}

export function TaskDetailBody({ task }: { task: TaskDetail }) {
  const { t } = useTranslation();
  const assignments = task.assignments ?? [];
  const byRole = (role: AssignmentRole) => assignments.filter((a) => a.role === role);
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Descriptions
        column={1}
        size="small"
        bordered
        items={[
          { key: 'code', label: t('detail.code'), children: task.code },
          {
            key: 'content',
            label: t('detail.content'),
            children: <span style={{ whiteSpace: 'pre-line' }}>{task.content}</span>,
          },
          {
            key: 'kind',
            label: t('detail.kind'),
            children: task.kind ? t(`kind.${task.kind}`) : t('common.none'),
          },
          { key: 'dueDate', label: t('detail.dueDate'), children: <DueDate task={task} /> },
          {
            key: 'status',
            label: t('detail.status'),
            children: <StatusTag status={task.status} />,
          },
          {
            key: 'progress',
            label: t('detail.progress'),
            children: <Progress percent={task.percentComplete ?? 0} size="small" />,
          },
        ]}
      />
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('detail.assignments')}
      </Typography.Title>
      <AssignmentGroup
        title={t('detail.lead')}
        assignments={byRole('LEAD')}
        testId="assignments-lead"
      />
      <AssignmentGroup
        title={t('detail.coordinating')}
        assignments={byRole('COORDINATING')}
        testId="assignments-coordinating"
      />
    </Space>
  );
}

function AssignmentGroup({
  title,
  assignments,
  testId,
}: {
  title: string;
  assignments: Assignment[];
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Table<Assignment>
      size="small"
      bordered
      rowKey={(a) => a.id ?? `${a.unit?.id}-${a.role}`}
      title={() => <Typography.Text strong>{title}</Typography.Text>}
      dataSource={assignments}
      pagination={false}
      data-testid={testId}
      locale={{
        emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('detail.none')} />,
      }}
      onRow={(a) => ({ 'data-unit-code': a.unit?.code }) as HTMLAttributes<HTMLElement>}
      columns={[
        { key: 'unit', title: t('detail.unit'), render: (_: unknown, a) => a.unit?.name },
        {
          key: 'status',
          title: t('detail.status'),
          width: 150,
          render: (_: unknown, a) => <StatusTag status={a.status} />,
        },
        {
          key: 'progress',
          title: t('detail.progress'),
          width: 140,
          render: (_: unknown, a) => <Progress percent={a.percentComplete ?? 0} size="small" />,
        },
      ]}
    />
  );
}
