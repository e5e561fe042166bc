import { Flex, Skeleton, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { DeadlineCounts } from '../../../api/types';

interface Props {
  counts: DeadlineCounts | undefined;
  loading: boolean;
  /** link the pending count to the extension requests page */
  pendingLink?: boolean;
}

/** "Quá hạn 4 · Sắp đến hạn 2 · Đề nghị gia hạn chờ quyết định 1". */
export function DeadlineCountsBar({ counts, loading, pendingLink }: Props) {
  const { t } = useTranslation('deadlines');
  if (!counts) return loading ? <Skeleton.Input active size="small" block /> : null;
  const items = [
    { key: 'overdue', color: 'red', count: counts.overdue ?? 0 },
    { key: 'dueSoon', color: 'orange', count: counts.dueSoon ?? 0 },
    { key: 'pendingExtensions', color: 'gold', count: counts.pendingExtensions ?? 0 },
  ] as const;
  return (
    <Flex
      wrap
      gap={8}
      align="center"
      role="group"
      aria-label={t('counts.label')}
      data-testid="deadline-counts"
    >
      {items.map(({ key, color, count }) => {
        const content = (
          <Tag
            color={count > 0 ? color : 'default'}
            data-testid={`deadline-count-${key}`}
            data-count={count}
            style={{ fontSize: 14, padding: '2px 10px' }}
          >
            <Typography.Text strong style={{ color: 'inherit' }}>
              {count}
            </Typography.Text>{' '}
            {t(`counts.${key}`)}
          </Tag>
        );
        return key === 'pendingExtensions' && pendingLink ? (
          <Link key={key} to="/extension-requests">
            {content}
          </Link>
        ) : (
          <span key={key}>{content}</span>
        );
      })}
    </Flex>
  );
}
