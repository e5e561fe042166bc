import { Alert, App, Flex, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProblemOnForm } from '../../../api/formProblem';
import { SaveError } from '../../../api/SaveError';
import type { TaskDetail, UnitRef } from '../../../api/types';
import { usePlanAssignments } from '../hooks/useTasks';
import {
  ASSIGNMENT_FIELDS,
  taskToAssignmentValues,
  toAssignmentPlan,
  type AssignmentFormValues,
} from '../taskForm';
import { AssignmentFields } from './TaskFormFields';

interface Props {
  task: TaskDetail;
  open: boolean;
  onClose: () => void;
  reload: () => Promise<TaskDetail | undefined>;
}

/** "Giao/điều chỉnh đơn vị": the full list of lead and coordinating units and groups. */
export function AssignmentPlanModal({ task, open, onClose, reload }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<AssignmentFormValues>();
  const plan = usePlanAssignments(task.id as number);
  const other = useProblemOnForm(form, plan.error, ASSIGNMENT_FIELDS);
  const known: UnitRef[] = (task.assignments ?? [])
    .map((a) => a.unit)
    .filter((u): u is UnitRef => !!u);

  const submit = (values: AssignmentFormValues) =>
    plan.mutate(toAssignmentPlan(values, task.version ?? 0), {
      onSuccess: () => {
        message.success(t('taskForm.assigned'));
        onClose();
      },
    });

  const reloadLatest = async () => {
    const fresh = await reload();
    plan.reset();
    if (fresh) {
      form.resetFields();
      form.setFieldsValue(taskToAssignmentValues(fresh));
      message.info(t('conflict.reloaded'));
    }
  };

  return (
    <Modal
      open={open}
      title={t('taskForm.assignTitle', { code: task.code })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={plan.isPending}
      okButtonProps={{ 'data-testid': 'assign-save' } as Record<string, string>}
      width={860}
      destroyOnHidden
      data-testid="assign-units"
    >
      <Flex vertical gap="middle">
        <Alert type="info" showIcon title={t('taskForm.assignHint')} />
        <SaveError
          error={plan.error}
          otherFieldErrors={other}
          onReload={() => void reloadLatest()}
        />
        <Form<AssignmentFormValues>
          form={form}
          layout="vertical"
          initialValues={taskToAssignmentValues(task)}
          onFinish={submit}
        >
          <AssignmentFields known={known} />
        </Form>
      </Flex>
    </Modal>
  );
}
