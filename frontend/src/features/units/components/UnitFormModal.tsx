import { useState } from 'react';
import { App, Flex, Form, Input, Modal, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../../api/ApiContext';
import { unwrap } from '../../../api/client';
import { useProblemOnForm } from '../../../api/formProblem';
import { SaveError } from '../../../api/SaveError';
import { UNIT_TYPES, type Unit, type UnitType } from '../../../api/types';
import { useCreateUnit, useUpdateUnit } from '../hooks/useUnitAdmin';
import { UnitSingleSelect } from './UnitPickers';

interface Values {
  code?: string;
  name?: string;
  shortName?: string;
  type?: UnitType;
  parentId?: number;
  active?: boolean;
}

const FIELDS = ['code', 'name', 'shortName', 'type', 'parentId', 'active'] as const;

function valuesOf(unit: Unit | undefined): Values {
  return unit
    ? {
        code: unit.code,
        name: unit.name,
        shortName: unit.shortName ?? undefined,
        type: unit.type,
        parentId: unit.parentId ?? undefined,
        active: unit.active ?? true,
      }
    : { type: 'DEPARTMENT', active: true };
}

/** Create a unit, or edit one with the version that was read (409 when it is stale). */
export function UnitFormModal({ unit, onClose }: { unit?: Unit; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useApiClient();
  const [form] = Form.useForm<Values>();
  const create = useCreateUnit();
  const update = useUpdateUnit();
  const editing = unit !== undefined;
  const mutation = editing ? update : create;
  const other = useProblemOnForm(form, mutation.error, FIELDS);
  const [version, setVersion] = useState(unit?.version ?? 0);

  const submit = (values: Values) => {
    const name = (values.name ?? '').trim();
    const shortName = values.shortName?.trim() || undefined;
    const done = (saved: Unit) => {
      message.success(
        t(editing ? 'unitAdmin.saved' : 'unitAdmin.created', { name: saved.name ?? name }),
      );
      onClose();
    };
    if (editing) {
      update.mutate(
        {
          id: unit.id as number,
          body: {
            name,
            shortName,
            type: values.type as UnitType,
            parentId: values.parentId,
            active: values.active ?? true,
            version,
          },
        },
        { onSuccess: done },
      );
    } else {
      create.mutate(
        {
          code: (values.code ?? '').trim(),
          name,
          shortName,
          type: values.type as UnitType,
          parentId: values.parentId,
        },
        { onSuccess: done },
      );
    }
  };

  const reloadLatest = async () => {
    if (!unit?.id) return;
    const fresh = unwrap(
      await client.GET('/api/v1/units/{id}', { params: { path: { id: unit.id } } }),
    );
    update.reset();
    setVersion(fresh.version ?? 0);
    form.resetFields();
    form.setFieldsValue(valuesOf(fresh));
    message.info(t('conflict.reloaded'));
  };

  return (
    <Modal
      open
      title={editing ? t('unitAdmin.editTitle', { name: unit.name }) : t('unitAdmin.createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={mutation.isPending}
      okButtonProps={{ 'data-testid': 'unit-save' } as Record<string, string>}
      destroyOnHidden
      data-testid="unit-form"
    >
      <Flex vertical gap="middle">
        <SaveError
          error={mutation.error}
          otherFieldErrors={other}
          onReload={() => void reloadLatest()}
        />
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={valuesOf(unit)}
          onFinish={submit}
        >
          <Form.Item
            name="code"
            label={t('unitAdmin.columns.code')}
            rules={[
              {
                required: !editing,
                pattern: /^[A-Z0-9_-]+$/,
                message: t('unitAdmin.requiredCode'),
              },
            ]}
          >
            <Input maxLength={32} disabled={editing} data-testid="unit-code" />
          </Form.Item>
          <Form.Item
            name="name"
            label={t('unitAdmin.columns.name')}
            rules={[{ required: true, whitespace: true, message: t('unitAdmin.requiredName') }]}
          >
            <Input maxLength={255} data-testid="unit-name" />
          </Form.Item>
          <Form.Item name="shortName" label={t('unitAdmin.columns.shortName')}>
            <Input maxLength={100} data-testid="unit-short-name" />
          </Form.Item>
          <Form.Item
            name="type"
            label={t('unitAdmin.columns.type')}
            rules={[{ required: true, message: t('unitAdmin.requiredType') }]}
          >
            <Select
              options={UNIT_TYPES.map((type) => ({ value: type, label: t(`unitType.${type}`) }))}
              data-testid="unit-type"
            />
          </Form.Item>
          <Form.Item name="parentId" label={t('unitAdmin.columns.parent')}>
            <UnitSingleSelect exclude={unit?.id} placeholder={t('unitAdmin.noParent')} />
          </Form.Item>
          {editing && (
            <Form.Item name="active" label={t('unitAdmin.columns.active')} valuePropName="checked">
              <Switch
                checkedChildren={t('unitAdmin.active')}
                unCheckedChildren={t('unitAdmin.inactive')}
                data-testid="unit-active"
              />
            </Form.Item>
          )}
        </Form>
      </Flex>
    </Modal>
  );
}
