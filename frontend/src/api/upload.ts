import { ApiError, NetworkError, isProblem } from './problem';

export interface MultipartUpload {
  /** the API path, e.g. `/api/v1/imports` */
  path: string;
  file: File;
  /** further form fields sent with the file */
  fields?: Record<string, string>;
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
 * POSTs a file as multipart/form-data (field `file`) with XMLHttpRequest, which, unlike fetch,
 * reports upload progress. Resolves with the JSON answer; rejects with an ApiError carrying the
 * problem details, a NetworkError, or an AbortError when the signal aborts.
 */
export async function uploadMultipart<T>(options: MultipartUpload): Promise<T> {
  const token = await options.getToken();
  const url = `${options.baseUrl ?? window.location.origin}${options.path}`;
  return new Promise<T>((resolve, reject) => {
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
        resolve(body as T);
      } else {
        reject(new ApiError(xhr.status, isProblem(body) ? body : undefined));
      }
    };
    xhr.onerror = () => reject(new NetworkError(new Error(`upload to ${url} failed`)));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled', 'AbortError'));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    const form = new FormData();
    form.append('file', options.file, options.file.name);
    Object.entries(options.fields ?? {}).forEach(([name, value]) => form.append(name, value));
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
