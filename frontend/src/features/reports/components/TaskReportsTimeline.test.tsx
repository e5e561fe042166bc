import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { fakeAuth, mockApi, problem, renderWithApp } from '../../../test/utils';
import { SCT, accepted, coordinator, returned, submitted } from '../testFixtures';
import { TaskReportsTimeline } from './TaskReportsTimeline';

function renderTimeline(handler: () => unknown) {
  const api = mockApi({
    'GET /api/v1/me': () => coordinator,
    'GET /api/v1/tasks/42/reports': handler,
  });
  renderWithApp(<TaskReportsTimeline taskId={42} />, {
    fetch: api.fetch,
    auth: fakeAuth({ roles: ['coordinator'] }),
    path: '/tasks/42',
  });
}

describe('TaskReportsTimeline', () => {
  it('groups the reports by unit, oldest first, with status, percent and comment', async () => {
    renderTimeline(() => [
      returned,
      {
        ...submitted,
        id: 20,
        unit: SCT,
        role: 'COORDINATING',
        claimsCompletion: false,
        percentComplete: 30,
      },
      accepted,
    ]);
    const units = await screen.findAllByTestId('task-reports-unit');
    expect(units.map((u) => u.getAttribute('data-unit-code'))).toEqual(['STTTT', 'SCT']);
    expect(units[0].textContent).toContain('Chủ trì');
    expect(units[1].textContent).toContain('Phối hợp');

    const stttt = within(units[0]).getAllByTestId('task-report');
    expect(stttt.map((r) => r.getAttribute('data-status'))).toEqual(['RETURNED', 'ACCEPTED']);
    expect(stttt[0].textContent).toContain('Bị trả lại');
    expect(stttt[0].textContent).toContain('Đề nghị bổ sung số liệu tin, bài theo từng quý.');
    expect(stttt[1].textContent).toContain('Đã tiếp nhận');
    expect(stttt[1].textContent).toContain('Đề nghị xác nhận hoàn thành');
    expect(stttt[1].textContent).toContain('Hoàn thành 100%');
    expect(within(stttt[1]).getByTestId('task-report-open').getAttribute('href')).toBe(
      '/reports/31',
    );
    expect(within(units[1]).getByTestId('task-report').textContent).toContain('Hoàn thành 30%');
  });

  it('says when there is no report yet', async () => {
    renderTimeline(() => []);
    expect((await screen.findByTestId('task-reports-empty')).textContent).toContain(
      'Chưa có báo cáo nào.',
    );
  });

  it('shows why the reports could not be read', async () => {
    renderTimeline(() => problem(403, 'Nhiệm vụ II.1.b không được giao cho đơn vị của bạn.'));
    expect((await screen.findByTestId('api-error')).textContent).toContain(
      'Nhiệm vụ II.1.b không được giao cho đơn vị của bạn.',
    );
  });
});
