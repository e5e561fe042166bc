import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { userMessage } from '../../../api/problem';

/**
 * A 409 of the extension workflow, in the server's own words ("Phần việc đã có một đề nghị gia
 * hạn đang chờ quyết định…", "Đề nghị gia hạn không còn chờ quyết định…"), with a reload.
 */
export function RefusedAlert({
  error,
  title,
  extra,
  onReload,
}: {
  error: unknown;
  title?: string;
  extra?: string;
  onReload?: () => void;
}) {
  const { t } = useTranslation('deadlines');
  const { t: tc } = useTranslation();
  const { message } = userMessage(error, tc);
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      data-testid="extension-conflict"
      title={title ?? t('extension.refused')}
      description={
        <>
          <div>{message}</div>
          {extra && <div>{extra}</div>}
        </>
      }
      action={
        onReload ? (
          <Button size="small" onClick={onReload} data-testid="extension-conflict-reload">
            {t('extension.reload')}
          </Button>
        ) : undefined
      }
    />
  );
}
