import { Col, DatePicker, Form, Input, Radio, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  APPROVAL_LEVELS,
  PRIORITIES,
  RECURRENCES,
  TASK_KINDS,
  type UnitRef,
} from '../../../api/types';
import { DATE_FORMAT } from '../../../lib/dates';
import { GroupMultiSelect, UnitMultiSelect } from '../../units/components/UnitPickers';

/** The task's own fields, shared by "Giao nhiệm vụ mới" and "Sửa nhiệm vụ". */
export function TaskFields() {
  const { t } = useTranslation();
  const kind = Form.useWatch('kind');
  const approvalLevel = Form.useWatch('approvalLevel');
  const approvalOptions = APPROVAL_LEVELS.map((level) => ({
    value: level as string,
    label: t(`approvalLevel.${level}`),
  }));
  // a level written by another system is shown as it is
  if (approvalLevel && !approvalOptions.some((o) => o.value === approvalLevel))
    approvalOptions.push({ value: approvalLevel, label: approvalLevel });

  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            name="code"
            label={t('taskForm.code')}
            rules={[{ required: true, whitespace: true, message: t('taskForm.requiredCode') }]}
          >
            <Input
              maxLength={40}
              placeholder={t('taskForm.codePlaceholder')}
              data-testid="task-form-code"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item name="field" label={t('taskForm.field')}>
            <Input
              maxLength={200}
              placeholder={t('taskForm.fieldPlaceholder')}
              data-testid="task-form-field"
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="content"
        label={t('taskForm.content')}
        rules={[{ required: true, whitespace: true, message: t('taskForm.requiredContent') }]}
      >
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 10 }}
          maxLength={10000}
          data-testid="task-form-content"
        />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="kind" label={t('taskForm.kind')} rules={[{ required: true }]}>
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={TASK_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
              data-testid="task-form-kind"
            />
          </Form.Item>
        </Col>
        {kind === 'PERIODIC' && (
          <Col xs={24} md={12}>
            <Form.Item
              name="recurrence"
              label={t('taskForm.recurrence')}
              rules={[{ required: true, message: t('taskForm.requiredRecurrence') }]}
            >
              <Select
                options={RECURRENCES.map((r) => ({ value: r, label: t(`recurrence.${r}`) }))}
                data-testid="task-form-recurrence"
              />
            </Form.Item>
          </Col>
        )}
      </Row>
      <Row gutter={16}>
        {kind !== 'ONGOING' && (
          <Col xs={24} md={8}>
            <Form.Item
              name="dueDate"
              label={t('taskForm.dueDate')}
              rules={[{ required: kind === 'DEADLINE', message: t('taskForm.requiredDueDate') }]}
            >
              <DatePicker
                format={DATE_FORMAT}
                style={{ width: '100%' }}
                data-testid="task-form-due-date"
              />
            </Form.Item>
          </Col>
        )}
        <Col xs={24} md={8}>
          <Form.Item name="priority" label={t('taskForm.priority')}>
            <Select
              options={PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) }))}
              data-testid="task-form-priority"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="approvalLevel" label={t('taskForm.approvalLevel')}>
            <Select allowClear options={approvalOptions} data-testid="task-form-approval" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="expectedOutput" label={t('taskForm.expectedOutput')}>
        <Input
          maxLength={500}
          placeholder={t('taskForm.expectedOutputPlaceholder')}
          data-testid="task-form-output"
        />
      </Form.Item>
    </>
  );
}

/** Lead and coordinating units and groups: at least one lead unit or group. */
export function AssignmentFields({ known = [] }: { known?: readonly UnitRef[] }) {
  const { t } = useTranslation();
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item
          name="leadUnitIds"
          label={t('taskForm.leadUnits')}
          dependencies={['leadGroupIds']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, value?: number[]) =>
                (value?.length ?? 0) + (getFieldValue('leadGroupIds')?.length ?? 0) > 0
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('taskForm.requiredLead'))),
            }),
          ]}
        >
          <UnitMultiSelect known={known} data-testid="task-form-lead-units" />
        </Form.Item>
        <Form.Item name="leadGroupIds" label={t('taskForm.leadGroups')}>
          <GroupMultiSelect data-testid="task-form-lead-groups" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="coordinatingUnitIds" label={t('taskForm.coordinatingUnits')}>
          <UnitMultiSelect known={known} data-testid="task-form-coordinating-units" />
        </Form.Item>
        <Form.Item name="coordinatingGroupIds" label={t('taskForm.coordinatingGroups')}>
          <GroupMultiSelect data-testid="task-form-coordinating-groups" />
        </Form.Item>
      </Col>
    </Row>
  );
}
