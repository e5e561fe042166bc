import { useEffect, useRef, useState } from 'react';
import {
  App,
  Button,
  Card,
  Checkbox,
  Flex,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Typography,
} from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../api/ErrorAlert';
import { SaveError } from '../../../api/SaveError';
import { useProblemOnForm } from '../../../api/formProblem';
import { isConflict } from '../../../api/problem';
import { useAutosave } from '../hooks/useAutosave';
import { REPORTS_KEY, reportKeys, useProgressReportApi } from '../hooks/useReports';
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
import { SavedIndicator } from './SavedIndicator';

/** Quiet time after typing before the draft is saved. */
export const AUTOSAVE_DELAY_MS = 1500;

/** The draft could not be saved, so it is not submitted (the autosave shows why). */
class DraftNotSaved extends Error {}

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
  const { message } = App.useApp();
  const api = useProgressReportApi();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<DraftValues>();
  const container = useRef<HTMLDivElement>(null);
  const reportId = useRef<number | undefined>(report?.id);
  /** the same id, for rendering: undefined until the first save created the report */
  const [savedId, setSavedId] = useState<number | undefined>(report?.id);
  const version = useRef<number>(report?.version ?? 0);
  const [createAction] = useState(() => new IdempotentAction());
  const [submitAction] = useState(() => new IdempotentAction());
  /** the body of a creation that failed: a retry sends it again, with the same key */
  const pendingCreate = useRef<DraftValues | undefined>(undefined);
  const [initialValues] = useState<DraftValues>(
    () => handoff?.values ?? (report ? fromReport(report) : EMPTY_DRAFT),
  );

  const autosave = useAutosave<DraftValues>({
    delayMs: autosaveMs,
    stored: report ? fromReport(report) : undefined,
    savedAt: handoff ? new Date(handoff.savedAt) : undefined,
    stopsOn: isConflict,
    save: async (values) => {
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
          autosave.stop();
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
      queryClient.setQueryData<ProgressReport>(reportKeys.report(updated.id), (old) => ({
        ...updated,
        attachments: updated.attachments ?? old?.attachments,
      }));
      return values;
    },
  });

  // the page that created the report handed over what was typed since: save it, keep the focus
  useEffect(() => {
    if (!handoff) return;
    restoreFocus(handoff.focus);
    if (report && JSON.stringify(fromReport(report)) !== JSON.stringify(handoff.values)) {
      autosave.change(handoff.values);
    }
    // once, on mount
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const saveError = autosave.state.status === 'error' ? autosave.state.error : undefined;
  const otherFieldErrors = useProblemOnForm(form, saveError, DRAFT_FIELDS);

  const onValuesChange = (changed: Partial<DraftValues>) => {
    if (changed.claimsCompletion === true) form.setFieldValue('percentComplete', 100);
    const values = normalizeDraft(form.getFieldsValue(true));
    if (values) autosave.change(values);
  };

  const reloadLatest = async () => {
    const fresh = await reload?.();
    if (!fresh) return;
    version.current = fresh.version ?? 0;
    const values = fromReport(fresh);
    form.setFieldsValue(values);
    autosave.reset(values);
  };

  const submit = useMutation<ProgressReport, Error>({
    mutationFn: async () => {
      if (!(await autosave.flush()) || reportId.current === undefined) throw new DraftNotSaved();
      return api.submit(reportId.current, submitAction.current());
    },
    onSuccess: (submitted) => {
      submitAction.succeeded();
      autosave.stop();
      queryClient.setQueryData<ProgressReport>(reportKeys.report(submitted.id), (old) => ({
        ...submitted,
        attachments: submitted.attachments ?? old?.attachments,
      }));
      void queryClient.invalidateQueries({ queryKey: [REPORTS_KEY] });
      message.success(t('submit.done'));
    },
  });

  const addAttachment = (attachment: ReportAttachment) =>
    queryClient.setQueryData<ProgressReport>(reportKeys.report(savedId), (old) =>
      old ? { ...old, attachments: [...(old.attachments ?? []), attachment] } : old,
    );

  return (
    <Flex vertical gap="middle" ref={container} data-testid="report-editor">
      <Flex justify="space-between" align="center" gap="middle" wrap>
        <SavedIndicator state={autosave.state} onRetry={() => void autosave.flush()} />
        {canSubmit ? (
          <Popconfirm
            title={t('submit.confirmTitle')}
            description={<div style={{ maxWidth: 320 }}>{t('submit.confirmDetail')}</div>}
            okText={t('submit.confirm')}
            okButtonProps={{ 'data-testid': 'submit-confirm' } as Record<string, string>}
            onConfirm={() => submit.mutate()}
            disabled={savedId === undefined}
          >
            <Button
              type="primary"
              loading={submit.isPending}
              disabled={savedId === undefined}
              data-testid="submit-report"
            >
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
          onReload={reload ? () => void reloadLatest() : undefined}
        />
      )}
      {submit.error && !(submit.error instanceof DraftNotSaved) && (
        <ErrorAlert error={submit.error} title={t('submit.error')} />
      )}
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
