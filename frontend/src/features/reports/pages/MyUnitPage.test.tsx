import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeAuth, mockApi, renderWithApp } from '../../../test/utils';
import { obligations, officer, periodic } from '../testFixtures';
import { MyUnitPage } from './MyUnitPage';

function renderPage(api: ReturnType<typeof mockApi>) {
  return renderWithApp(null, {
    fetch: api.fetch,
    auth: fakeAuth({ username: officer.username, roles: officer.roles ?? [] }),
    initialEntry: '/my-unit',
    routes: [
      { path: '/my-unit', element: <MyUnitPage /> },
      { path: '*', element: <div data-testid="elsewhere" /> },
    ],
  });
}

describe('MyUnitPage', () => {
  it('shows the period, the unreported assignments, periodic reports due and returns', async () => {
    const api = mockApi({
      'GET /api/v1/me': () => officer,
      'GET /api/v1/me/obligations': () => obligations,
    });
    const { router } = renderPage(api);
    const period = await screen.findByTestId('current-period');
    expect(period.textContent).toContain('Quý IV/2026 (số liệu từ 15/09/2026 đến 14/12/2026)');

    const rows = screen.getAllByTestId('unreported-row');
    expect(rows.map((r) => r.getAttribute('data-task-code'))).toEqual(['II.1.b', 'II.5.a']);
    expect(rows[0].textContent).toContain('Chủ trì');
    expect(rows[0].textContent).toContain('31/12/2026');
    expect(rows[1].textContent).toContain('Phối hợp');
    expect(rows[1].textContent).toContain('Không có hạn');

    const periodicRows = screen.getAllByTestId('periodic-row');
    expect(periodicRows[0].textContent).toContain('16/12/2026');
    expect(periodicRows[0].textContent).toContain('Chưa nộp');
    expect(within(periodicRows[0]).getByTestId('open-periodic').textContent).toContain(
      'Mở báo cáo định kỳ',
    );
    expect(within(periodicRows[1]).getByTestId('open-periodic').textContent).toContain('Tiếp tục');

    const returned = screen.getByTestId('returned-row');
    expect(returned.textContent).toContain('Báo cáo tiến độ: II.1.b');
    expect(returned.textContent).toContain('Đề nghị bổ sung số liệu tin, bài theo từng quý.');
    expect(within(returned).getByTestId('fix-report').textContent).toContain('Sửa và gửi lại');

    fireEvent.click(within(rows[0]).getByTestId('create-report'));
    await waitFor(() =>
      expect(`${router.state.location.pathname}${router.state.location.search}`).toBe(
        '/reports/new?assignmentId=301&taskId=42',
      ),
    );
  });

  it('opens the periodic report of the period and goes to it', async () => {
    const api = mockApi({
      'GET /api/v1/me': () => officer,
      'GET /api/v1/me/obligations': () => obligations,
      'POST /api/v1/directives/3/periodic-reports': () => periodic,
    });
    const { router } = renderPage(api);
    const row = (await screen.findAllByTestId('periodic-row'))[0];
    fireEvent.click(within(row).getByTestId('open-periodic'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/periodic-reports/5'));
    const post = api.requests.find((r) => r.method === 'POST');
    expect(JSON.parse(await (post as Request).text())).toEqual({ periodKey: '2026-Q4' });
  });

  it('says when there is nothing to do', async () => {
    const api = mockApi({
      'GET /api/v1/me': () => officer,
      'GET /api/v1/me/obligations': () => ({
        ...obligations,
        assignmentsWithoutReport: [],
        periodicDue: [],
        returnedReports: [],
      }),
    });
    renderPage(api);
    expect(await screen.findByText('Mọi phần việc đã có báo cáo tiến độ trong kỳ.')).toBeTruthy();
    expect(screen.getByText('Không có báo cáo định kỳ nào đến hạn.')).toBeTruthy();
    expect(screen.getByText('Không có báo cáo nào bị trả lại.')).toBeTruthy();
  });
});
