import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { buildRoutes } from '../../../routes';
import { coordinator, directive } from '../../../test/fixtures';
import { fakeAuth, mockApi, renderWithApp } from '../../../test/utils';

afterEach(cleanup);

const counts = {
  total: 40,
  completedOnTime: 3,
  completedLate: 2,
  inProgressOnTime: 6,
  overdue: 2,
  noDeadline: 27,
  cancelled: 0,
};
const job = {
  id: 7,
  directiveId: 3,
  periodKey: '2026-Q4',
  periodLabel: 'Quý IV/2026',
  periodFrom: '2026-09-15',
  periodTo: '2026-12-14',
  asOf: '2026-11-20',
  requestedBy: 'theodoi.sct',
  createdAt: '2026-11-20T00:00:00Z',
};

describe('consolidated report page', () => {
  it('generates a report, follows its progress until done, previews the figures and offers the downloads', async () => {
    let polls = 0;
    const calls = mockApi({
      'GET /api/v1/me': () => coordinator,
      'GET /api/v1/directives': () => ({ items: [directive] }),
      'GET /api/v1/consolidated-reports': () => [],
      'POST /api/v1/consolidated-reports': () => ({ ...job, status: 'QUEUED', progress: 0 }),
      'GET /api/v1/consolidated-reports/7': () =>
        ++polls < 2
          ? { ...job, status: 'RUNNING', progress: 40 }
          : {
              ...job,
              status: 'DONE',
              progress: 100,
              figures: {
                asOf: '2026-11-20',
                total: counts,
                groups: [],
                source: 'SNAPSHOT',
                frozenAt: '2026-11-20T01:00:00Z',
              },
            },
    });
    renderWithApp(null, {
      fetch: calls.fetch,
      auth: fakeAuth({ roles: ['coordinator'], username: 'theodoi.sct' }),
      routes: buildRoutes(),
      initialEntry: '/consolidated-reports?directiveId=3',
    });
    fireEvent.click(await screen.findByTestId('consolidated-generate'));
    const card = await screen.findByTestId('consolidated-job');
    expect(card.textContent).toContain('Báo cáo Quý IV/2026');
    await screen.findByText('Đã xong', {}, { timeout: 5000 });
    expect(screen.getByTestId('consolidated-job').getAttribute('data-status')).toBe('DONE');
    const figures = screen.getByTestId('consolidated-figures');
    expect(within(figures).getByText('Tổng số nhiệm vụ')).toBeTruthy();
    expect(figures.textContent).toContain('2 (5,0%)');
    expect(screen.getByTestId('consolidated-figures-source').textContent).toBe(
      'Số liệu đã chốt của kỳ',
    );
    expect(screen.getByTestId('download-docx-7')).toBeTruthy();
    expect(screen.getByTestId('download-xlsx-7')).toBeTruthy();
    const body = await calls.requests
      .find((r) => r.method === 'POST')!
      .clone()
      .json();
    expect(body).toMatchObject({ directiveId: 3 });
    expect(body.periodKey).toMatch(/^\d{4}-Q[1-4]$/);
  }, 15000);
});
