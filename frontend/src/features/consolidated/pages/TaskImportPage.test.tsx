import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { buildRoutes } from '../../../routes';
import { coordinator, directive } from '../../../test/fixtures';
import { fakeAuth, mockApi, renderWithApp } from '../../../test/utils';

afterEach(cleanup);

function api(results: unknown[]) {
  let call = 0;
  return mockApi({
    'GET /api/v1/me': () => coordinator,
    'GET /api/v1/directives': () => ({ items: [directive] }),
    'POST /api/v1/directives/3/task-import': () => results[Math.min(call++, results.length - 1)],
  });
}

function chooseFile() {
  const input = document.querySelector('input[type=file]') as HTMLInputElement;
  const file = new File(['Mã nhiệm vụ,Nội dung nhiệm vụ\r\n'], 'nhiem-vu.csv', {
    type: 'text/csv',
  });
  fireEvent.change(input, { target: { files: [file] } });
}

const render = (calls: ReturnType<typeof api>) =>
  renderWithApp(null, {
    fetch: calls.fetch,
    auth: fakeAuth({ roles: ['coordinator'], username: 'theodoi.sct' }),
    routes: buildRoutes(),
    initialEntry: '/tasks/import?directiveId=3',
  });

describe('task import page', () => {
  it('lists every error of the dry run by row and column and offers no import', async () => {
    const calls = api([
      {
        dryRun: true,
        rows: 3,
        created: 0,
        codes: ['NK.1', 'NK.2', 'NK.3'],
        errors: [
          { row: 2, column: 'Nội dung nhiệm vụ', message: 'Nội dung nhiệm vụ không được để trống' },
          {
            row: 3,
            column: 'Hạn hoàn thành',
            message: "Ngày không hợp lệ: '31/02/2027' (dạng dd/MM/yyyy)",
          },
        ],
      },
    ]);
    render(calls);
    chooseFile();
    fireEvent.click(await screen.findByTestId('import-check'));
    const table = await screen.findByTestId('import-errors');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['2', 'Nội dung nhiệm vụ', 'Nội dung nhiệm vụ không được để trống'],
      ['3', 'Hạn hoàn thành', "Ngày không hợp lệ: '31/02/2027' (dạng dd/MM/yyyy)"],
    ]);
    expect(screen.getByTestId('import-invalid').textContent).toContain('Tệp có 2 lỗi');
    expect(screen.queryByTestId('import-confirm')).toBeNull();
    const sent = calls.urls('/api/v1/directives/3/task-import');
    expect(sent.map((u) => u.searchParams.get('dryRun'))).toEqual(['true']);
  });

  it('imports only after a clean dry run is confirmed', async () => {
    const calls = api([
      { dryRun: true, rows: 2, created: 0, codes: ['KT.1', 'KT.2'], errors: [] },
      { dryRun: false, rows: 2, created: 2, codes: ['KT.1', 'KT.2'], errors: [] },
    ]);
    render(calls);
    chooseFile();
    fireEvent.click(await screen.findByTestId('import-check'));
    expect((await screen.findByTestId('import-valid')).textContent).toContain(
      '2 nhiệm vụ sẵn sàng',
    );
    fireEvent.click(screen.getByTestId('import-confirm'));
    expect((await screen.findByTestId('import-done')).textContent).toContain('Đã nhập 2 nhiệm vụ');
    const sent = calls.urls('/api/v1/directives/3/task-import');
    expect(sent.map((u) => u.searchParams.get('dryRun'))).toEqual(['true', 'false']);
  });
});
