import { App, Flex, Form, Input, InputNumber, Modal, Select, Slider } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProblemOnForm } from '../../../api/formProblem';
import { SaveError } from '../../../api/SaveError';
import { TASK_STATUSES, type Assignment, type TaskStatus } from '../../../api/types';
import { useUpdateAssignment } from '../hooks/useTasks';

interface Values {
  status: TaskStatus;
  percentComplete: number;
  note?: string;
}

interface Props {
  taskId: number;
  assignment: Assignment;
  onClose: () => void;
  /** fetches the task again: the assignment comes back with its latest version */
  reload: () => Promise<unknown>;
}

/** A unit reports its own assignment's status and percent (with the version it read). */
export function AssignmentProgressModal({ taskId, assignment, onClose, reload }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const update = useUpdateAssignment(taskId);
  const other = useProblemOnForm(form, update.error, ['status', 'percentComplete', 'note']);

  const submit = (values: Values) =>
    update.mutate(
      {
        id: assignment.id as number,
        body: {
          status: values.status,
          percentComplete: values.status === 'COMPLETED' ? 100 : values.percentComplete,
          note: values.note?.trim() || undefined,
          version: assignment.version ?? 0,
        },
      },
      {
        onSuccess: () => {
          message.success(t('taskForm.progressSaved'));
          onClose();
        },
      },
    );

  const reloadLatest = async () => {
    await reload();
    update.reset();
    message.info(t('conflict.reloaded'));
  };

  return (
    <Modal
      open
      title={t('taskForm.progressTitle', { unit: assignment.unit?.name ?? '' })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={update.isPending}
      okButtonProps={{ 'data-testid': 'progress-save' } as Record<string, string>}
      destroyOnHidden
      data-testid="progress-modal"
    >
      <Flex vertical gap="middle">
        <SaveError
          error={update.error}
          otherFieldErrors={other}
          onReload={() => void reloadLatest()}
        />
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{
            status: assignment.status ?? 'NOT_STARTED',
            percentComplete: assignment.percentComplete ?? 0,
          }}
          onFinish={submit}
        >
          <Form.Item name="status" label={t('taskForm.status')} rules={[{ required: true }]}>
            <Select
              options={TASK_STATUSES.filter(
                (s) => s !== 'CANCELLED' && s !== 'CLOSED_WITH_TASK',
              ).map((s) => ({
                value: s,
                label: t(`status.${s}`),
              }))}
              data-testid="progress-status"
            />
          </Form.Item>
          <Form.Item label={t('taskForm.percent')} required>
            <Flex gap="middle" align="center">
              <Form.Item name="percentComplete" noStyle>
                <Slider min={0} max={100} step={5} style={{ flex: 1 }} />
              </Form.Item>
              <Form.Item name="percentComplete" noStyle rules={[{ required: true }]}>
                <InputNumber min={0} max={100} suffix="%" data-testid="progress-percent" />
              </Form.Item>
            </Flex>
          </Form.Item>
          <Form.Item name="note" label={t('taskForm.note')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={500} />
          </Form.Item>
        </Form>
      </Flex>
    </Modal>
  );
}
