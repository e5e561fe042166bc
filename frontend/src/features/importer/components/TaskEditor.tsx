import { useEffect } from 'react';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Input,
  Popconfirm,
  Select,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '../../../lib/dates';
import type { ImportTask, ImportTaskEdit, ImportUnitMatch } from '../api';
import { UnitMatchList } from './UnitMatchList';

const KINDS = ['DEADLINE', 'ONGOING', 'PERIODIC'] as const;
const RECURRENCES = ['MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY'] as const;
const LEVELS = ['UBND_TINH', 'HDND_TINH', 'TINH_UY', 'THU_TUONG'] as const;

interface Values {
  content: string;
  kind?: (typeof KINDS)[number];
  recurrence?: (typeof RECURRENCES)[number];
  dueDate?: ReturnType<typeof fromIsoDate>;
  expectedOutput?: string;
  approvalLevel?: string;
}

interface Props {
  task: ImportTask;
  editable: boolean;
  saving: boolean;
  onSave: (edit: ImportTaskEdit) => void;
}

/** Pick = the match list with one unresolved entry replaced by the chosen unit; the rest kept as they are. */
function picks(matches: ImportUnitMatch[], index: number, unitId: number) {
  return matches
    .map((m, i) =>
      i === index
        ? { unitId }
        : m.groupId != null
          ? { groupId: m.groupId }
          : m.unitId != null
            ? { unitId: m.unitId }
            : null,
    )
    .filter((p): p is { unitId: number } | { groupId: number } => p !== null);
}

/** The selected task's fields and units; every change is sent as one PATCH of this task. */
export function TaskEditor({ task, editable, saving, onSave }: Props) {
  const { t } = useTranslation('importer');
  const { t: tCommon } = useTranslation();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  useEffect(() => {
    form.setFieldsValue({
      content: task.content ?? '',
      kind: (task.kind ?? undefined) as Values['kind'],
      recurrence: (task.recurrence ?? undefined) as Values['recurrence'],
      dueDate: fromIsoDate(task.dueDate),
      expectedOutput: task.expectedOutput ?? undefined,
      approvalLevel: task.approvalLevel ?? undefined,
    });
  }, [form, task]);

  const save = (values: Values) =>
    onSave({
      code: task.code as string,
      content: values.content,
      ...(task.heading
        ? {}
        : {
            kind: values.kind,
            recurrence: values.kind === 'PERIODIC' ? values.recurrence : undefined,
            dueDate: values.kind === 'DEADLINE' ? toIsoDate(values.dueDate) : undefined,
            expectedOutput: values.expectedOutput ?? '',
            approvalLevel: values.approvalLevel ?? '',
          }),
    });

  const lead = task.lead ?? [];
  const coordinating = task.coordinating ?? [];
  return (
    <Card
      size="small"
      data-testid="task-editor"
      title={
        <span>
          {task.code}{' '}
          <Typography.Text type="secondary">
            {t('draft.line', { from: task.firstLine, to: task.lastLine })}
          </Typography.Text>
        </span>
      }
    >
      {task.heading && (
        <Alert type="info" showIcon title={t('task.heading')} style={{ marginBottom: 8 }} />
      )}
      <Form form={form} layout="vertical" disabled={!editable} onFinish={save}>
        <Form.Item name="content" label={t('task.content')} rules={[{ required: true }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} data-testid="task-content" />
        </Form.Item>
        {!task.heading && (
          <Flex gap={12} wrap>
            <Form.Item name="kind" label={t('task.kind')} style={{ minWidth: 160 }}>
              <Select
                options={KINDS.map((k) => ({ value: k, label: tCommon(`kind.${k}`) }))}
                data-testid="task-kind"
              />
            </Form.Item>
            {kind === 'DEADLINE' && (
              <Form.Item name="dueDate" label={t('task.dueDate')}>
                <DatePicker format={DATE_FORMAT} data-testid="task-due" />
              </Form.Item>
            )}
            {kind === 'PERIODIC' && (
              <Form.Item name="recurrence" label={t('task.recurrence')} style={{ minWidth: 160 }}>
                <Select
                  options={RECURRENCES.map((r) => ({
                    value: r,
                    label: tCommon(`recurrence.${r}`),
                  }))}
                />
              </Form.Item>
            )}
            <Form.Item
              name="approvalLevel"
              label={t('task.approvalLevel')}
              style={{ minWidth: 200 }}
            >
              <Select
                allowClear
                options={LEVELS.map((l) => ({ value: l, label: tCommon(`approvalLevel.${l}`) }))}
              />
            </Form.Item>
          </Flex>
        )}
        {task.deadlineText && (
          <Typography.Paragraph type="secondary">
            {t('task.deadlineText', { text: task.deadlineText })}
          </Typography.Paragraph>
        )}
        {!task.heading && (
          <Form.Item name="expectedOutput" label={t('task.expectedOutput')}>
            <Input />
          </Form.Item>
        )}
        <Form.Item
          label={
            <span>
              {t('task.lead')}
              {task.unitsInherited && (
                <Typography.Text type="secondary"> · {t('task.inherited')}</Typography.Text>
              )}
            </span>
          }
        >
          <UnitMatchList
            testId="lead-units"
            matches={lead}
            onPick={
              editable
                ? (index, unitId) =>
                    onSave({ code: task.code as string, lead: picks(lead, index, unitId) })
                : undefined
            }
          />
        </Form.Item>
        <Form.Item label={t('task.coordinating')}>
          <UnitMatchList
            testId="coordinating-units"
            matches={coordinating}
            onPick={
              editable
                ? (index, unitId) =>
                    onSave({
                      code: task.code as string,
                      coordinating: picks(coordinating, index, unitId),
                    })
                : undefined
            }
          />
        </Form.Item>
        {editable && (
          <Flex gap={8}>
            <Button type="primary" htmlType="submit" loading={saving} data-testid="task-save">
              {t('task.save')}
            </Button>
            <Popconfirm
              title={t('task.remove')}
              onConfirm={() => onSave({ code: task.code as string, remove: true })}
            >
              <Button danger>{t('task.remove')}</Button>
            </Popconfirm>
          </Flex>
        )}
      </Form>
    </Card>
  );
}
