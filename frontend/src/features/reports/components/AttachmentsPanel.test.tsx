import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { ApiError } from '../../../api/problem';
import { fakeAuth, mockApi, renderWithApp } from '../../../test/utils';
import { draft } from '../testFixtures';
import type { ReportAttachment } from '../types';
import { AttachmentsPanel } from './AttachmentsPanel';

const upload = vi.hoisted(() => vi.fn());
vi.mock('../lib/upload', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../lib/upload')>()),
  uploadAttachment: upload,
}));

function renderPanel(onUploaded = vi.fn()) {
  const api = mockApi({});
  renderWithApp(
    <AttachmentsPanel
      reportId={15}
      attachments={draft.attachments ?? []}
      editable
      onUploaded={onUploaded}
    />,
    { fetch: api.fetch, auth: fakeAuth(), path: '/reports/15' },
  );
  return onUploaded;
}

function choose(file: File) {
  const input = document.querySelector('input[type="file"]') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [file] } });
}

const pdf = () => new File(['%PDF-1.7'], 'Bao-cao.pdf', { type: 'application/pdf' });

describe('AttachmentsPanel', () => {
  beforeEach(() => {
    upload.mockClear();
    upload.mockImplementation(() => new Promise(() => {}));
  });

  it('lists the files with their size and offers download and delete', async () => {
    renderPanel();
    const item = await screen.findByTestId('attachment');
    expect(item.textContent).toContain('Ke-hoach-120.pdf');
    expect(item.textContent).toContain('180 KB');
    expect(screen.getByTestId('attachment-download')).toBeTruthy();
    expect(screen.getByTestId('attachment-delete')).toBeTruthy();
  });

  it('shows the upload progress, then the new file', async () => {
    let finish: (a: ReportAttachment) => void = () => {};
    upload.mockImplementation(
      (options: { onProgress: (p: number) => void }) =>
        new Promise<ReportAttachment>((resolve) => {
          options.onProgress(40);
          finish = resolve;
        }),
    );
    const onUploaded = renderPanel();
    choose(pdf());
    await waitFor(() => expect(upload).toHaveBeenCalledTimes(1));
    expect(upload.mock.calls[0][0]).toMatchObject({ reportId: 15 });
    expect(upload.mock.calls[0][0].file.name).toBe('Bao-cao.pdf');
    const progress = await screen.findByRole('progressbar');
    expect(progress.getAttribute('aria-valuenow')).toBe('40');

    finish({ id: 8, fileName: 'Bao-cao.pdf', sizeBytes: 8 });
    await waitFor(() =>
      expect(onUploaded).toHaveBeenCalledWith(expect.objectContaining({ id: 8 })),
    );
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
  });

  it("shows the server's reason when a file is too large (413)", async () => {
    upload.mockRejectedValue(
      new ApiError(413, {
        type: 'urn:dondoc:problem:payload-too-large',
        title: 'Tệp quá lớn',
        status: 413,
        detail: 'Tệp vượt quá dung lượng cho phép (20 MB).',
      }),
    );
    const onUploaded = renderPanel();
    choose(pdf());
    const alert = await screen.findByTestId('upload-error');
    expect(alert.textContent).toContain('Không đính kèm được tệp Bao-cao.pdf');
    expect(alert.textContent).toContain('Tệp vượt quá dung lượng cho phép (20 MB).');
    expect(onUploaded).not.toHaveBeenCalled();
  });

  it('explains a refused kind of file (415), even without problem details', async () => {
    upload.mockRejectedValue(new ApiError(415, undefined));
    renderPanel();
    choose(new File(['MZ'], 'setup.exe', { type: 'application/octet-stream' }));
    const alert = await screen.findByTestId('upload-error');
    expect(alert.textContent).toContain(
      'Tệp setup.exe không thuộc loại được chấp nhận (PDF, DOCX, XLSX, ODT, PNG, JPEG).',
    );
  });

  it('refuses a file over 20 MB without sending it', async () => {
    renderPanel();
    const big = new File(['x'], 'Phu-luc.pdf', { type: 'application/pdf' });
    Object.defineProperty(big, 'size', { value: 21 * 1024 * 1024 });
    choose(big);
    const alert = await screen.findByTestId('upload-error');
    expect(alert.textContent).toContain('Tệp Phu-luc.pdf lớn hơn 20 MB.');
    expect(upload).not.toHaveBeenCalled();
  });
});
