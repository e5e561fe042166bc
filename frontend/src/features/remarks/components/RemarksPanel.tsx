import { useState } from 'react';
import {
  App,
  Button,
  Card,
  Empty,
  Flex,
  Form,
  Input,
  List,
  Select,
  Skeleton,
  Space,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../../api/ApiContext';
import { unwrap } from '../../../api/client';
import { ErrorAlert } from '../../../api/ErrorAlert';
import { SaveError } from '../../../api/SaveError';
import { userMessage } from '../../../api/problem';
import { uploadMultipart } from '../../../api/upload';
import type { Assignment, Remark, RemarkAnswer } from '../../../api/types';
import { useAuth } from '../../../auth/AuthContext';
import { formatTimestamp } from '../../../lib/dates';
import { useMe } from '../../me/useMe';
import { ATTACHMENT_ACCEPT, MAX_ATTACHMENT_BYTES, saveBlob } from '../../reports/lib/upload';
import {
  useAnswerRemark,
  useCreateRemark,
  useTaskRemarks,
  useUpdateRemark,
} from '../hooks/useRemarks';

/** The longest remark or answer (RemarkCreate.text maxLength in openapi.yaml). */
export const REMARK_MAX = 4000;

interface Props {
  taskId: number;
  /** the task's assignments: a supervisor may address one unit's share */
  assignments: readonly Assignment[];
}

/**
 * "Ý kiến giám sát" on a task: the remarks the caller may read with the units' answers; a
 * supervisor writes a new one (on the task or one unit's share, with an optional file); the unit
 * concerned answers; authors edit their text. Never shown to the public.
 */
export function RemarksPanel({ taskId, assignments }: Props) {
  const { t } = useTranslation('remarks');
  const auth = useAuth();
  const me = useMe();
  const roles = me.data?.roles ?? auth.roles;
  const supervisor = roles.includes('supervisor');
  const remarks = useTaskRemarks(taskId);

  return (
    <Card size="small" title={t('panel.title')} data-testid="remarks-panel">
      <Flex vertical gap="middle">
        <Typography.Text type="secondary">{t('panel.intro')}</Typography.Text>
        {remarks.isError && (
          <ErrorAlert error={remarks.error} onRetry={() => void remarks.refetch()} />
        )}
        {remarks.isPending ? (
          <Skeleton active paragraph={{ rows: 2 }} />
        ) : (remarks.data ?? []).length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('panel.empty')} />
        ) : (
          <List
            itemLayout="vertical"
            dataSource={remarks.data ?? []}
            rowKey={(r) => String(r.id)}
            data-testid="remarks-list"
            renderItem={(remark) => <RemarkItem taskId={taskId} remark={remark} />}
          />
        )}
        {supervisor && <NewRemarkForm taskId={taskId} assignments={assignments} />}
      </Flex>
    </Card>
  );
}

function RemarkItem({ taskId, remark }: { taskId: number; remark: Remark }) {
  const { t } = useTranslation('remarks');
  const [answering, setAnswering] = useState(false);
  const answers = remark.answers ?? [];
  return (
    <List.Item data-testid="remark" data-remark-id={remark.id}>
      <Flex vertical gap={4}>
        <Space wrap size={4}>
          <Tag color={remark.unit ? 'magenta' : 'purple'} data-testid="remark-target">
            {remark.unit ? t('panel.onShare', { unit: remark.unit.name }) : t('panel.onTask')}
          </Tag>
          <Typography.Text strong>{remark.authorUnit?.name ?? remark.authorName}</Typography.Text>
          <Typography.Text type="secondary">{formatTimestamp(remark.createdAt)}</Typography.Text>
        </Space>
        <Entry taskId={taskId} entry={remark} canEdit={remark.canEdit === true} />
        <Typography.Text type="secondary" style={{ marginTop: 8 }}>
          {t('panel.answers')}
        </Typography.Text>
        {answers.length === 0 ? (
          <Typography.Text type="secondary" italic data-testid="remark-no-answer">
            {t('panel.noAnswer')}
          </Typography.Text>
        ) : (
          answers.map((a) => (
            <Flex
              key={a.id}
              vertical
              gap={2}
              style={{ borderLeft: '3px solid #f0f0f0', paddingLeft: 12 }}
              data-testid="remark-answer"
            >
              <Space wrap size={4}>
                <Typography.Text strong>{a.authorUnit?.name ?? a.authorName}</Typography.Text>
                <Typography.Text type="secondary">{formatTimestamp(a.createdAt)}</Typography.Text>
              </Space>
              <Entry taskId={taskId} entry={a} />
            </Flex>
          ))
        )}
        {remark.canAnswer &&
          (answering ? (
            <AnswerForm
              taskId={taskId}
              remarkId={remark.id as number}
              onDone={() => setAnswering(false)}
            />
          ) : (
            <Button
              size="small"
              onClick={() => setAnswering(true)}
              data-testid="remark-answer-open"
            >
              {t('answer.open')}
            </Button>
          ))}
      </Flex>
    </List.Item>
  );
}

/** The text of a remark or answer, its file, and (for its author) an edit form with the version read. */
function Entry({
  taskId,
  entry,
  canEdit,
}: {
  taskId: number;
  entry: Remark | RemarkAnswer;
  /** for an answer, decided from the signed-in user */
  canEdit?: boolean;
}) {
  const { t } = useTranslation('remarks');
  const auth = useAuth();
  const client = useApiClient();
  const { message } = App.useApp();
  const update = useUpdateRemark(taskId);
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(entry.text ?? '');
  const mine = canEdit ?? entry.authorUsername === auth.username;

  const download = async () => {
    const blob = unwrap(
      await client.GET('/api/v1/remarks/{id}/attachment', {
        params: { path: { id: entry.id as number } },
        parseAs: 'blob',
      }),
    ) as Blob;
    saveBlob(blob, entry.file?.fileName ?? 'tep-dinh-kem');
  };

  if (editing) {
    return (
      <Flex vertical gap={4}>
        <Input.TextArea
          value={text}
          maxLength={REMARK_MAX}
          showCount
          autoSize={{ minRows: 2, maxRows: 8 }}
          onChange={(e) => setText(e.target.value)}
          aria-label={t('form.text')}
        />
        <Space>
          <Button
            type="primary"
            size="small"
            loading={update.isPending}
            disabled={!text.trim()}
            onClick={() =>
              update.mutate(
                { id: entry.id as number, text, version: entry.version as number },
                {
                  onSuccess: () => {
                    setEditing(false);
                    void message.success(t('edit.saved'));
                  },
                },
              )
            }
          >
            {t('edit.save')}
          </Button>
          <Button size="small" onClick={() => setEditing(false)}>
            {t('edit.cancel')}
          </Button>
        </Space>
        <SaveError error={update.error} otherFieldErrors={[]} onReload={() => update.reset()} />
      </Flex>
    );
  }
  return (
    <Flex vertical gap={2}>
      <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-line' }} data-testid="remark-text">
        {entry.text}
      </Typography.Paragraph>
      <Space size={4} wrap>
        {entry.file && (
          <Button type="link" size="small" style={{ padding: 0 }} onClick={() => void download()}>
            {t('panel.file', { name: entry.file.fileName })}
          </Button>
        )}
        {entry.updatedAt !== entry.createdAt && (
          <Typography.Text type="secondary">({t('panel.edited')})</Typography.Text>
        )}
        {mine && (
          <Button type="link" size="small" onClick={() => setEditing(true)}>
            {t('edit.open')}
          </Button>
        )}
      </Space>
    </Flex>
  );
}

function AnswerForm({
  taskId,
  remarkId,
  onDone,
}: {
  taskId: number;
  remarkId: number;
  onDone: () => void;
}) {
  const { t } = useTranslation('remarks');
  const { message } = App.useApp();
  const answer = useAnswerRemark(taskId);
  const [form] = Form.useForm<{ text: string }>();
  return (
    <Form
      form={form}
      layout="vertical"
      data-testid="remark-answer-form"
      onFinish={(values) =>
        answer.mutate(
          { remarkId, text: values.text },
          {
            onSuccess: () => {
              void message.success(t('answer.sent'));
              onDone();
            },
          },
        )
      }
    >
      <Form.Item
        name="text"
        label={t('answer.text')}
        rules={[{ required: true, whitespace: true, message: t('answer.textRequired') }]}
      >
        <Input.TextArea maxLength={REMARK_MAX} showCount autoSize={{ minRows: 2, maxRows: 8 }} />
      </Form.Item>
      <SaveError error={answer.error} otherFieldErrors={[]} onReload={() => answer.reset()} />
      <Space>
        <Button type="primary" htmlType="submit" loading={answer.isPending}>
          {t('answer.submit')}
        </Button>
        <Button onClick={onDone}>{t('answer.cancel')}</Button>
      </Space>
    </Form>
  );
}

function NewRemarkForm({ taskId, assignments }: Props) {
  const { t } = useTranslation('remarks');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const auth = useAuth();
  const create = useCreateRemark(taskId);
  const [form] = Form.useForm<{ text: string; assignmentId?: number }>();
  const [file, setFile] = useState<File | undefined>();

  const submit = (values: { text: string; assignmentId?: number }) =>
    create.mutate(
      { text: values.text, assignmentId: values.assignmentId },
      {
        onSuccess: async (remark) => {
          form.resetFields();
          if (file && remark.id !== undefined) {
            try {
              await uploadMultipart({
                path: `/api/v1/remarks/${remark.id}/attachment`,
                file,
                getToken: auth.getToken,
              });
            } catch (error) {
              void message.error(
                t('form.attachFailed', { message: userMessage(error, tc).message }),
              );
            }
            setFile(undefined);
            void create.reset();
          }
          void message.success(t('form.created'));
        },
      },
    );

  return (
    <Form form={form} layout="vertical" onFinish={submit} data-testid="remark-form">
      <Typography.Text strong>{t('form.newTitle')}</Typography.Text>
      <Form.Item name="assignmentId" label={t('form.target')}>
        <Select
          allowClear
          placeholder={t('form.wholeTask')}
          data-testid="remark-target-select"
          options={assignments.map((a) => ({ value: a.id, label: a.unit?.name ?? String(a.id) }))}
        />
      </Form.Item>
      <Form.Item
        name="text"
        label={t('form.text')}
        rules={[{ required: true, whitespace: true, message: t('form.textRequired') }]}
      >
        <Input.TextArea
          maxLength={REMARK_MAX}
          showCount
          autoSize={{ minRows: 3, maxRows: 10 }}
          data-testid="remark-text-input"
        />
      </Form.Item>
      <Form.Item label={t('form.attach')}>
        <Upload
          accept={ATTACHMENT_ACCEPT}
          maxCount={1}
          beforeUpload={(f) => {
            if (f.size <= MAX_ATTACHMENT_BYTES) setFile(f);
            return false;
          }}
          onRemove={() => setFile(undefined)}
          fileList={file ? [{ uid: 'remark-file', name: file.name, status: 'done' }] : []}
        >
          <Button size="small">{t('form.attach')}</Button>
        </Upload>
      </Form.Item>
      <SaveError error={create.error} otherFieldErrors={[]} onReload={() => create.reset()} />
      <Button
        type="primary"
        htmlType="submit"
        loading={create.isPending}
        data-testid="remark-submit"
      >
        {t('form.submit')}
      </Button>
    </Form>
  );
}
