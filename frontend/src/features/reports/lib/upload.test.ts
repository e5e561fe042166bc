import { describe, expect, it } from 'vitest';
import { ApiError, NetworkError } from '../../../api/problem';
import { formatBytes, uploadAttachment } from './upload';

/** Enough of XMLHttpRequest for the uploader: records what is sent, the test answers. */
class FakeXhr {
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown;
  status = 0;
  responseText = '';
  upload: { onprogress: ((e: ProgressEvent) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  aborted = false;
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: unknown) {
    this.body = body;
  }
  abort() {
    this.aborted = true;
    this.onabort?.();
  }
  progress(loaded: number, total: number) {
    this.upload.onprogress?.({ lengthComputable: true, loaded, total } as ProgressEvent);
  }
  respond(status: number, body: unknown) {
    this.status = status;
    this.responseText = body === undefined ? '' : JSON.stringify(body);
    this.onload?.();
  }
}

function start(percents: number[] = []) {
  const xhr = new FakeXhr();
  const file = new File(['%PDF-1.7 nội dung'], 'Bao-cao-quy-IV.pdf', { type: 'application/pdf' });
  const promise = uploadAttachment({
    reportId: 15,
    file,
    getToken: async () => 'tok-123',
    onProgress: (p) => percents.push(p),
    baseUrl: 'http://localhost:5173',
    createRequest: () => xhr as unknown as XMLHttpRequest,
  });
  return { xhr, file, promise };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('uploadAttachment', () => {
  it('posts the file as multipart field "file" with the bearer token and reports progress', async () => {
    const percents: number[] = [];
    const { xhr, file, promise } = start(percents);
    await tick();
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe('http://localhost:5173/api/v1/reports/15/attachments');
    expect(xhr.headers.Authorization).toBe('Bearer tok-123');
    expect(xhr.body).toBeInstanceOf(FormData);
    expect((xhr.body as FormData).get('file')).toBeInstanceOf(File);
    expect(((xhr.body as FormData).get('file') as File).name).toBe(file.name);

    xhr.progress(25, 100);
    xhr.progress(100, 100);
    xhr.respond(201, { id: 7, fileName: file.name, sizeBytes: 184320 });
    await expect(promise).resolves.toMatchObject({ id: 7, fileName: file.name });
    expect(percents).toEqual([25, 100]);
  });

  it('rejects with the problem details of a 413', async () => {
    const { xhr, promise } = start();
    await tick();
    xhr.respond(413, {
      type: 'urn:dondoc:problem:payload-too-large',
      title: 'Tệp quá lớn',
      status: 413,
      detail: 'Tệp vượt quá dung lượng cho phép (20 MB).',
    });
    const error = await promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(413);
    expect((error as ApiError).problem?.detail).toBe('Tệp vượt quá dung lượng cho phép (20 MB).');
  });

  it('rejects with a 415 even when the body is not a problem', async () => {
    const { xhr, promise } = start();
    await tick();
    xhr.status = 415;
    xhr.responseText = '<html>Unsupported</html>';
    xhr.onload?.();
    const error = await promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(415);
    expect((error as ApiError).problem).toBeUndefined();
  });

  it('rejects with a network error when the connection fails', async () => {
    const { xhr, promise } = start();
    await tick();
    xhr.onerror?.();
    await expect(promise).rejects.toBeInstanceOf(NetworkError);
  });
});

describe('formatBytes', () => {
  it('uses binary units', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(184320)).toBe('180 KB');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(20 * 1024 * 1024)).toBe('20 MB');
    expect(formatBytes(undefined)).toBe('');
  });
});
