import { useState } from 'react';
import { FileWordOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, InputNumber, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError, userMessage } from '../../../api/problem';
import type { UnitRef } from '../../../api/types';
import { useUrgingLetter, type UrgingLetterOptions } from '../hooks/useUrgingLetter';

const DEFAULT_WORKING_DAYS = 5;

/**
 * "Tạo công văn đôn đốc" for a unit: a small form (number, symbol, signer, days to reply), then
 * the .docx is downloaded. Only for those who may write one (see URGING_WRITERS).
 */
export function UrgingLetterButton({
  unitId,
  unit,
  directiveId,
}: {
  unitId: number;
  /** the unit's name for the dialog's title, when known */
  unit?: UnitRef;
  directiveId?: number;
}) {
  const { t } = useTranslation('notifications');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<FileWordOutlined />} onClick={() => setOpen(true)} data-testid="urging-open">
        {t('urging.button')}
      </Button>
      {open && (
        <UrgingLetterModal
          unitId={unitId}
          unit={unit}
          directiveId={directiveId}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}

interface FormValues {
  number?: string;
  symbol?: string;
  signerAuthority?: string;
  signerTitle?: string;
  signerName?: string;
  responseWorkingDays?: number | null;
}

export function UrgingLetterModal({
  unitId,
  unit,
  directiveId,
  onClose,
}: {
  unitId: number;
  unit?: UnitRef;
  directiveId?: number;
  onClose: () => void;
}) {
  const { t } = useTranslation('notifications');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const letter = useUrgingLetter();

  const submit = (values: FormValues) => {
    const options: UrgingLetterOptions = {
      number: values.number,
      symbol: values.symbol,
      signerAuthority: values.signerAuthority,
      signerTitle: values.signerTitle,
      signerName: values.signerName,
      responseWorkingDays: values.responseWorkingDays ?? undefined,
      directiveId,
    };
    letter.mutate(
      { unitId, unitCode: unit?.code, options },
      {
        onSuccess: () => {
          void message.success(t('urging.downloaded'));
          onClose();
        },
      },
    );
  };

  const error = letter.error;
  const noOverdue = error instanceof ApiError && error.status === 422;

  return (
    <Modal
      open
      title={t('urging.title', { unit: unit?.name ?? unit?.code ?? `#${unitId}` })}
      onCancel={onClose}
      okText={t('urging.download')}
      cancelText={tc('common.cancel')}
      okButtonProps={{
        loading: letter.isPending,
        ...({ 'data-testid': 'urging-submit' } as Record<string, string>),
      }}
      onOk={() => form.submit()}
      destroyOnHidden
      data-testid="urging-modal"
    >
      <Typography.Paragraph type="secondary">{t('urging.intro')}</Typography.Paragraph>
      {error !== null && error !== undefined && (
        <Alert
          type={noOverdue ? 'info' : 'error'}
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          data-testid={noOverdue ? 'urging-no-overdue' : 'urging-error'}
          title={noOverdue ? t('urging.noOverdue') : t('urging.error')}
          description={userMessage(error, tc).message}
        />
      )}
      <Form<FormValues>
        form={form}
        layout="vertical"
        initialValues={{ responseWorkingDays: DEFAULT_WORKING_DAYS }}
        onFinish={submit}
        onValuesChange={() => letter.reset()}
        data-testid="urging-form"
      >
        <Form.Item name="number" label={t('urging.number')} extra={t('urging.numberHelp')}>
          <Input maxLength={20} data-testid="urging-number" />
        </Form.Item>
        <Form.Item name="symbol" label={t('urging.symbol')} extra={t('urging.symbolHelp')}>
          <Input maxLength={60} data-testid="urging-symbol" />
        </Form.Item>
        <Form.Item name="signerAuthority" label={t('urging.signerAuthority')}>
          <Input maxLength={100} placeholder="KT. GIÁM ĐỐC" data-testid="urging-authority" />
        </Form.Item>
        <Form.Item name="signerTitle" label={t('urging.signerTitle')}>
          <Input maxLength={100} placeholder="PHÓ GIÁM ĐỐC" data-testid="urging-title" />
        </Form.Item>
        <Form.Item name="signerName" label={t('urging.signerName')}>
          <Input maxLength={100} data-testid="urging-name" />
        </Form.Item>
        <Form.Item name="responseWorkingDays" label={t('urging.responseWorkingDays')}>
          <InputNumber min={1} max={60} precision={0} data-testid="urging-days" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
