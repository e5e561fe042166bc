import { ApiError, NetworkError, isProblem } from '../../../api/problem';
import type { ReportAttachment } from '../types';

/** The server's limit (20 MB); checked before sending so nobody waits for a refusal. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
/** What the file picker offers; the server decides by content, not by name. */
export const ATTACHMENT_ACCEPT =
  '.pdf,.docx,.xlsx,.odt,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg';

export interface UploadOptions {
  reportId: number;
  file: File;
  /** a fresh bearer token (the API client's middleware is not used by XMLHttpRequest) */
  getToken: () => Promise<string | undefined>;
  /** 0–100 while the body is being sent */
  onProgress?: (percent: number) => void;
  signal?: AbortSignal;
  /** the page's origin by default */
  baseUrl?: string;
  /** for tests */
  createRequest?: () => XMLHttpRequest;
}

/**
 * Uploads one attachment as multipart/form-data (field `file`) with XMLHttpRequest, which,
 * unlike fetch, reports upload progress. Rejects with an ApiError carrying the problem details
 * (413 too large, 415 wrong type, 409 report already submitted...).
 */
export async function uploadAttachment(options: UploadOptions): Promise<ReportAttachment> {
  const token = await options.getToken();
  const base = options.baseUrl ?? window.location.origin;
  const url = `${base}/api/v1/reports/${options.reportId}/attachments`;
  return new Promise<ReportAttachment>((resolve, reject) => {
    const xhr = options.createRequest?.() ?? new XMLHttpRequest();
    xhr.open('POST', url);
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) {
        options.onProgress?.(Math.min(100, Math.round((event.loaded * 100) / event.total)));
      }
    };
    xhr.onload = () => {
      const body = parseJson(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(body as ReportAttachment);
      } else {
        reject(new ApiError(xhr.status, isProblem(body) ? body : undefined));
      }
    };
    xhr.onerror = () => reject(new NetworkError(new Error(`upload to ${url} failed`)));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled', 'AbortError'));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    const form = new FormData();
    form.append('file', options.file, options.file.name);
    xhr.send(form);
  });
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
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
