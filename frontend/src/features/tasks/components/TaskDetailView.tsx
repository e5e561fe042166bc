import { useState, type HTMLAttributes } from 'react';
import {
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  Progress,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Assignment, AssignmentRole, TaskDetail } from '../../../api/types';
import { useAuth } from '../../../auth/AuthContext';
import { canManageTasks, canUpdateAssignment } from '../../../auth/roles';
import type { ColumnType } from 'antd/es/table';
import { formatDate } from '../../../lib/dates';
import { DueDateHistory } from '../../deadlines/components/DueDateHistory';
import { useAssignmentExtensions } from '../../deadlines/hooks/useAssignmentExtensions';
import { useDirective } from '../../directives/hooks/useDirectives';
import { HistoryTimeline } from '../../history/HistoryTimeline';
import { useMe } from '../../me/useMe';
import { TaskReportsTimeline } from '../../reports/components/TaskReportsTimeline';
import { RemarksPanel } from '../../remarks/components/RemarksPanel';
import { AssignmentPlanModal } from './AssignmentPlanModal';
import { AssignmentProgressModal } from './AssignmentProgressModal';
import { DueDate } from './DueDate';
import { StatusTag } from './StatusTag';
import { TaskEditModal } from './TaskEditModal';
import { TimelinessTag } from './TimelinessTag';

interface Props {
  task: TaskDetail;
  /** fetches the task again and resolves with the fresh one (after a 409) */
  reload: () => Promise<TaskDetail | undefined>;
}

/**
 * One task: its data, each unit's assignment grouped by role, and its history. Task managers
 * (coordinator, admin) edit it and adjust its units; unit staff update their own assignment.
 */
export function TaskDetailView({ task, reload }: Props) {
  const { t } = useTranslation();
  const auth = useAuth();
  const me = useMe();
  const roles = me.data?.roles ?? auth.roles;
  const myUnitId = me.data?.unit?.id;
  const manager = canManageTasks(roles);
  const directive = useDirective(task.directiveId);
  const [editing, setEditing] = useState(false);
  const [assigning, setAssigning] = useState(false);
  const [progressOf, setProgressOf] = useState<number | undefined>();

  const assignments = task.assignments ?? [];
  const byRole = (role: AssignmentRole) => assignments.filter((a) => a.role === role);
  const progressAssignment = assignments.find((a) => a.id === progressOf);
  const canUpdate = (a: Assignment) => canUpdateAssignment(roles, myUnitId, a);
  const unitOfAssignment = (id: number) => assignments.find((a) => a.id === id)?.unit?.name;
  // extension requests of each unit (features/deadlines): a column and its dialogs
  const extensions = useAssignmentExtensions(task, roles, myUnitId);

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }} data-testid="task-view">
      {manager && (
        <Flex gap="small" wrap data-testid="task-actions">
          <Button type="primary" onClick={() => setEditing(true)} data-testid="edit-task">
            {t('detail.edit')}
          </Button>
          <Button onClick={() => setAssigning(true)} data-testid="assign-task">
            {t('detail.assign')}
          </Button>
        </Flex>
      )}
      <Descriptions
        column={1}
        size="small"
        bordered
        data-testid="task-fields"
        items={[
          { key: 'code', label: t('detail.code'), children: task.code },
          {
            key: 'content',
            label: t('detail.content'),
            children: <span style={{ whiteSpace: 'pre-line' }}>{task.content}</span>,
          },
          {
            key: 'directive',
            label: t('detail.directive'),
            children: directive.data ? (
              <Link to={`/directives/${task.directiveId}`}>
                {t(`directiveKind.${directive.data.kind ?? 'ACTION_PROGRAM'}`)}{' '}
                {directive.data.numberSymbol}
              </Link>
            ) : (
              t('common.none')
            ),
          },
          {
            key: 'kind',
            label: t('detail.kind'),
            children: task.kind
              ? `${t(`kind.${task.kind}`)}${
                  task.kind === 'PERIODIC' && task.recurrence
                    ? ` (${t(`recurrence.${task.recurrence}`)})`
                    : ''
                }`
              : t('common.none'),
          },
          {
            key: 'dueDate',
            label: t('detail.dueDate'),
            children: (
              <span data-testid="task-due-date" data-due-date={task.dueDate}>
                <DueDate task={task} />
                {task.originalDueDate && task.originalDueDate !== task.dueDate && (
                  <Typography.Text
                    type="secondary"
                    style={{ display: 'block', fontSize: 12 }}
                    data-testid="task-original-due-date"
                  >
                    {t('task.originalDueDate', {
                      ns: 'deadlines',
                      date: formatDate(task.originalDueDate),
                    })}
                  </Typography.Text>
                )}
              </span>
            ),
          },
          {
            key: 'timeliness',
            label: t('detail.timeliness'),
            children: task.timeliness ? (
              <TimelinessTag timeliness={task.timeliness} />
            ) : (
              t('common.none')
            ),
          },
          ...(task.completedOn
            ? [
                {
                  key: 'completedOn',
                  label: t('detail.completedOn'),
                  children: formatDate(task.completedOn),
                },
              ]
            : []),
          { key: 'field', label: t('detail.field'), children: task.field || t('common.none') },
          {
            key: 'priority',
            label: t('detail.priority'),
            children: task.priority ? (
              <Tag color={task.priority === 'HIGH' ? 'volcano' : undefined}>
                {t(`priority.${task.priority}`)}
              </Tag>
            ) : (
              t('common.none')
            ),
          },
          {
            key: 'expectedOutput',
            label: t('detail.expectedOutput'),
            children: task.expectedOutput || t('common.none'),
          },
          {
            key: 'approvalLevel',
            label: t('detail.approvalLevel'),
            children: task.approvalLevel
              ? t(`approvalLevel.${task.approvalLevel}` as never, {
                  defaultValue: task.approvalLevel,
                })
              : t('common.none'),
          },
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
        myUnitId={myUnitId}
        canUpdate={canUpdate}
        onUpdate={(a) => setProgressOf(a.id)}
        extraColumns={extensions.columns}
      />
      <AssignmentGroup
        title={t('detail.coordinating')}
        assignments={byRole('COORDINATING')}
        testId="assignments-coordinating"
        myUnitId={myUnitId}
        canUpdate={canUpdate}
        onUpdate={(a) => setProgressOf(a.id)}
        extraColumns={extensions.columns}
      />
      <Card
        size="small"
        title={t('history.title', { ns: 'deadlines' })}
        data-testid="due-date-history-card"
      >
        <DueDateHistory taskId={task.id} />
      </Card>
      <Card
        size="small"
        title={t('timeline.title', { ns: 'reports' })}
        data-testid="task-reports-card"
      >
        <TaskReportsTimeline taskId={task.id} />
      </Card>
      <RemarksPanel taskId={task.id as number} assignments={assignments} />
      <Card size="small" title={t('detail.history')}>
        <HistoryTimeline subject="tasks" id={task.id} assignmentUnit={unitOfAssignment} />
      </Card>

      {manager && editing && (
        <TaskEditModal task={task} open onClose={() => setEditing(false)} reload={reload} />
      )}
      {manager && assigning && (
        <AssignmentPlanModal task={task} open onClose={() => setAssigning(false)} reload={reload} />
      )}
      {extensions.modals}
      {progressAssignment && (
        <AssignmentProgressModal
          taskId={task.id as number}
          assignment={progressAssignment}
          onClose={() => setProgressOf(undefined)}
          reload={reload}
        />
      )}
    </Space>
  );
}

function AssignmentGroup({
  title,
  assignments,
  testId,
  myUnitId,
  canUpdate,
  onUpdate,
  extraColumns = [],
}: {
  title: string;
  assignments: Assignment[];
  testId: string;
  myUnitId: number | undefined;
  canUpdate: (a: Assignment) => boolean;
  onUpdate: (a: Assignment) => void;
  extraColumns?: ColumnType<Assignment>[];
}) {
  const { t } = useTranslation();
  const anyUpdatable = assignments.some(canUpdate);
  const anyDueDate = assignments.some((a) => a.dueDate);
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
      onRow={(a) =>
        ({ 'data-unit-code': a.unit?.code, 'data-status': a.status }) as HTMLAttributes<HTMLElement>
      }
      columns={[
        {
          key: 'unit',
          title: t('detail.unit'),
          render: (_: unknown, a) => (
            <>
              {a.unit?.name}
              {myUnitId !== undefined && a.unit?.id === myUnitId && (
                <Tag color="gold" style={{ marginInlineStart: 8 }}>
                  {t('detail.ownUnit')}
                </Tag>
              )}
            </>
          ),
        },
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
        ...(anyDueDate
          ? [
              {
                key: 'dueDate',
                title: t('task.assignmentDueDate', { ns: 'deadlines' }),
                width: 130,
                render: (_: unknown, a: Assignment) =>
                  a.dueDate ? (
                    <span data-testid="assignment-due-date" data-due-date={a.dueDate}>
                      <DueDate
                        task={{ kind: 'DEADLINE', dueDate: a.dueDate, timeliness: a.timeliness }}
                      />
                    </span>
                  ) : (
                    t('common.none')
                  ),
              },
            ]
          : []),
        ...extraColumns,
        ...(anyUpdatable
          ? [
              {
                key: 'actions',
                title: t('common.actions'),
                width: 170,
                render: (_: unknown, a: Assignment) =>
                  canUpdate(a) ? (
                    <Button size="small" onClick={() => onUpdate(a)} data-testid="update-progress">
                      {t('detail.updateProgress')}
                    </Button>
                  ) : null,
              },
            ]
          : []),
      ]}
    />
  );
}
