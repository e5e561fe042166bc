import { useState } from 'react';
import { App, Button, Flex, Form, Input, Modal, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../../api/ApiContext';
import { unwrap } from '../../../api/client';
import { ErrorAlert } from '../../../api/ErrorAlert';
import { useProblemOnForm } from '../../../api/formProblem';
import { SaveError } from '../../../api/SaveError';
import type { UnitGroup, UnitGroupDetail } from '../../../api/types';
import { useCreateGroup, useUnitGroup, useUpdateGroup } from '../hooks/useUnitAdmin';
import { UnitMultiSelect } from './UnitPickers';

interface Values {
  code?: string;
  name?: string;
  description?: string;
  memberIds?: number[];
}

const FIELDS = ['code', 'name', 'description', 'memberIds'] as const;

function valuesOf(group: UnitGroupDetail | undefined): Values {
  return {
    code: group?.code,
    name: group?.name,
    description: group?.description ?? undefined,
    memberIds: (group?.members ?? [])
      .map((m) => m.id)
      .filter((id): id is number => id !== undefined),
  };
}

/** A group of explicitly chosen units (groups defined by a unit type are not edited here). */
export function GroupFormModal({ group, onClose }: { group?: UnitGroup; onClose: () => void }) {
  const { t } = useTranslation();
  const detail = useUnitGroup(group?.id);
  return (
    <Modal
      open
      title={group ? t('groups.editTitle', { name: group.name }) : t('groups.createTitle')}
      onCancel={onClose}
      footer={null}
      width={720}
      destroyOnHidden
      data-testid="group-form"
    >
      {group && detail.isPending && <Skeleton active />}
      {group && detail.isError && (
        <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />
      )}
      {(!group || detail.data) && (
        <GroupForm group={group ? detail.data : undefined} onClose={onClose} />
      )}
    </Modal>
  );
}

function GroupForm({ group, onClose }: { group?: UnitGroupDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useApiClient();
  const [form] = Form.useForm<Values>();
  const create = useCreateGroup();
  const update = useUpdateGroup();
  const editing = group !== undefined;
  const mutation = editing ? update : create;
  const other = useProblemOnForm(form, mutation.error, FIELDS);
  const [version, setVersion] = useState(group?.version ?? 0);
  const [known, setKnown] = useState(group?.members ?? []);

  const submit = (values: Values) => {
    const body = {
      name: (values.name ?? '').trim(),
      description: values.description?.trim() || undefined,
      memberIds: values.memberIds ?? [],
    };
    const done = (saved: UnitGroupDetail) => {
      message.success(
        t(editing ? 'groups.saved' : 'groups.created', { name: saved.name ?? body.name }),
      );
      onClose();
    };
    if (editing)
      update.mutate({ id: group.id as number, body: { ...body, version } }, { onSuccess: done });
    else create.mutate({ ...body, code: (values.code ?? '').trim() }, { onSuccess: done });
  };

  const reloadLatest = async () => {
    if (!group?.id) return;
    const fresh = unwrap(
      await client.GET('/api/v1/unit-groups/{id}', { params: { path: { id: group.id } } }),
    );
    update.reset();
    setVersion(fresh.version ?? 0);
    setKnown(fresh.members ?? []);
    form.resetFields();
    form.setFieldsValue(valuesOf(fresh));
    message.info(t('conflict.reloaded'));
  };

  return (
    <Flex vertical gap="middle">
      <SaveError
        error={mutation.error}
        otherFieldErrors={other}
        onReload={() => void reloadLatest()}
      />
      <Form<Values> form={form} layout="vertical" initialValues={valuesOf(group)} onFinish={submit}>
        <Form.Item
          name="code"
          label={t('groups.code')}
          rules={[
            {
              required: !editing,
              pattern: /^[A-Z0-9_-]+$/,
              message: t('groups.requiredCode'),
            },
          ]}
        >
          <Input maxLength={32} disabled={editing} data-testid="group-code" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('groups.name')}
          rules={[{ required: true, whitespace: true, message: t('groups.requiredName') }]}
        >
          <Input maxLength={255} data-testid="group-name" />
        </Form.Item>
        <Form.Item name="description" label={t('groups.description')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={1000} />
        </Form.Item>
        <Form.Item name="memberIds" label={t('groups.members')}>
          <UnitMultiSelect known={known} data-testid="group-members" />
        </Form.Item>
        <Flex justify="flex-end" gap="small">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            htmlType="submit"
            loading={mutation.isPending}
            data-testid="group-save"
          >
            {t('common.save')}
          </Button>
        </Flex>
      </Form>
    </Flex>
  );
}
