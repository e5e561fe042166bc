import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Me, Remark } from '../../../api/types';
import { SCT, STTTT, coordinator, officer, supervisor, taskDetail } from '../../../test/fixtures';
import { fakeAuth, mockApi, renderWithApp } from '../../../test/utils';
import { RemarksPanel } from './RemarksPanel';

const MTTQ = { id: 30, code: 'MTTQ', name: 'Ủy ban MTTQ tỉnh', shortName: 'Ủy ban MTTQ tỉnh' };

const onShare: Remark = {
  id: 7,
  taskId: 42,
  taskCode: 'II.1.b',
  assignmentId: 301,
  unit: STTTT,
  text: 'Đề nghị làm rõ tiến độ tuyên truyền ở cơ sở.',
  authorUsername: 'giamsat.mttq',
  authorName: 'Lê Văn Minh',
  authorUnit: MTTQ,
  createdAt: '2026-11-02T02:00:00Z',
  updatedAt: '2026-11-02T02:00:00Z',
  version: 0,
  canAnswer: true,
  canEdit: false,
  answers: [],
};

const onTask: Remark = {
  ...onShare,
  id: 8,
  assignmentId: undefined,
  unit: undefined,
  text: 'Đề nghị công khai kết quả thực hiện.',
  canAnswer: false,
  answers: [
    {
      id: 9,
      text: 'Sở Công Thương đã đăng tải trên cổng thông tin.',
      authorUsername: 'giamdoc.sct',
      authorName: 'Nguyễn Văn Hùng',
      authorUnit: SCT,
      createdAt: '2026-11-03T02:00:00Z',
      updatedAt: '2026-11-03T02:00:00Z',
      version: 0,
    },
  ],
};

function renderPanel(me: Me, remarks: Remark[]) {
  const api = mockApi({
    'GET /api/v1/me': () => me,
    'GET /api/v1/tasks/42/remarks': () => remarks,
    'POST /api/v1/tasks/42/remarks': async (_, request) => {
      const body = (await request.json()) as { text: string; assignmentId?: number };
      return new Response(JSON.stringify({ ...onShare, id: 10, text: body.text, answers: [] }), {
        status: 201,
        headers: { 'Content-Type': 'application/json' },
      });
    },
    'POST /api/v1/remarks/7/answers': async (_, request) => {
      const body = (await request.json()) as { text: string };
      return new Response(
        JSON.stringify({
          ...onShare,
          answers: [{ ...onTask.answers![0], id: 11, text: body.text }],
        }),
        { status: 201, headers: { 'Content-Type': 'application/json' } },
      );
    },
  });
  renderWithApp(<RemarksPanel taskId={42} assignments={taskDetail.assignments ?? []} />, {
    fetch: api.fetch,
    auth: fakeAuth({ username: me.username, roles: me.roles ?? [] }),
    path: '/tasks/42',
  });
  return api;
}

const sent = (api: ReturnType<typeof mockApi>, method: string, path: string) =>
  api.requests.filter((r) => r.method === method && new URL(r.url).pathname === path);

describe('RemarksPanel', () => {
  it('lists the remarks with their target and answers, and lets the unit concerned answer', async () => {
    const api = renderPanel(officer, [onShare, onTask]);
    const items = await screen.findAllByTestId('remark');
    expect(items).toHaveLength(2);
    expect(within(items[0]).getByTestId('remark-target').textContent).toBe(
      'Về phần việc của Sở Thông tin và Truyền thông',
    );
    expect(within(items[0]).getByTestId('remark-no-answer').textContent).toBe(
      'Đơn vị chưa trả lời',
    );
    expect(within(items[1]).getByTestId('remark-target').textContent).toBe('Về cả nhiệm vụ');
    expect(within(items[1]).getByTestId('remark-answer').textContent).toContain(
      'Sở Công Thương đã đăng tải trên cổng thông tin.',
    );
    // only the remark the unit may answer has the button; nobody but the supervisor writes
    expect(within(items[1]).queryByTestId('remark-answer-open')).toBeNull();
    expect(screen.queryByTestId('remark-form')).toBeNull();

    fireEvent.click(within(items[0]).getByTestId('remark-answer-open'));
    const form = await screen.findByTestId('remark-answer-form');
    fireEvent.change(within(form).getByRole('textbox'), {
      target: { value: 'Sở TT&TT đã tổ chức 12 hội nghị ở cơ sở.' },
    });
    fireEvent.click(within(form).getByText('Gửi trả lời'));
    await waitFor(() => expect(sent(api, 'POST', '/api/v1/remarks/7/answers')).toHaveLength(1));
    expect(await sent(api, 'POST', '/api/v1/remarks/7/answers')[0].json()).toEqual({
      text: 'Sở TT&TT đã tổ chức 12 hội nghị ở cơ sở.',
    });
    expect(await screen.findByText(/Đã gửi trả lời/)).toBeTruthy();
  });

  it('lets a supervisor write a remark on the whole task', async () => {
    const api = renderPanel(supervisor, []);
    expect(await screen.findByText('Chưa có ý kiến giám sát nào')).toBeTruthy();
    const form = await screen.findByTestId('remark-form');
    fireEvent.change(within(form).getByTestId('remark-text-input'), {
      target: { value: 'Đề nghị báo cáo rõ nguồn kinh phí.' },
    });
    fireEvent.click(screen.getByTestId('remark-submit'));
    await waitFor(() => expect(sent(api, 'POST', '/api/v1/tasks/42/remarks')).toHaveLength(1));
    expect(await sent(api, 'POST', '/api/v1/tasks/42/remarks')[0].json()).toEqual({
      text: 'Đề nghị báo cáo rõ nguồn kinh phí.',
    });
    expect(await screen.findByText(/Đã gửi ý kiến giám sát/)).toBeTruthy();
  });

  it('refuses an empty remark and shows nothing to write for the tracker', async () => {
    renderPanel(supervisor, []);
    fireEvent.click(await screen.findByTestId('remark-submit'));
    expect(await screen.findByText('Cần nhập nội dung ý kiến')).toBeTruthy();
  });

  it('shows the tracker the remarks without forms', async () => {
    renderPanel(coordinator, [{ ...onShare, canAnswer: false }]);
    await screen.findAllByTestId('remark');
    expect(screen.queryByTestId('remark-form')).toBeNull();
    expect(screen.queryByTestId('remark-answer-open')).toBeNull();
  });
});
