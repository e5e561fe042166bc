import { Descriptions } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/dates';
import { useTask } from '../../tasks/hooks/useTasks';
import type { components } from '../../../api/schema';

type Role = components['schemas']['AssignmentRole'];

/** Which task (and which unit's part of it) a report is about. */
export function ReportTaskHeader({
  taskId,
  taskCode,
  unitName,
  role,
}: {
  taskId?: number;
  taskCode?: string;
  unitName?: string;
  role?: Role;
}) {
  const { t } = useTranslation('reports');
  const task = useTask(taskId);
  const code = task.data?.code ?? taskCode;
  if (!code && !unitName) return null;
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      data-testid="report-task"
      items={[
        {
          key: 'task',
          label: t('common.task'),
          children: (
            <>
              {taskId !== undefined ? (
                <Link to={`/tasks/${taskId}`} data-testid="report-task-link">
                  {code}
                </Link>
              ) : (
                code
              )}
              {task.data?.content && (
                <div style={{ whiteSpace: 'pre-line' }}>{task.data.content}</div>
              )}
            </>
          ),
        },
        ...(task.data
          ? [
              {
                key: 'due',
                label: t('common.taskDueDate'),
                children: task.data.dueDate ? formatDate(task.data.dueDate) : t('common.noDueDate'),
              },
            ]
          : []),
        ...(unitName
          ? [
              {
                key: 'unit',
                label: t('common.unit'),
                children: `${unitName}${role ? ` (${t(`role.${role}`)})` : ''}`,
              },
            ]
          : []),
      ]}
    />
  );
}
