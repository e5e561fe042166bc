import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { isConflict, userMessage } from './problem';

/**
 * Why saving failed. A stale version (409) gets its own message and a reload button; field
 * errors are on the fields already, only the others are listed here.
 */
export function SaveError({
  error,
  otherFieldErrors,
  onReload,
}: {
  error: unknown;
  otherFieldErrors: string[];
  onReload?: () => void;
}) {
  const { t } = useTranslation();
  if (!error) return null;
  if (isConflict(error)) {
    return (
      <Alert
        type="warning"
        showIcon
        role="alert"
        data-testid="conflict"
        title={t('conflict.title')}
        description={t('conflict.detail')}
        action={
          onReload ? (
            <Button size="small" type="primary" onClick={onReload} data-testid="conflict-reload">
              {t('conflict.reload')}
            </Button>
          ) : undefined
        }
      />
    );
  }
  const { message } = userMessage(error, t);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid="save-error"
      title={t('errors.saveTitle')}
      description={
        <>
          <div>{message}</div>
          {otherFieldErrors.length > 0 && (
            <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
              {otherFieldErrors.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          )}
        </>
      }
    />
  );
}
