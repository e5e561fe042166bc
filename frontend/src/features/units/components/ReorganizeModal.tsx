import { useState } from 'react';
import dayjs, { type Dayjs } from 'dayjs';
import {
  Alert,
  App,
  Button,
  DatePicker,
  Descriptions,
  Flex,
  Form,
  Input,
  Modal,
  Radio,
  Result,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { useProblemOnForm } from '../../../api/formProblem';
import { SaveError } from '../../../api/SaveError';
import type { ReorganizationAction, ReorganizationResult, Unit } from '../../../api/types';
import { DATE_FORMAT, fromIsoDate, toIsoDate, todayInProvince } from '../../../lib/dates';
import { useReorganizeUnit } from '../hooks/useUnitAdmin';
import { UnitSingleSelect } from './UnitPickers';

interface Values {
  action: ReorganizationAction;
  successorId?: number;
  newName?: string;
  newShortName?: string;
  effectiveDate?: Dayjs;
}

const FIELDS = ['action', 'successorId', 'newName', 'newShortName', 'effectiveDate'] as const;

/** Merge a unit into its successor, or rename it; then shows what moved. */
export function ReorganizeModal({ unit, onClose }: { unit: Unit; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const reorganize = useReorganizeUnit();
  const other = useProblemOnForm(form, reorganize.error, FIELDS);
  const action = Form.useWatch('action', form);
  const [result, setResult] = useState<ReorganizationResult | undefined>();

  const submit = (values: Values) =>
    reorganize.mutate(
      {
        id: unit.id as number,
        body: {
          action: values.action,
          successorId: values.action === 'MERGE' ? values.successorId : undefined,
          newName: values.action === 'RENAME' ? values.newName?.trim() : undefined,
          newShortName:
            values.action === 'RENAME' ? values.newShortName?.trim() || undefined : undefined,
          effectiveDate: toIsoDate(values.effectiveDate) as string,
        },
      },
      {
        onSuccess: (answer) => {
          setResult(answer);
          message.success(t('reorg.resultTitle'));
        },
      },
    );

  return (
    <Modal
      open
      title={t('reorg.title', { name: unit.name })}
      onCancel={onClose}
      destroyOnHidden
      data-testid="reorganize"
      footer={
        result ? (
          <Button type="primary" onClick={onClose}>
            {t('common.close')}
          </Button>
        ) : (
          <>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button
              type="primary"
              danger={action === 'MERGE'}
              loading={reorganize.isPending}
              onClick={() => form.submit()}
              data-testid="reorganize-submit"
            >
              {t('reorg.submit')}
            </Button>
          </>
        )
      }
    >
      {result ? (
        <Result
          status="success"
          title={t('reorg.resultTitle')}
          data-testid="reorganize-result"
          extra={
            <Descriptions
              column={1}
              size="small"
              bordered
              items={[
                { key: 'unit', label: t('reorg.unit'), children: result.unit?.name ?? unit.name },
                ...(result.successor
                  ? [
                      {
                        key: 'successor',
                        label: t('reorg.successorUnit'),
                        children: result.successor.name,
                      },
                    ]
                  : []),
                {
                  key: 'moved',
                  label: t('reorg.moved'),
                  children: (
                    <span data-testid="reorganize-moved">{result.movedAssignments ?? 0}</span>
                  ),
                },
                {
                  key: 'groups',
                  label: t('reorg.updatedGroups'),
                  children: result.updatedGroups ?? 0,
                },
                {
                  key: 'cancelled',
                  label: t('reorg.cancelledDuplicates'),
                  children: (
                    <span data-testid="reorganize-cancelled">
                      {result.cancelledDuplicates ?? 0}
                    </span>
                  ),
                },
              ]}
            />
          }
        />
      ) : (
        <Flex vertical gap="middle">
          <SaveError error={reorganize.error} otherFieldErrors={other} />
          <Form<Values>
            form={form}
            layout="vertical"
            initialValues={{
              action: 'MERGE',
              effectiveDate: fromIsoDate(todayInProvince()) ?? dayjs(),
              newName: unit.name,
              newShortName: unit.shortName ?? undefined,
            }}
            onFinish={submit}
          >
            <Form.Item name="action" label={t('reorg.action')}>
              <Radio.Group
                optionType="button"
                buttonStyle="solid"
                options={(['MERGE', 'RENAME'] as const).map((a) => ({
                  value: a,
                  label: t(`reorg.${a}`),
                }))}
                data-testid="reorganize-action"
              />
            </Form.Item>
            {action !== 'RENAME' ? (
              <>
                <Alert
                  type="warning"
                  showIcon
                  title={t('reorg.mergeHint')}
                  style={{ marginBottom: 16 }}
                />
                <Form.Item
                  name="successorId"
                  label={t('reorg.successor')}
                  rules={[
                    { required: true, message: t('reorg.requiredSuccessor') },
                    {
                      validator: (_, value?: number) =>
                        value !== undefined && value === unit.id
                          ? Promise.reject(new Error(t('reorg.sameUnit')))
                          : Promise.resolve(),
                    },
                  ]}
                >
                  <UnitSingleSelect exclude={unit.id} data-testid="reorganize-successor" />
                </Form.Item>
              </>
            ) : (
              <>
                <Form.Item
                  name="newName"
                  label={t('reorg.newName')}
                  rules={[{ required: true, whitespace: true, message: t('reorg.requiredName') }]}
                >
                  <Input maxLength={255} data-testid="reorganize-new-name" />
                </Form.Item>
                <Form.Item name="newShortName" label={t('reorg.newShortName')}>
                  <Input maxLength={100} />
                </Form.Item>
              </>
            )}
            <Form.Item
              name="effectiveDate"
              label={t('reorg.effectiveDate')}
              rules={[{ required: true, message: t('reorg.requiredDate') }]}
            >
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Form>
        </Flex>
      )}
    </Modal>
  );
}
