import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Me } from '../../../api/types';
import { STTTT, coordinator, supervisor } from '../../../test/fixtures';
import { fakeAuth, mockApi, problem, renderWithApp } from '../../../test/utils';
import { deadlinePage } from '../../deadlines/testFixtures';
import { DeadlineCalendarPage } from '../../deadlines/pages/DeadlineCalendarPage';
import { fileNameOf } from '../hooks/useUrgingLetter';

const LETTER = '/api/v1/units/7/urging-letter';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function backend(me: Me, letter: () => Response) {
  return mockApi({
    'GET /api/v1/me': () => me,
    'GET /api/v1/deadlines': () => deadlinePage,
    'GET /api/v1/deadlines/counts': () => ({ overdue: 4, dueSoon: 2, pendingExtensions: 1 }),
    'GET /api/v1/holidays': () => ({ year: 2026, items: [] }),
    'GET /api/v1/units': () => ({
      items: [{ ...STTTT, active: true }],
      page: 0,
      size: 100,
      totalItems: 1,
      totalPages: 1,
    }),
    'GET /api/v1/units/7': () => ({ ...STTTT, active: true }),
    [`GET ${LETTER}`]: letter,
  });
}

function renderCalendar(me: Me, api: ReturnType<typeof mockApi>) {
  return renderWithApp(<DeadlineCalendarPage />, {
    fetch: api.fetch,
    auth: fakeAuth({ username: me.username, roles: me.roles ?? [] }),
    path: '/deadlines',
    initialEntry: '/deadlines?month=2026-03&unitId=7',
  });
}

const letterRequests = (api: ReturnType<typeof mockApi>) =>
  api.requests.filter((r) => new URL(r.url).pathname === LETTER);

describe('the urging letter', () => {
  const createObjectURL = vi.fn(() => 'blob:letter');
  const revokeObjectURL = vi.fn();
  beforeEach(() => {
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    createObjectURL.mockClear();
  });
  afterEach(() => vi.restoreAllMocks());

  it('explains that the unit has no overdue task (422)', async () => {
    const api = backend(coordinator, () =>
      problem(
        422,
        'Sở Thông tin và Truyền thông không có nhiệm vụ quá hạn.',
        'Không lập được công văn',
      ),
    );
    renderCalendar(coordinator, api);
    fireEvent.click(await screen.findByTestId('urging-open'));
    const modal = await screen.findByTestId('urging-modal');
    await waitFor(() =>
      expect(document.querySelector('.ant-modal-title')?.textContent).toBe(
        'Công văn đôn đốc: Sở Thông tin và Truyền thông',
      ),
    );
    fireEvent.click(within(document.body).getByTestId('urging-submit'));
    const alert = await within(modal).findByTestId('urging-no-overdue');
    expect(alert.textContent).toContain('Đơn vị không có nhiệm vụ quá hạn');
    expect(alert.textContent).toContain('Sở Thông tin và Truyền thông không có nhiệm vụ quá hạn.');
    expect(createObjectURL).not.toHaveBeenCalled();
    // the dialog stays open to try again
    expect(screen.getByTestId('urging-modal')).toBeTruthy();
  });

  it('downloads the .docx with the token, sending only the fields filled in', async () => {
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const api = backend(
      coordinator,
      () =>
        new Response(new Blob(['PK docx'], { type: DOCX }), {
          status: 200,
          headers: {
            'Content-Type': DOCX,
            'Content-Disposition': 'attachment; filename="cong-van-don-doc-STTTT.docx"',
          },
        }),
    );
    renderCalendar(coordinator, api);
    fireEvent.click(await screen.findByTestId('urging-open'));
    const modal = await screen.findByTestId('urging-modal');
    fireEvent.change(within(modal).getByTestId('urging-number'), { target: { value: '125' } });
    fireEvent.change(within(modal).getByTestId('urging-name'), {
      target: { value: 'Nguyễn Văn An' },
    });
    fireEvent.click(within(document.body).getByTestId('urging-submit'));
    await waitFor(() => expect(letterRequests(api)).toHaveLength(1));
    const request = letterRequests(api)[0];
    expect(request.headers.get('Authorization')).toBe('Bearer test-token');
    expect(request.headers.get('Accept')).toBe(`${DOCX}, application/problem+json`);
    const query = new URL(request.url).searchParams;
    expect(Object.fromEntries(query)).toEqual({
      number: '125',
      signerName: 'Nguyễn Văn An',
      responseWorkingDays: '5',
    });
    await waitFor(() => expect(createObjectURL).toHaveBeenCalledTimes(1));
    expect(clicked).toHaveBeenCalled();
    expect(await screen.findByText('Đã tải công văn đôn đốc')).toBeTruthy();
    await waitFor(() => expect(screen.queryByTestId('urging-modal')).toBeNull());
  });

  it('is not offered to a supervisor', async () => {
    const api = backend(supervisor, () => problem(403, 'Không có quyền'));
    renderCalendar(supervisor, api);
    await screen.findByTestId('deadline-toolbar');
    await screen.findAllByTestId('deadline-item');
    expect(screen.queryByTestId('urging-open')).toBeNull();
  });

  it('reads the file name the server gives', () => {
    expect(fileNameOf('attachment; filename="cong-van.docx"', 'x.docx')).toBe('cong-van.docx');
    expect(fileNameOf("attachment; filename*=UTF-8''c%C3%B4ng-v%C4%83n.docx", 'x.docx')).toBe(
      'công-văn.docx',
    );
    expect(fileNameOf(null, 'x.docx')).toBe('x.docx');
  });
});
