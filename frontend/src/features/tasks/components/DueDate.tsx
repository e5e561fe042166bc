import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TaskSummary } from '../../../api/types';
import { formatDate, isOverdue } from '../../../lib/dates';

/** dd/MM/yyyy, "Thường xuyên" for an ongoing task without a date, and a mark when overdue. */
export function DueDate({ task }: { task: Pick<TaskSummary, 'kind' | 'dueDate' | 'status'> }) {
  const { t } = useTranslation();
  if (!task.dueDate) {
    const text =
      task.kind === 'ONGOING' || task.kind === 'PERIODIC'
        ? t(`kind.${task.kind}`)
        : task.kind === 'DEADLINE'
          ? t('tasks.noDueDate')
          : t('common.none');
    return <Typography.Text type="secondary">{text}</Typography.Text>;
  }
  const overdue = isOverdue(task.dueDate, task.status);
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <Typography.Text type={overdue ? 'danger' : undefined}>
        {formatDate(task.dueDate)}
      </Typography.Text>
      {overdue && (
        <>
          <br />
          <Typography.Text type="danger" style={{ fontSize: 12 }}>
            {t('tasks.overdue')}
          </Typography.Text>
        </>
      )}
    </span>
  );
}
