import { App, Button, Card, Col, Flex, Form, Row, Select, TreeSelect, Typography } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useProblemOnForm } from '../../../api/formProblem';
import { SaveError } from '../../../api/SaveError';
import { useDirectives, useDirectiveTree } from '../../directives/hooks/useDirectives';
import { directiveLabel } from '../../directives/labels';
import { treeOptions } from '../../directives/tree';
import { AssignmentFields, TaskFields } from '../components/TaskFormFields';
import { useCreateTask } from '../hooks/useTasks';
import {
  CREATE_FIELDS,
  toTaskCreate,
  type AssignmentFormValues,
  type TaskFormValues,
} from '../taskForm';

type Values = TaskFormValues & AssignmentFormValues;

function positiveInt(value: string | null): number | undefined {
  return value && /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : undefined;
}

/** "Giao nhiệm vụ mới": coordinators and administrators (`/tasks/new?directiveId=…`). */
export function TaskCreatePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form] = Form.useForm<Values>();
  const create = useCreateTask();
  const other = useProblemOnForm(form, create.error, CREATE_FIELDS);
  const directives = useDirectives();
  const directiveId = Form.useWatch('directiveId', form);
  const tree = useDirectiveTree(directiveId);

  const submit = (values: Values) =>
    create.mutate(toTaskCreate(values), {
      onSuccess: (task) => {
        message.success(t('taskForm.created', { code: task.code }));
        navigate(`/tasks/${task.id}`);
      },
    });

  return (
    <Flex vertical gap="middle" data-testid="task-create">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('taskForm.createTitle')}
      </Typography.Title>
      <SaveError error={create.error} otherFieldErrors={other} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          directiveId: positiveInt(params.get('directiveId')),
          parentId: positiveInt(params.get('parentId')),
          kind: 'DEADLINE',
          priority: 'NORMAL',
          leadUnitIds: [],
          leadGroupIds: [],
          coordinatingUnitIds: [],
          coordinatingGroupIds: [],
        }}
        onFinish={submit}
        scrollToFirstError
      >
        <Card title={t('taskForm.taskSection')} style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name="directiveId"
                label={t('taskForm.directive')}
                rules={[{ required: true, message: t('taskForm.requiredDirective') }]}
              >
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  loading={directives.isFetching}
                  options={(directives.data?.items ?? []).map((d) => ({
                    value: d.id as number,
                    label: directiveLabel(d, t),
                  }))}
                  onChange={() => form.setFieldValue('parentId', undefined)}
                  data-testid="task-form-directive"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="parentId" label={t('taskForm.parent')}>
                <TreeSelect
                  allowClear
                  showSearch
                  treeNodeFilterProp="title"
                  disabled={!directiveId}
                  loading={tree.isFetching}
                  placeholder={t('taskForm.parentPlaceholder')}
                  treeData={treeOptions(tree.data?.nodes)}
                  data-testid="task-form-parent"
                />
              </Form.Item>
            </Col>
          </Row>
          <TaskFields />
        </Card>
        <Card title={t('taskForm.assignmentsSection')} style={{ marginBottom: 16 }}>
          <AssignmentFields />
        </Card>
        <Flex gap="small" justify="flex-end">
          <Button onClick={() => navigate(-1)}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            htmlType="submit"
            loading={create.isPending}
            data-testid="task-create-submit"
          >
            {t('taskForm.submitCreate')}
          </Button>
        </Flex>
      </Form>
    </Flex>
  );
}
