import { uploadMultipart, type MultipartUpload } from '../../../api/upload';
import type { ReportAttachment } from '../types';

/** The server's limit (20 MB); checked before sending so nobody waits for a refusal. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
/** What the file picker offers; the server decides by content, not by name. */
export const ATTACHMENT_ACCEPT =
  '.pdf,.docx,.xlsx,.odt,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg';

export interface UploadOptions extends Omit<MultipartUpload, 'path' | 'fields'> {
  reportId: number;
}

/**
 * Uploads one attachment of a report. Rejects with an ApiError carrying the problem details
 * (413 too large, 415 wrong type, 409 report already submitted...).
 */
export function uploadAttachment(options: UploadOptions): Promise<ReportAttachment> {
  const { reportId, ...upload } = options;
  return uploadMultipart<ReportAttachment>({
    ...upload,
    path: `/api/v1/reports/${reportId}/attachments`,
  });
}

/** Saves a downloaded file under its own name. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** 184320 → "180 KB" (binary units, one decimal under 10). */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes) || bytes < 0) return '';
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const text = value < 10 ? value.toFixed(1) : Math.round(value).toString();
  return `${text.replace(/\.0$/, '')} ${units[unit]}`;
}
