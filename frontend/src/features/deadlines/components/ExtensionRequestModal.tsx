import { App, DatePicker, Descriptions, Flex, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProblemOnForm } from '../../../api/formProblem';
import { isConflict } from '../../../api/problem';
import { SaveError } from '../../../api/SaveError';
import type { Assignment } from '../../../api/types';
import { DATE_FORMAT, formatDate } from '../../../lib/dates';
import { useRequestExtension } from '../hooks/useExtensions';
import {
  EXTENSION_FIELDS,
  extensionErrors,
  notAfterDueDate,
  toExtensionRequest,
  type ExtensionFormValues,
} from '../lib/extensionForm';
import { RefusedAlert } from './RefusedAlert';

interface Props {
  taskId: number | undefined;
  taskCode: string | undefined;
  assignment: Assignment;
  onClose: () => void;
  /** after a 409 (a request is already pending): fetch the pending requests again */
  onReload?: () => void;
}

/** "Đề nghị gia hạn": the unit proposes a date after its current due date, with a reason. */
export function ExtensionRequestModal({ taskId, taskCode, assignment, onClose, onReload }: Props) {
  const { t } = useTranslation('deadlines');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ExtensionFormValues>();
  const request = useRequestExtension();
  const other = useProblemOnForm(form, request.error, EXTENSION_FIELDS);
  const dueDate = assignment.dueDate;

  const rule = (field: (typeof EXTENSION_FIELDS)[number]) => ({
    validator: (_: unknown, value: unknown) => {
      const key = extensionErrors({ ...form.getFieldsValue(), [field]: value }, dueDate)[field];
      return key
        ? Promise.reject(new Error(t(key as never, { date: formatDate(dueDate) })))
        : Promise.resolve();
    },
  });

  const submit = (values: ExtensionFormValues) =>
    request.mutate(
      { assignmentId: assignment.id as number, taskId, body: toExtensionRequest(values) },
      {
        onSuccess: () => {
          message.success(t('extension.sent'));
          onClose();
        },
      },
    );

  return (
    <Modal
      open
      title={t('extension.title', { unit: assignment.unit?.name ?? '' })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('extension.send')}
      cancelText={tc('common.cancel')}
      confirmLoading={request.isPending}
      okButtonProps={{ 'data-testid': 'extension-submit' } as Record<string, string>}
      destroyOnHidden
      data-testid="extension-modal"
    >
      <Flex vertical gap="middle">
        <Descriptions
          size="small"
          column={1}
          bordered
          items={[
            { key: 'task', label: t('extension.task'), children: taskCode },
            {
              key: 'due',
              label: t('extension.currentDueDate'),
              children: <span data-testid="extension-current-due">{formatDate(dueDate)}</span>,
            },
          ]}
        />
        {isConflict(request.error) ? (
          <RefusedAlert
            error={request.error}
            onReload={
              onReload
                ? () => {
                    onReload();
                    onClose();
                  }
                : undefined
            }
          />
        ) : (
          <SaveError error={request.error} otherFieldErrors={other} />
        )}
        <Form<ExtensionFormValues>
          form={form}
          layout="vertical"
          name="extension-request"
          onFinish={submit}
        >
          <Form.Item
            name="requestedDueDate"
            label={t('extension.requestedDueDate')}
            required
            rules={[rule('requestedDueDate')]}
          >
            <DatePicker
              format={DATE_FORMAT}
              disabledDate={notAfterDueDate(dueDate)}
              style={{ width: 200 }}
              data-testid="extension-date"
            />
          </Form.Item>
          <Form.Item name="reason" label={t('extension.reason')} required rules={[rule('reason')]}>
            <Input.TextArea
              autoSize={{ minRows: 3, maxRows: 8 }}
              maxLength={2000}
              showCount
              placeholder={t('extension.reasonPlaceholder')}
              data-testid="extension-reason"
            />
          </Form.Item>
        </Form>
      </Flex>
    </Modal>
  );
}
