import { Badge, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AutosaveState } from '../hooks/useAutosave';
import { formatClock } from '../lib/format';

/** "Đã lưu lúc 14:05", "Đang lưu…", or why the draft could not be saved. */
export function SavedIndicator({ state, onRetry }: { state: AutosaveState; onRetry?: () => void }) {
  const { t } = useTranslation('reports');
  const badge = (() => {
    switch (state.status) {
      case 'saving':
        return <Badge status="processing" text={t('autosave.saving')} />;
      case 'pending':
        return <Badge status="default" text={t('autosave.pending')} />;
      case 'error':
        return <Badge status="error" text={t('autosave.error')} />;
      case 'saved':
        return (
          <Badge
            status="success"
            text={t('autosave.savedAt', { time: formatClock(state.savedAt) })}
          />
        );
      default:
        return <Badge status="default" text={t('autosave.idle')} />;
    }
  })();
  return (
    <Space size="small" role="status" data-testid="autosave" data-status={state.status}>
      {badge}
      {state.status === 'error' && onRetry && (
        <Button size="small" onClick={onRetry} data-testid="autosave-retry">
          {t('autosave.retry')}
        </Button>
      )}
    </Space>
  );
}
