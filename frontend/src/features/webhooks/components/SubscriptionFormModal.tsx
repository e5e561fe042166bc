import { App, Checkbox, Form, Input, Modal, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProblemOnForm } from '../../../api/formProblem';
import { SaveError } from '../../../api/SaveError';
import { EVENT_TYPES, type EventType, type WebhookSubscription } from '../../../api/types';
import { useCreateSubscription, useUpdateSubscription } from '../hooks/useWebhooks';

interface Values {
  url?: string;
  description?: string;
  eventTypes?: EventType[];
  secret?: string;
  active?: boolean;
}

const FIELDS = ['url', 'description', 'eventTypes', 'secret', 'active'] as const;

interface Props {
  /** the subscription being edited; undefined to add one */
  subscription?: WebhookSubscription;
  onClose: () => void;
}

/**
 * Adds or edits a subscription. The secret is write-only: on edit an empty field keeps it. The
 * server's field errors land on the fields; a stale version (409) is explained by SaveError.
 */
export function SubscriptionFormModal({ subscription, onClose }: Props) {
  const { t } = useTranslation('webhooks');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateSubscription();
  const update = useUpdateSubscription();
  const editing = subscription?.id !== undefined;
  const mutation = editing ? update : create;
  const other = useProblemOnForm(form, mutation.error, FIELDS);

  const submit = (values: Values) => {
    const common = {
      url: values.url?.trim() ?? '',
      description: values.description?.trim() || undefined,
      eventTypes: values.eventTypes ?? [],
      active: values.active ?? true,
    };
    const done = () => {
      void message.success(t('saved'));
      onClose();
    };
    if (editing) {
      update.mutate(
        {
          id: subscription.id as number,
          body: {
            ...common,
            secret: values.secret || undefined,
            version: subscription.version ?? 0,
          },
        },
        { onSuccess: done },
      );
    } else {
      create.mutate({ ...common, secret: values.secret ?? '' }, { onSuccess: done });
    }
  };

  return (
    <Modal
      open
      title={editing ? t('form.editTitle') : t('form.createTitle')}
      okText={t('form.save')}
      cancelText={t('form.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      destroyOnHidden
      width={640}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          url: subscription?.url,
          description: subscription?.description,
          eventTypes: subscription?.eventTypes ?? [],
          active: subscription?.active ?? true,
        }}
        data-testid="webhook-form"
      >
        <Form.Item
          name="url"
          label={t('form.url')}
          rules={[
            { required: true, whitespace: true, type: 'url', message: t('form.urlRequired') },
          ]}
        >
          <Input
            placeholder="https://vanban.hatinh.gov.vn/dondoc/webhook"
            data-testid="webhook-url"
          />
        </Form.Item>
        <Form.Item name="description" label={t('form.description')} rules={[{ max: 300 }]}>
          <Input data-testid="webhook-description" />
        </Form.Item>
        <Form.Item
          name="eventTypes"
          label={t('form.eventTypes')}
          rules={[{ required: true, type: 'array', min: 1, message: t('form.eventTypesRequired') }]}
        >
          <Checkbox.Group
            data-testid="webhook-event-types"
            options={EVENT_TYPES.map((type) => ({ value: type, label: t(`eventType.${type}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="secret"
          label={t('form.secret')}
          extra={
            editing
              ? t('form.secretKeep', { hint: subscription?.secretHint ?? '' })
              : t('form.secretHelp')
          }
          rules={[
            { required: !editing, message: t('form.secretLength') },
            { min: 16, max: 200, message: t('form.secretLength') },
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="webhook-secret" />
        </Form.Item>
        <Form.Item name="active" label={t('form.activeLabel')} valuePropName="checked">
          <Switch data-testid="webhook-active" />
        </Form.Item>
      </Form>
      <SaveError error={mutation.error} otherFieldErrors={other} />
    </Modal>
  );
}
