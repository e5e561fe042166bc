import { Badge } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDeadlineCounts } from '../hooks/useDeadlines';

/** The menu entry "Đề nghị gia hạn" with the number of requests awaiting a decision. */
export function PendingExtensionsLabel() {
  const { t } = useTranslation('deadlines');
  const counts = useDeadlineCounts(undefined);
  const pending = counts.data?.pendingExtensions ?? 0;
  return (
    <span data-testid="nav-extension-pending" data-count={counts.data ? pending : undefined}>
      {t('nav.extensions')}
      {pending > 0 && (
        <Badge
          count={pending}
          size="small"
          offset={[6, -2]}
          title={t('nav.pendingBadge', { count: pending })}
        />
      )}
    </span>
  );
}
