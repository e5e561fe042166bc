import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { userMessage } from './problem';

/** Shows an API error to the user: the problem's `detail`, and its field errors if any. */
export function ErrorAlert({
  error,
  onRetry,
  title,
}: {
  error: unknown;
  onRetry?: () => void;
  /** defaults to "Không tải được dữ liệu" */
  title?: string;
}) {
  const { t } = useTranslation();
  const { message, fieldErrors } = userMessage(error, t);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid="api-error"
      title={title ?? t('errors.loadTitle')}
      description={
        <>
          <div>{message}</div>
          {fieldErrors.length > 0 && (
            <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
              {fieldErrors.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          )}
        </>
      }
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('errors.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
