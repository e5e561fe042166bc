import { useEffect, useRef, useState } from 'react';
import { Card, Checkbox, Flex, Form, Input, InputNumber } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AUTOSAVE_DELAY_MS, DraftNotSaved, useAutosaveDraft } from '../hooks/useAutosaveDraft';
import { reportKeys, useProgressReportApi } from '../hooks/useReports';
import { IdempotentAction } from '../lib/idempotency';
import {
  DRAFT_FIELDS,
  EMPTY_DRAFT,
  captureFocus,
  fromReport,
  normalizeDraft,
  restoreFocus,
  toDraft,
  type DraftValues,
  type Handoff,
} from '../lib/progressForm';
import type { ProgressReport, ReportAttachment } from '../types';
import { AttachmentsPanel } from './AttachmentsPanel';
import { DraftBar } from './DraftBar';

interface Props {
  /** the report being edited; undefined for a new one (created by the first save) */
  report?: ProgressReport;
  assignmentId: number;
  /** the report's files, as the page reads them (the query cache is updated on upload) */
  attachments: readonly ReportAttachment[];
  /** the unit head signs the report off */
  canSubmit: boolean;
  autosaveMs?: number;
  /** values typed on the page that created the report, not all saved yet */
  handoff?: Handoff;
  /** the first save created the report: the page moves to its own address */
  onCreated?: (report: ProgressReport, handoff: Handoff) => void;
  /** fetches the report again (after a 409) */
  reload?: () => Promise<ProgressReport | undefined>;
}

/**
 * The progress report form. Every change is saved after a pause: the first save creates the
 * draft (POST with an Idempotency-Key kept for retries), later ones update it with the version
 * read (PUT; 409 when someone else saved meanwhile). The unit head signs it off ("Ký gửi").
 */
export function ProgressReportEditor({
  report,
  assignmentId,
  attachments,
  canSubmit,
  autosaveMs = AUTOSAVE_DELAY_MS,
  handoff,
  onCreated,
  reload,
}: Props) {
  const { t } = useTranslation('reports');
  const api = useProgressReportApi();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<DraftValues>();
  const container = useRef<HTMLDivElement>(null);
  const reportId = useRef<number | undefined>(report?.id);
  /** the same id, for rendering: undefined until the first save created the report */
  const [savedId, setSavedId] = useState<number | undefined>(report?.id);
  const [createAction] = useState(() => new IdempotentAction());
  /** the body of a creation that failed: a retry sends it again, with the same key */
  const pendingCreate = useRef<DraftValues | undefined>(undefined);
  const [initialValues] = useState<DraftValues>(
    () => handoff?.values ?? (report ? fromReport(report) : EMPTY_DRAFT),
  );
  /** the report as saved, keeping the files the page knows (a save does not return them) */
  const cache = (saved: ProgressReport) =>
    queryClient.setQueryData<ProgressReport>(reportKeys.report(saved.id), (old) => ({
      ...saved,
      attachments: saved.attachments ?? old?.attachments,
    }));

  const draft = useAutosaveDraft<DraftValues, ProgressReport>({
    form,
    fields: DRAFT_FIELDS,
    delayMs: autosaveMs,
    version: report?.version ?? 0,
    stored: report ? fromReport(report) : undefined,
    savedAt: handoff ? new Date(handoff.savedAt) : undefined,
    normalize: normalizeDraft,
    valuesOf: fromReport,
    reload,
    save: async (values, { version, stop }) => {
      if (reportId.current === undefined) {
        const body = pendingCreate.current ?? values;
        pendingCreate.current = body;
        const created = await api.create(assignmentId, toDraft(body), createAction.current());
        pendingCreate.current = undefined;
        createAction.succeeded();
        reportId.current = created.id;
        setSavedId(created.id);
        version.current = created.version ?? 0;
        queryClient.setQueryData(reportKeys.report(created.id), created);
        void queryClient.invalidateQueries({ queryKey: reportKeys.obligations() });
        if (onCreated) {
          // the page that shows the new report saves what was typed meanwhile
          stop();
          onCreated(created, {
            values: normalizeDraft(form.getFieldsValue(true)) ?? body,
            savedAt: new Date().toISOString(),
            focus: captureFocus(container.current),
          });
        }
        return body;
      }
      const updated = await api.update(reportId.current, {
        ...toDraft(values),
        version: version.current,
      });
      version.current = updated.version ?? version.current + 1;
      cache(updated);
      return values;
    },
    submit: (key) => {
      if (reportId.current === undefined) throw new DraftNotSaved();
      return api.submit(reportId.current, key);
    },
    onSubmitted: cache,
  });

  // the page that created the report handed over what was typed since: save it, keep the focus
  useEffect(() => {
    if (!handoff) return;
    restoreFocus(handoff.focus);
    if (report && JSON.stringify(fromReport(report)) !== JSON.stringify(handoff.values)) {
      draft.autosave.change(handoff.values);
    }
    // once, on mount
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onValuesChange = (changed: Partial<DraftValues>) => {
    if (changed.claimsCompletion === true) form.setFieldValue('percentComplete', 100);
    draft.change();
  };

  const addAttachment = (attachment: ReportAttachment) =>
    queryClient.setQueryData<ProgressReport>(reportKeys.report(savedId), (old) =>
      old ? { ...old, attachments: [...(old.attachments ?? []), attachment] } : old,
    );

  return (
    <Flex vertical gap="middle" ref={container} data-testid="report-editor">
      <DraftBar draft={draft} canSubmit={canSubmit} submitDisabled={savedId === undefined} />
      <Card size="small">
        <Form<DraftValues>
          form={form}
          name="report"
          layout="vertical"
          initialValues={initialValues}
          onValuesChange={onValuesChange}
          data-testid="report-form"
        >
          <Form.Item name="workDone" label={t('form.workDone')}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} maxLength={20000} />
          </Form.Item>
          <Form.Item name="results" label={t('form.results')}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} maxLength={20000} />
          </Form.Item>
          <Form.Item
            name="percentComplete"
            label={t('form.percentComplete')}
            rules={[{ required: true, type: 'integer', min: 0, max: 100 }]}
          >
            <InputNumber min={0} max={100} precision={0} style={{ width: 140 }} />
          </Form.Item>
          <Form.Item name="difficulties" label={t('form.difficulties')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} maxLength={20000} />
          </Form.Item>
          <Form.Item name="proposals" label={t('form.proposals')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} maxLength={20000} />
          </Form.Item>
          <Form.Item
            name="claimsCompletion"
            valuePropName="checked"
            extra={t('form.claimsCompletionHelp')}
            style={{ marginBottom: 0 }}
          >
            <Checkbox>{t('form.claimsCompletion')}</Checkbox>
          </Form.Item>
        </Form>
      </Card>
      <Card size="small" title={t('attachments.title')}>
        <AttachmentsPanel
          reportId={savedId}
          attachments={attachments}
          editable
          onUploaded={addAttachment}
        />
      </Card>
    </Flex>
  );
}
