import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TaskStatus } from '../../../api/types';
import { STATUS_COLORS } from '../status';

export function StatusTag({ status }: { status: TaskStatus | null | undefined }) {
  const { t } = useTranslation();
  if (!status) return null;
  return (
    <Tag color={STATUS_COLORS[status] ?? 'default'} data-status={status}>
      {t(`status.${status}`, { defaultValue: String(status) })}
    </Tag>
  );
}
