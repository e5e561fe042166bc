import { useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../api/ErrorAlert';
import { SaveError } from '../../../api/SaveError';
import { isConflict } from '../../../api/problem';
import { useReviewPeriodicReport } from '../hooks/usePeriodic';
import { useReviewReport } from '../hooks/useReports';
import type { ReviewDecision } from '../hooks/useReview';

interface Props {
  kind: 'progress' | 'periodic';
  reportId: number;
  /** the version the reviewer read: a stale one answers 409 */
  version: number;
  /** progress reports: the unit asks to confirm the assignment is completed */
  claimsCompletion?: boolean;
  onReviewed?: (decision: ReviewDecision) => void;
  /** fetches the report again (after a 409) */
  onReload: () => Promise<unknown>;
}

/** The coordinator's decision: accept ("Tiếp nhận") or return with a comment ("Trả lại"). */
export function ReviewPanel({
  kind,
  reportId,
  version,
  claimsCompletion,
  onReviewed,
  onReload,
}: Props) {
  const { t } = useTranslation('reports');
  const { t: tCommon } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ comment?: string }>();
  const progress = useReviewReport();
  const periodic = useReviewPeriodicReport();
  const mutation = kind === 'progress' ? progress : periodic;
  const [decision, setDecision] = useState<ReviewDecision>();

  const decide = async (chosen: ReviewDecision) => {
    const comment = (form.getFieldValue('comment') as string | undefined) ?? '';
    if (chosen === 'return' && !comment.trim()) {
      form.setFields([{ name: 'comment', errors: [t('review.commentRequired')] }]);
      return;
    }
    form.setFields([{ name: 'comment', errors: [] }]);
    setDecision(chosen);
    try {
      await mutation.mutateAsync({ id: reportId, decision: chosen, comment, version });
      message.success(chosen === 'accept' ? t('review.accepted') : t('review.returnedDone'));
      form.resetFields();
      onReviewed?.(chosen);
    } catch {
      // shown below
    }
  };

  const reload = async () => {
    await onReload();
    mutation.reset();
    message.info(tCommon('conflict.reloaded'));
  };

  return (
    <Card size="small" title={t('review.title')} data-testid="review-panel">
      <Flex vertical gap="middle">
        {claimsCompletion !== undefined && (
          <Checkbox checked={claimsCompletion} disabled data-testid="review-claims">
            {t('form.claimsCompletion')}
          </Checkbox>
        )}
        {claimsCompletion && <Alert type="info" showIcon title={t('review.claims')} />}
        {mutation.error &&
          (isConflict(mutation.error) ? (
            <SaveError
              error={mutation.error}
              otherFieldErrors={[]}
              onReload={() => void reload()}
            />
          ) : (
            <ErrorAlert error={mutation.error} title={t('review.error')} />
          ))}
        <Form
          form={form}
          layout="vertical"
          name={`review-${kind}`}
          // the "comment required" message goes once there is a comment
          onValuesChange={(changed: { comment?: string }) => {
            if (changed.comment?.trim()) form.setFields([{ name: 'comment', errors: [] }]);
          }}
        >
          <Form.Item name="comment" label={t('review.comment')}>
            <Input.TextArea
              rows={3}
              maxLength={2000}
              showCount
              placeholder={t('review.commentPlaceholder')}
              data-testid="review-comment"
            />
          </Form.Item>
        </Form>
        <Flex gap="small" wrap>
          <Button
            type="primary"
            onClick={() => void decide('accept')}
            loading={mutation.isPending && decision === 'accept'}
            disabled={mutation.isPending}
            data-testid="review-accept"
          >
            {t('review.accept')}
          </Button>
          <Button
            danger
            onClick={() => void decide('return')}
            loading={mutation.isPending && decision === 'return'}
            disabled={mutation.isPending}
            data-testid="review-return"
          >
            {t('review.return')}
          </Button>
        </Flex>
      </Flex>
    </Card>
  );
}
