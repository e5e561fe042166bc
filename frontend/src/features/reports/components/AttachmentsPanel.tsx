import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Empty,
  Flex,
  Popconfirm,
  Typography,
  Upload,
  type UploadFile,
  type UploadProps,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../../api/ApiContext';
import { unwrap } from '../../../api/client';
import { ApiError, userMessage } from '../../../api/problem';
import { useAuth } from '../../../auth/AuthContext';
import { formatTimestamp } from '../../../lib/dates';
import { useDeleteAttachment } from '../hooks/useReports';
import {
  ATTACHMENT_ACCEPT,
  MAX_ATTACHMENT_BYTES,
  formatBytes,
  saveBlob,
  uploadAttachment,
} from '../lib/upload';
import type { ReportAttachment } from '../types';

interface Props {
  /** undefined until the draft is saved the first time */
  reportId: number | undefined;
  attachments: readonly ReportAttachment[];
  /** the report is a draft or returned, and the viewer is the unit's staff */
  editable: boolean;
  onUploaded: (attachment: ReportAttachment) => void;
}

interface UploadFailure {
  uid: string;
  name: string;
  message: string;
}

/**
 * The report's files: upload with a progress bar (XMLHttpRequest with the bearer token),
 * download (fetched with the token, then saved), delete while the report can still change.
 */
export function AttachmentsPanel({ reportId, attachments, editable, onUploaded }: Props) {
  const { t } = useTranslation('reports');
  const { t: tCommon } = useTranslation();
  const { message } = App.useApp();
  const auth = useAuth();
  const client = useApiClient();
  const remove = useDeleteAttachment(reportId);
  const [uploading, setUploading] = useState<UploadFile[]>([]);
  const [failures, setFailures] = useState<UploadFailure[]>([]);
  const [downloadError, setDownloadError] = useState<unknown>();

  const failureMessage = (error: unknown, name: string) => {
    if (error instanceof ApiError && !error.problem?.detail) {
      if (error.status === 413) return t('attachments.tooLarge', { name });
      if (error.status === 415) return t('attachments.unsupported', { name });
    }
    return userMessage(error, tCommon).message;
  };

  const customRequest: UploadProps['customRequest'] = (options) => {
    const file = options.file as File & { uid: string };
    if (reportId === undefined) return;
    const controller = new AbortController();
    uploadAttachment({
      reportId,
      file,
      getToken: auth.getToken,
      signal: controller.signal,
      onProgress: (percent) => {
        setUploading((list) =>
          list.map((f) => (f.uid === file.uid ? { ...f, percent, status: 'uploading' } : f)),
        );
        options.onProgress?.({ percent });
      },
    }).then(
      (attachment) => {
        setUploading((list) => list.filter((f) => f.uid !== file.uid));
        onUploaded(attachment);
        message.success(t('attachments.uploaded', { name: attachment.fileName ?? file.name }));
      },
      (error: unknown) => {
        setUploading((list) => list.filter((f) => f.uid !== file.uid));
        if (error instanceof DOMException && error.name === 'AbortError') return;
        const text = failureMessage(error, file.name);
        setFailures((list) => [...list, { uid: file.uid, name: file.name, message: text }]);
      },
    );
    // the upload stops when the page is left
    return { abort: () => controller.abort() };
  };

  const beforeUpload: UploadProps['beforeUpload'] = (file) => {
    if (file.size > MAX_ATTACHMENT_BYTES) {
      setFailures((list) => [
        ...list,
        { uid: file.uid, name: file.name, message: t('attachments.tooLarge', { name: file.name }) },
      ]);
      return Upload.LIST_IGNORE;
    }
    setUploading((list) => [
      ...list,
      { uid: file.uid, name: file.name, status: 'uploading', percent: 0 },
    ]);
    return true;
  };

  const download = async (attachment: ReportAttachment) => {
    setDownloadError(undefined);
    try {
      const blob = unwrap(
        await client.GET('/api/v1/reports/{id}/attachments/{attachmentId}', {
          params: { path: { id: reportId as number, attachmentId: attachment.id as number } },
          parseAs: 'blob',
        }),
      ) as Blob;
      saveBlob(blob, attachment.fileName ?? 'tep-dinh-kem');
    } catch (error) {
      setDownloadError(error);
    }
  };

  return (
    <Flex vertical gap="small" data-testid="attachments">
      {failures.map((failure) => (
        <Alert
          key={failure.uid}
          type="error"
          showIcon
          closable={{
            onClose: () => setFailures((list) => list.filter((f) => f.uid !== failure.uid)),
          }}
          data-testid="upload-error"
          title={t('attachments.uploadError', { name: failure.name })}
          description={failure.message}
        />
      ))}
      {downloadError !== undefined && (
        <Alert
          type="error"
          showIcon
          data-testid="download-error"
          title={t('attachments.downloadError')}
          description={userMessage(downloadError, tCommon).message}
        />
      )}
      {editable && (
        <Flex vertical gap={4}>
          <Upload
            name="file"
            multiple
            accept={ATTACHMENT_ACCEPT}
            disabled={reportId === undefined}
            fileList={uploading}
            beforeUpload={beforeUpload}
            customRequest={customRequest}
            onRemove={(file) => setUploading((list) => list.filter((f) => f.uid !== file.uid))}
            data-testid="upload"
          >
            <Button disabled={reportId === undefined} data-testid="upload-button">
              {t('attachments.upload')}
            </Button>
          </Upload>
          <Typography.Text type="secondary">
            {reportId === undefined ? t('attachments.saveFirst') : t('attachments.hint')}
          </Typography.Text>
        </Flex>
      )}
      {attachments.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('attachments.empty')} />
      ) : (
        <ul
          style={{
            listStyle: 'none',
            margin: 0,
            padding: 0,
            border: '1px solid #f0f0f0',
            borderRadius: 6,
          }}
          data-testid="attachment-list"
        >
          {attachments.map((attachment, index) => (
            <li
              key={attachment.id ?? attachment.fileName}
              data-testid="attachment"
              data-file-name={attachment.fileName}
              style={{
                padding: '8px 12px',
                borderTop: index === 0 ? undefined : '1px solid #f0f0f0',
              }}
            >
              <Flex justify="space-between" align="center" gap="small" wrap>
                <Flex vertical>
                  <Typography.Text strong>{attachment.fileName}</Typography.Text>
                  <Typography.Text type="secondary">
                    {[
                      formatBytes(attachment.sizeBytes),
                      attachment.uploadedBy,
                      formatTimestamp(attachment.createdAt),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Typography.Text>
                </Flex>
                <Flex gap={4}>
                  <Button
                    type="link"
                    size="small"
                    onClick={() => void download(attachment)}
                    data-testid="attachment-download"
                  >
                    {t('attachments.download')}
                  </Button>
                  {editable && (
                    <Popconfirm
                      title={t('attachments.deleteConfirm', { name: attachment.fileName })}
                      okText={t('attachments.delete')}
                      cancelText={tCommon('common.cancel')}
                      onConfirm={() =>
                        remove.mutateAsync(attachment.id as number).then(
                          () => void message.success(t('attachments.deleted')),
                          (error: unknown) =>
                            void message.error(userMessage(error, tCommon).message),
                        )
                      }
                    >
                      <Button type="link" size="small" danger data-testid="attachment-delete">
                        {t('attachments.delete')}
                      </Button>
                    </Popconfirm>
                  )}
                </Flex>
              </Flex>
            </li>
          ))}
        </ul>
      )}
    </Flex>
  );
}
