import { App, DatePicker, Descriptions, Flex, Form, Input, Modal, Radio } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useProblemOnForm } from '../../../api/formProblem';
import { isConflict } from '../../../api/problem';
import { SaveError } from '../../../api/SaveError';
import type { ExtensionDecisionKind, ExtensionRequest } from '../../../api/types';
import { DATE_FORMAT, formatDate, formatTimestamp, fromIsoDate } from '../../../lib/dates';
import { DEADLINES_KEY } from '../hooks/useDeadlines';
import { useDecideExtension } from '../hooks/useExtensions';
import {
  DECISION_FIELDS,
  decisionErrors,
  notAfterDueDate,
  toDecision,
  type DecisionFormValues,
} from '../lib/extensionForm';
import { RefusedAlert } from './RefusedAlert';

interface Props {
  request: ExtensionRequest;
  initialDecision: ExtensionDecisionKind;
  onClose: () => void;
}

/**
 * A coordinator or leader decides: approve (the requested date, or another one after the
 * current due date; a note optional) or reject (a note required). A 409 (decided or withdrawn
 * meanwhile) is explained in the server's words and the lists are reloaded.
 */
export function ExtensionDecisionModal({ request, initialDecision, onClose }: Props) {
  const { t } = useTranslation('deadlines');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<DecisionFormValues>();
  const decide = useDecideExtension();
  const other = useProblemOnForm(form, decide.error, DECISION_FIELDS);
  const decision = Form.useWatch('decision', form) ?? initialDecision;
  const dueDate = request.previousDueDate;
  const conflict = isConflict(decide.error);

  const rule = (field: (typeof DECISION_FIELDS)[number]) => ({
    validator: (_: unknown, value: unknown) => {
      const key = decisionErrors({ ...form.getFieldsValue(), [field]: value }, dueDate)[field];
      return key
        ? Promise.reject(new Error(t(key as never, { date: formatDate(dueDate) })))
        : Promise.resolve();
    },
  });

  const submit = (values: DecisionFormValues) =>
    decide.mutate(
      { id: request.id as number, body: toDecision(values, request.version ?? 0) },
      {
        onSuccess: (decided) => {
          message.success(
            values.decision === 'APPROVE'
              ? t('decision.approved', { date: formatDate(decided?.approvedDueDate) })
              : t('decision.rejected'),
          );
          onClose();
        },
        onError: (error) => {
          // decided or withdrawn by someone else: show the lists as they are now
          if (isConflict(error)) void queryClient.invalidateQueries({ queryKey: [DEADLINES_KEY] });
        },
      },
    );

  return (
    <Modal
      open
      title={t('decision.title', { code: request.taskCode ?? '' })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('decision.submit')}
      cancelText={tc('common.cancel')}
      confirmLoading={decide.isPending}
      okButtonProps={{
        danger: decision === 'REJECT',
        disabled: conflict,
        ...({ 'data-testid': 'decision-submit' } as Record<string, string>),
      }}
      width={640}
      destroyOnHidden
      data-testid="decision-modal"
    >
      <Flex vertical gap="middle">
        <Descriptions
          size="small"
          column={1}
          bordered
          title={t('decision.request')}
          items={[
            {
              key: 'task',
              label: t('queue.columns.task'),
              children: (
                <>
                  <strong>{request.taskCode}</strong> {request.taskContent}
                </>
              ),
            },
            {
              key: 'unit',
              label: t('queue.columns.unit'),
              children: `${request.unit?.name ?? ''}${
                request.role ? ` (${tc(`assignmentRole.${request.role}`)})` : ''
              }`,
            },
            {
              key: 'current',
              label: t('queue.columns.currentDueDate'),
              children: formatDate(request.previousDueDate),
            },
            {
              key: 'requested',
              label: t('queue.columns.requestedDueDate'),
              children: <strong>{formatDate(request.requestedDueDate)}</strong>,
            },
            {
              key: 'reason',
              label: t('queue.columns.reason'),
              children: <span style={{ whiteSpace: 'pre-line' }}>{request.reason}</span>,
            },
            {
              key: 'by',
              label: t('queue.columns.requested'),
              children: t('queue.by', {
                name: request.requestedByName || request.requestedBy || '',
                at: formatTimestamp(request.requestedAt),
              }),
            },
          ]}
        />
        {conflict ? (
          <RefusedAlert
            error={decide.error}
            title={t('decision.conflictTitle')}
            extra={t('decision.conflictRefreshed')}
          />
        ) : (
          <SaveError error={decide.error} otherFieldErrors={other} />
        )}
        <Form<DecisionFormValues>
          form={form}
          layout="vertical"
          name="extension-decision"
          initialValues={{
            decision: initialDecision,
            approvedDueDate: fromIsoDate(request.requestedDueDate) ?? null,
          }}
          onFinish={submit}
          // another decision: the note is judged again when it is sent
          onValuesChange={(changed: Partial<DecisionFormValues>) => {
            if ('decision' in changed) form.setFields([{ name: 'note', errors: [] }]);
          }}
        >
          <Form.Item name="decision" label={t('decision.decision')}>
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={[
                { value: 'APPROVE', label: t('queue.approve') },
                { value: 'REJECT', label: t('queue.reject') },
              ]}
              data-testid="decision-choice"
            />
          </Form.Item>
          {decision === 'APPROVE' && (
            <Form.Item
              name="approvedDueDate"
              label={t('decision.approvedDueDate')}
              extra={t('decision.approvedHint')}
              rules={[rule('approvedDueDate')]}
            >
              <DatePicker
                format={DATE_FORMAT}
                disabledDate={notAfterDueDate(dueDate)}
                style={{ width: 200 }}
                data-testid="decision-date"
              />
            </Form.Item>
          )}
          <Form.Item
            name="note"
            label={t('decision.note')}
            required={decision === 'REJECT'}
            rules={[rule('note')]}
          >
            <Input.TextArea
              autoSize={{ minRows: 2, maxRows: 6 }}
              maxLength={2000}
              showCount
              placeholder={
                decision === 'REJECT'
                  ? t('decision.noteRejectPlaceholder')
                  : t('decision.noteApprovePlaceholder')
              }
              data-testid="decision-note"
            />
          </Form.Item>
        </Form>
      </Flex>
    </Modal>
  );
}
