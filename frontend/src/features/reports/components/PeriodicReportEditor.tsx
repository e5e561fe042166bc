import { useRef, useState } from 'react';
import {
  App,
  Button,
  Card,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Tag,
  Typography,
} from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../api/ErrorAlert';
import { SaveError } from '../../../api/SaveError';
import { useProblemOnForm } from '../../../api/formProblem';
import { isConflict } from '../../../api/problem';
import { useAutosave } from '../hooks/useAutosave';
import { periodicKeys, usePeriodicReportApi } from '../hooks/usePeriodic';
import { REPORTS_KEY } from '../hooks/useReports';
import { IdempotentAction } from '../lib/idempotency';
import {
  PERIODIC_FIELDS,
  fromPeriodic,
  normalizePeriodic,
  toPeriodicEdit,
  type PeriodicValues,
} from '../lib/periodicForm';
import type { PeriodicReport } from '../types';
import { AUTOSAVE_DELAY_MS } from './ProgressReportEditor';
import { SavedIndicator } from './SavedIndicator';

class DraftNotSaved extends Error {}

interface Props {
  report: PeriodicReport;
  canSubmit: boolean;
  autosaveMs?: number;
  reload: () => Promise<PeriodicReport | undefined>;
}

/**
 * The unit's periodic report: overall results, one line per assignment (pre-filled from the
 * progress reports of the period), difficulties and proposals. Autosaved with the version read;
 * the unit head signs it off.
 */
export function PeriodicReportEditor({
  report,
  canSubmit,
  autosaveMs = AUTOSAVE_DELAY_MS,
  reload,
}: Props) {
  const { t } = useTranslation('reports');
  const { message } = App.useApp();
  const api = usePeriodicReportApi();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<PeriodicValues>();
  const version = useRef(report.version ?? 0);
  const [submitAction] = useState(() => new IdempotentAction());
  const [initialValues] = useState(() => fromPeriodic(report));
  const items = report.items ?? [];

  const autosave = useAutosave<PeriodicValues>({
    delayMs: autosaveMs,
    stored: initialValues,
    stopsOn: isConflict,
    save: async (values) => {
      const updated = await api.update(
        report.id as number,
        toPeriodicEdit(values, version.current),
      );
      version.current = updated.version ?? version.current + 1;
      queryClient.setQueryData(periodicKeys.report(updated.id), updated);
      return values;
    },
  });
  const saveError = autosave.state.status === 'error' ? autosave.state.error : undefined;
  const otherFieldErrors = useProblemOnForm(form, saveError, PERIODIC_FIELDS);

  const onValuesChange = () => {
    const values = normalizePeriodic(form.getFieldsValue(true));
    if (values) autosave.change(values);
  };

  const reloadLatest = async () => {
    const fresh = await reload();
    if (!fresh) return;
    version.current = fresh.version ?? 0;
    const values = fromPeriodic(fresh);
    form.setFieldsValue(values);
    autosave.reset(values);
  };

  const submit = useMutation<PeriodicReport, Error>({
    mutationFn: async () => {
      if (!(await autosave.flush())) throw new DraftNotSaved();
      return api.submit(report.id as number, submitAction.current());
    },
    onSuccess: (submitted) => {
      submitAction.succeeded();
      autosave.stop();
      queryClient.setQueryData(periodicKeys.report(submitted.id), submitted);
      void queryClient.invalidateQueries({ queryKey: [REPORTS_KEY] });
      message.success(t('submit.done'));
    },
  });

  return (
    <Flex vertical gap="middle" data-testid="periodic-editor">
      <Flex justify="space-between" align="center" gap="middle" wrap>
        <SavedIndicator state={autosave.state} onRetry={() => void autosave.flush()} />
        {canSubmit ? (
          <Popconfirm
            title={t('submit.confirmTitle')}
            description={<div style={{ maxWidth: 320 }}>{t('submit.confirmDetail')}</div>}
            okText={t('submit.confirm')}
            okButtonProps={{ 'data-testid': 'submit-confirm' } as Record<string, string>}
            onConfirm={() => submit.mutate()}
          >
            <Button type="primary" loading={submit.isPending} data-testid="submit-report">
              {t('submit.button')}
            </Button>
          </Popconfirm>
        ) : (
          <Typography.Text type="secondary" data-testid="submit-hint">
            {t('submit.headOnly')}
          </Typography.Text>
        )}
      </Flex>
      {saveError !== undefined && (
        <SaveError
          error={saveError}
          otherFieldErrors={otherFieldErrors}
          onReload={() => void reloadLatest()}
        />
      )}
      {submit.error && !(submit.error instanceof DraftNotSaved) && (
        <ErrorAlert error={submit.error} title={t('submit.error')} />
      )}
      <Form<PeriodicValues>
        form={form}
        name="periodic"
        layout="vertical"
        initialValues={initialValues}
        onValuesChange={onValuesChange}
        data-testid="periodic-form"
      >
        <Card size="small" style={{ marginBottom: 16 }}>
          <Form.Item name="summary" label={t('periodic.summary')} style={{ marginBottom: 0 }}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} maxLength={20000} />
          </Form.Item>
        </Card>
        <Card size="small" title={t('periodic.items')} style={{ marginBottom: 16 }}>
          {items.length === 0 && <Empty description={t('periodic.itemsEmpty')} />}
          <Form.List name="items">
            {(fields) =>
              fields.map((field, index) => {
                const item = items[index];
                return (
                  <Flex
                    key={field.key}
                    vertical
                    gap={4}
                    style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}
                    data-testid="periodic-item"
                    data-task-code={item?.taskCode}
                  >
                    <Typography.Text>
                      <strong>{item?.taskCode}</strong>{' '}
                      {item?.role && <Tag>{t(`role.${item.role}`)}</Tag>}
                      {item?.taskContent}
                    </Typography.Text>
                    <Flex gap="middle" wrap align="flex-start">
                      <Form.Item
                        name={[field.name, 'progress']}
                        label={t('periodic.progress')}
                        style={{ flex: '1 1 420px', marginBottom: 8 }}
                      >
                        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={20000} />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'percentComplete']}
                        label={t('form.percentComplete')}
                        rules={[{ required: true, type: 'integer', min: 0, max: 100 }]}
                        style={{ marginBottom: 8 }}
                      >
                        <InputNumber min={0} max={100} precision={0} style={{ width: 140 }} />
                      </Form.Item>
                    </Flex>
                  </Flex>
                );
              })
            }
          </Form.List>
        </Card>
        <Card size="small">
          <Form.Item name="difficulties" label={t('form.difficulties')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} maxLength={20000} />
          </Form.Item>
          <Form.Item name="proposals" label={t('form.proposals')} style={{ marginBottom: 0 }}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} maxLength={20000} />
          </Form.Item>
        </Card>
      </Form>
    </Flex>
  );
}
