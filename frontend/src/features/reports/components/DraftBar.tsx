import { Button, Flex, Popconfirm, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../api/ErrorAlert';
import { SaveError } from '../../../api/SaveError';
import type { AutosaveState } from '../hooks/useAutosave';
import { DraftNotSaved } from '../hooks/useAutosaveDraft';
import { SavedIndicator } from './SavedIndicator';

/** What the bar shows of a draft (`useAutosaveDraft`). */
interface Draft {
  autosave: { state: AutosaveState; flush: () => Promise<boolean> };
  saveError: unknown;
  otherFieldErrors: string[];
  reloadLatest?: () => Promise<void>;
  submit: { mutate: () => void; isPending: boolean; error: Error | null };
}

/**
 * Above a report form: whether the draft is saved, "Ký gửi" for the unit head (a hint for
 * the others), why saving failed (a 409 offers to reload) and why signing failed.
 */
export function DraftBar({
  draft,
  canSubmit,
  submitDisabled = false,
}: {
  draft: Draft;
  canSubmit: boolean;
  /** nothing to sign yet (a new report before its first save) */
  submitDisabled?: boolean;
}) {
  const { t } = useTranslation('reports');
  const { autosave, saveError, submit, reloadLatest } = draft;
  return (
    <>
      <Flex justify="space-between" align="center" gap="middle" wrap>
        <SavedIndicator state={autosave.state} onRetry={() => void autosave.flush()} />
        {canSubmit ? (
          <Popconfirm
            title={t('submit.confirmTitle')}
            description={<div style={{ maxWidth: 320 }}>{t('submit.confirmDetail')}</div>}
            okText={t('submit.confirm')}
            okButtonProps={{ 'data-testid': 'submit-confirm' } as Record<string, string>}
            onConfirm={() => submit.mutate()}
            disabled={submitDisabled}
          >
            <Button
              type="primary"
              loading={submit.isPending}
              disabled={submitDisabled}
              data-testid="submit-report"
            >
              {t('submit.button')}
            </Button>
          </Popconfirm>
        ) : (
          <Typography.Text type="secondary" data-testid="submit-hint">
            {t('submit.headOnly')}
          </Typography.Text>
        )}
      </Flex>
      {saveError !== undefined && (
        <SaveError
          error={saveError}
          otherFieldErrors={draft.otherFieldErrors}
          onReload={reloadLatest ? () => void reloadLatest() : undefined}
        />
      )}
      {submit.error && !(submit.error instanceof DraftNotSaved) && (
        <ErrorAlert error={submit.error} title={t('submit.error')} />
      )}
    </>
  );
}
