import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TaskSummary } from '../../../api/types';
import { formatDate } from '../../../lib/dates';

/**
 * dd/MM/yyyy, "Thường xuyên" for an ongoing task without a date, and a mark when overdue. Whether it is overdue is
 * what the API says (its one timeliness rule), never recomputed here.
 */
export function DueDate({ task }: { task: Pick<TaskSummary, 'kind' | 'dueDate' | 'timeliness'> }) {
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
  const overdue = task.timeliness === 'OVERDUE';
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
