import { useState } from 'react';
import { Card, Empty, Flex, Form, Input, InputNumber, Tag, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AUTOSAVE_DELAY_MS, useAutosaveDraft } from '../hooks/useAutosaveDraft';
import { periodicKeys, usePeriodicReportApi } from '../hooks/usePeriodic';
import {
  PERIODIC_FIELDS,
  fromPeriodic,
  normalizePeriodic,
  toPeriodicEdit,
  type PeriodicValues,
} from '../lib/periodicForm';
import type { PeriodicReport } from '../types';
import { DraftBar } from './DraftBar';

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
  const api = usePeriodicReportApi();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<PeriodicValues>();
  const [initialValues] = useState(() => fromPeriodic(report));
  const items = report.items ?? [];
  const cache = (updated: PeriodicReport) =>
    queryClient.setQueryData(periodicKeys.report(updated.id), updated);

  const draft = useAutosaveDraft<PeriodicValues, PeriodicReport>({
    form,
    fields: PERIODIC_FIELDS,
    delayMs: autosaveMs,
    version: report.version ?? 0,
    stored: initialValues,
    normalize: normalizePeriodic,
    valuesOf: fromPeriodic,
    reload,
    save: async (values, { version }) => {
      const updated = await api.update(
        report.id as number,
        toPeriodicEdit(values, version.current),
      );
      version.current = updated.version ?? version.current + 1;
      cache(updated);
      return values;
    },
    submit: (key) => api.submit(report.id as number, key),
    onSubmitted: cache,
  });

  return (
    <Flex vertical gap="middle" data-testid="periodic-editor">
      <DraftBar draft={draft} canSubmit={canSubmit} />
      <Form<PeriodicValues>
        form={form}
        name="periodic"
        layout="vertical"
        initialValues={initialValues}
        onValuesChange={draft.change}
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
