import { App, Flex, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProblemOnForm } from '../../../api/formProblem';
import { SaveError } from '../../../api/SaveError';
import type { TaskDetail } from '../../../api/types';
import { useUpdateTask } from '../hooks/useTasks';
import { TASK_FIELDS, taskToFormValues, toTaskUpdate, type TaskFormValues } from '../taskForm';
import { TaskFields } from './TaskFormFields';

interface Props {
  task: TaskDetail;
  open: boolean;
  onClose: () => void;
  /** fetches the task again (after a 409) and resolves with the fresh one */
  reload: () => Promise<TaskDetail | undefined>;
}

/** "Sửa nhiệm vụ": sends the version that was read; a stale version answers 409. */
export function TaskEditModal({ task, open, onClose, reload }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TaskFormValues>();
  const update = useUpdateTask(task.id as number);
  const other = useProblemOnForm(form, update.error, TASK_FIELDS);

  const submit = (values: TaskFormValues) =>
    update.mutate(toTaskUpdate(values, task.version ?? 0), {
      onSuccess: () => {
        message.success(t('taskForm.saved'));
        onClose();
      },
    });

  const reloadLatest = async () => {
    const fresh = await reload();
    update.reset();
    if (fresh) {
      form.resetFields();
      form.setFieldsValue(taskToFormValues(fresh));
      message.info(t('conflict.reloaded'));
    }
  };

  return (
    <Modal
      open={open}
      title={t('taskForm.editTitle', { code: task.code })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={update.isPending}
      okButtonProps={{ 'data-testid': 'task-edit-save' } as Record<string, string>}
      width={860}
      destroyOnHidden
      data-testid="task-edit"
    >
      <Flex vertical gap="middle">
        <SaveError
          error={update.error}
          otherFieldErrors={other}
          onReload={() => void reloadLatest()}
        />
        <Form<TaskFormValues>
          form={form}
          layout="vertical"
          initialValues={taskToFormValues(task)}
          onFinish={submit}
        >
          <TaskFields />
        </Form>
      </Flex>
    </Modal>
  );
}
