import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Holiday } from '../../../api/types';
import {
  chooseOption,
  fakeAuth,
  json,
  mockApi,
  problem,
  renderWithApp,
  typeDate,
} from '../../../test/utils';
import { HolidayAdminPage } from './HolidayAdminPage';

/** Part of the 2026 calendar of the demo data. */
const HOLIDAYS_2026: Holiday[] = [
  { id: 1, day: '2026-01-01', name: 'Tết Dương lịch', kind: 'PUBLIC_HOLIDAY', version: 0 },
  {
    id: 2,
    day: '2026-01-02',
    name: 'Nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 10/01/2026)',
    kind: 'SWAPPED_DAY_OFF',
    version: 0,
  },
  {
    id: 3,
    day: '2026-01-10',
    name: 'Làm bù cho thứ Sáu 02/01/2026 (dịp Tết Dương lịch)',
    kind: 'SWAPPED_WORKING_DAY',
    workingDay: true,
    version: 0,
  },
  {
    id: 4,
    day: '2026-02-17',
    name: 'Tết Nguyên đán (mùng 1 tháng Giêng)',
    kind: 'PUBLIC_HOLIDAY',
    version: 0,
  },
  {
    id: 5,
    day: '2026-04-26',
    name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
    kind: 'PUBLIC_HOLIDAY',
    version: 2,
  },
  {
    id: 6,
    day: '2026-04-27',
    name: 'Nghỉ bù Giỗ Tổ Hùng Vương (trùng Chủ nhật 26/4/2026)',
    kind: 'COMPENSATORY',
    version: 0,
  },
];

const admin = fakeAuth({ username: 'quantri', roles: ['admin'] });

/** The schedule of a year as the backend shows it: 2026 confirmed and stored, other years computed (none here). */
function yearView(year: number, days: Holiday[] = year === 2026 ? HOLIDAYS_2026 : []) {
  return {
    year,
    confirmed: year === 2026,
    confirmedBy: year === 2026 ? 'Dữ liệu ban đầu (V5)' : undefined,
    confirmedAt: year === 2026 ? '2025-11-20T02:15:00Z' : undefined,
    lunarNewYear: year === 2026 ? '2026-02-17' : undefined,
    days: days.map((h) => ({ ...h, source: 'DECIDED' })),
  };
}

function backend(overrides: Parameters<typeof mockApi>[0] = {}) {
  const years = Object.fromEntries(
    [2024, 2025, 2026, 2027, 2028].map((year) => [
      `GET /api/v1/holidays/years/${year}`,
      () => yearView(year),
    ]),
  );
  return mockApi({
    'GET /api/v1/me': () => ({ username: 'quantri', roles: ['admin'] }),
    'GET /api/v1/holidays': (url) => {
      const year = Number(url.searchParams.get('year'));
      return { year, items: year === 2026 ? HOLIDAYS_2026 : [] };
    },
    'GET /api/v1/holidays/confirmation-status': () => ({
      today: '2026-06-01',
      year: 2027,
      confirmed: false,
      warnFrom: '2026-10-01',
    }),
    ...years,
    ...overrides,
  });
}

function renderPage(
  api: ReturnType<typeof backend>,
  { auth = admin, initialEntry = '/admin/holidays?year=2026' } = {},
) {
  return renderWithApp(<HolidayAdminPage />, {
    fetch: api.fetch,
    auth,
    path: '/admin/holidays',
    initialEntry,
  });
}

const calendarDay = (date: string) =>
  document.querySelector<HTMLElement>(`[data-testid="calendar-day"][data-date="${date}"]`)!;
const row = (date: string) =>
  screen.getAllByTestId('holiday-row').find((r) => r.getAttribute('data-date') === date)!;

// the page renders a whole year (365 days) besides the table: slow in jsdom on a busy machine
describe('HolidayAdminPage', { timeout: 40_000 }, () => {
  it('colours the calendar of the year by kind, with weekends shaded and a legend', async () => {
    const api = backend();
    renderPage(api);
    await screen.findAllByTestId('holiday-row');
    expect(api.urls('/api/v1/holidays')[0].searchParams.get('year')).toBe('2026');
    expect(screen.getAllByTestId('calendar-month')).toHaveLength(12);
    expect(screen.getAllByTestId('calendar-day')).toHaveLength(365);

    const tet = calendarDay('2026-02-17');
    expect(tet.getAttribute('data-kind')).toBe('PUBLIC_HOLIDAY');
    expect(tet.style.background).toBe('rgb(255, 204, 199)');
    expect(tet.title).toBe(
      '17/02/2026 (Thứ Ba): Tết Nguyên đán (mùng 1 tháng Giêng) (Nghỉ lễ, tết)',
    );
    expect(calendarDay('2026-04-27').getAttribute('data-kind')).toBe('COMPENSATORY');
    expect(calendarDay('2026-01-02').getAttribute('data-kind')).toBe('SWAPPED_DAY_OFF');
    // a Saturday worked instead is not shaded as a weekend
    expect(calendarDay('2026-01-10').getAttribute('data-kind')).toBe('SWAPPED_WORKING_DAY');
    expect(calendarDay('2026-01-10').style.background).toBe('rgb(217, 247, 190)');
    const saturday = calendarDay('2026-01-17');
    expect(saturday.getAttribute('data-kind')).toBe('WEEKEND');
    expect(saturday.style.background).toBe('rgb(240, 240, 240)');
    expect(calendarDay('2026-01-16').getAttribute('data-kind')).toBe('WORKDAY');

    const legend = screen.getByTestId('calendar-legend');
    expect(
      within(legend)
        .getAllByTestId('legend-item')
        .map((item) => item.textContent),
    ).toEqual(['Nghỉ lễ, tết', 'Nghỉ bù', 'Nghỉ hoán đổi', 'Làm bù', 'Nghỉ hằng tuần', 'Hôm nay']);
  });

  it('lists the days dd/MM/yyyy with the weekday in Vietnamese, the kind and a note', async () => {
    renderPage(backend());
    await screen.findAllByTestId('holiday-row');
    const gioTo = row('2026-04-26');
    expect(within(gioTo).getByText('26/04/2026')).toBeTruthy();
    expect(within(gioTo).getByText('Chủ nhật')).toBeTruthy();
    expect(within(gioTo).getByText('Nghỉ lễ, tết')).toBeTruthy();
    expect(
      within(gioTo).getByText('Trùng ngày nghỉ hằng tuần; nghỉ bù ngày 27/04/2026'),
    ).toBeTruthy();
    const compensatory = row('2026-04-27');
    expect(within(compensatory).getByText('Thứ Hai')).toBeTruthy();
    expect(within(compensatory).getByText('Nghỉ bù')).toBeTruthy();
    expect(
      within(compensatory).getByText('Nghỉ bù cho Giỗ Tổ Hùng Vương (10/3 âm lịch) (26/04/2026)'),
    ).toBeTruthy();
    expect(within(row('2026-01-10')).getByText('Là ngày làm việc')).toBeTruthy();
    expect(within(row('2026-01-10')).getByText('Thứ Bảy')).toBeTruthy();
    expect(screen.getByTestId('holiday-summary').textContent).toBe(
      '4 ngày nghỉ trong tuần làm việc (lễ, tết, nghỉ bù, nghỉ hoán đổi); 1 ngày làm bù',
    );
  });

  it('moves between years and keeps the year in the URL', async () => {
    const api = backend();
    const { router } = renderPage(api);
    await screen.findAllByTestId('holiday-row');
    fireEvent.click(screen.getByTestId('year-next'));
    await waitFor(() => expect(router.state.location.search).toBe('?year=2027'));
    expect(await screen.findByText('Chưa có ngày nghỉ nào trong năm 2027')).toBeTruthy();
    expect(api.urls('/api/v1/holidays').map((u) => u.searchParams.get('year'))).toContain('2027');
    // 1/1/2027 is a Friday: no colour is left over from 2026
    await waitFor(() =>
      expect(calendarDay('2027-01-01').getAttribute('data-kind')).toBe('WORKDAY'),
    );
    expect(screen.getByTestId('holiday-admin').getAttribute('data-year')).toBe('2027');
  });

  it('adds a day clicked in the calendar, then reads the table again', async () => {
    const bodies: unknown[] = [];
    const api = backend({
      'POST /api/v1/holidays': async (_url, request) => {
        const body = (await request.json()) as Holiday;
        bodies.push(body);
        return json({ ...body, id: 99, version: 0, weekday: 'thứ Tư' }, 201);
      },
    });
    renderPage(api);
    await screen.findAllByTestId('holiday-row');
    fireEvent.click(calendarDay('2026-07-15'));
    const form = await screen.findByTestId('holiday-form');
    expect((within(form).getByTestId('holiday-day') as HTMLInputElement).value).toBe('15/07/2026');
    await chooseOption('holiday-kind', 'Nghỉ lễ, tết');
    fireEvent.change(within(form).getByTestId('holiday-name'), {
      target: { value: '  Ngày kiểm thử  ' },
    });
    fireEvent.click(within(document.body).getByTestId('holiday-save'));
    await waitFor(() => expect(screen.queryByTestId('holiday-form')).toBeNull());
    expect(bodies).toEqual([{ day: '2026-07-15', kind: 'PUBLIC_HOLIDAY', name: 'Ngày kiểm thử' }]);
    expect(await screen.findByText('Đã thêm Ngày kiểm thử (15/07/2026)')).toBeTruthy();
    await waitFor(() => expect(api.urls('/api/v1/holidays').length).toBeGreaterThan(1));
  });

  it('opens the day off clicked in the calendar for editing', async () => {
    renderPage(backend());
    await screen.findAllByTestId('holiday-row');
    fireEvent.click(calendarDay('2026-04-27'));
    const form = await screen.findByTestId('holiday-form');
    expect(
      within(form).getByText('Sửa ngày nghỉ: Nghỉ bù Giỗ Tổ Hùng Vương (trùng Chủ nhật 26/4/2026)'),
    ).toBeTruthy();
    expect((within(form).getByTestId('holiday-day') as HTMLInputElement).value).toBe('27/04/2026');
  });

  it('edits a day with its version, and reloads it after a 409', async () => {
    const puts: { version: number; name: string }[] = [];
    const api = backend({
      'PUT /api/v1/holidays/5': async (_url, request) => {
        const body = (await request.json()) as { version: number; name: string };
        puts.push(body);
        return body.version === 3
          ? { ...HOLIDAYS_2026[4], ...body, version: 4 }
          : problem(409, 'Ngày nghỉ đã được người khác cập nhật.');
      },
      'GET /api/v1/holidays/5': () => ({
        ...HOLIDAYS_2026[4],
        name: 'Giỗ Tổ Hùng Vương',
        version: 3,
      }),
    });
    renderPage(api);
    await screen.findAllByTestId('holiday-row');
    fireEvent.click(within(row('2026-04-26')).getByTestId('holiday-edit'));
    const form = await screen.findByTestId('holiday-form');
    fireEvent.change(within(form).getByTestId('holiday-name'), {
      target: { value: 'Giỗ Tổ Hùng Vương (mùng 10 tháng 3 âm lịch)' },
    });
    fireEvent.click(within(document.body).getByTestId('holiday-save'));
    const conflict = await screen.findByTestId('conflict');
    expect(conflict.textContent).toContain('Dữ liệu đã được người khác thay đổi');
    expect(puts[0]).toMatchObject({ version: 2, day: '2026-04-26', kind: 'PUBLIC_HOLIDAY' });

    fireEvent.click(within(conflict).getByTestId('conflict-reload'));
    await waitFor(() =>
      expect((within(form).getByTestId('holiday-name') as HTMLInputElement).value).toBe(
        'Giỗ Tổ Hùng Vương',
      ),
    );
    expect(screen.queryByTestId('conflict')).toBeNull();
    fireEvent.click(within(document.body).getByTestId('holiday-save'));
    await waitFor(() => expect(puts).toHaveLength(2));
    expect(puts[1]).toMatchObject({ version: 3, name: 'Giỗ Tổ Hùng Vương' });
    await waitFor(() => expect(screen.queryByTestId('holiday-form')).toBeNull());
  });

  it('deletes a day after confirmation', async () => {
    const deleted: string[] = [];
    const api = backend({
      'DELETE /api/v1/holidays/6': (url) => {
        deleted.push(url.pathname);
        return new Response(null, { status: 204 });
      },
    });
    renderPage(api);
    await screen.findAllByTestId('holiday-row');
    fireEvent.click(within(row('2026-04-27')).getByTestId('holiday-delete'));
    fireEvent.click(await screen.findByTestId('holiday-delete-confirm'));
    await waitFor(() => expect(deleted).toEqual(['/api/v1/holidays/6']));
    expect(
      await screen.findByText(
        'Đã xóa Nghỉ bù Giỗ Tổ Hùng Vương (trùng Chủ nhật 26/4/2026) (27/04/2026)',
      ),
    ).toBeTruthy();
  });

  it('computes the N-th working day after a date with the backend', async () => {
    const api = backend({
      'GET /api/v1/calendar/working-days': (url) => ({
        from: url.searchParams.get('from'),
        add: Number(url.searchParams.get('add')),
        result: '2026-02-24',
      }),
    });
    renderPage(api);
    await screen.findAllByTestId('holiday-row');
    const calculator = screen.getByTestId('workday-calculator');
    typeDate('workday-from', '13/02/2026');
    fireEvent.change(within(calculator).getByRole('spinbutton'), { target: { value: '2' } });
    fireEvent.click(within(calculator).getByTestId('workday-compute'));
    const result = await screen.findByTestId('workday-result');
    const query = api.urls('/api/v1/calendar/working-days')[0].searchParams;
    expect(query.get('from')).toBe('2026-02-13');
    expect(query.get('add')).toBe('2');
    expect(result.textContent).toContain('Ngày làm việc thứ 2 sau 13/02/2026: Thứ Ba, 24/02/2026');
    expect(result.textContent).toContain('Tức 11 ngày theo lịch');
  });

  it('shows the calendar read-only to other roles', async () => {
    renderPage(backend(), { auth: fakeAuth({ roles: ['coordinator'] }) });
    await screen.findAllByTestId('holiday-row');
    expect(screen.getByTestId('read-only')).toBeTruthy();
    expect(screen.queryByTestId('holiday-add')).toBeNull();
    expect(screen.queryByTestId('holiday-edit')).toBeNull();
    expect(screen.queryByTestId('holiday-delete')).toBeNull();
    expect(calendarDay('2026-02-17').tagName).toBe('SPAN');
  });
  // ---- holidays for every year: computed days, confirmation, warning ----
  const COMPUTED_2027 = [
    {
      day: '2027-02-05',
      name: 'Tết Nguyên đán (29 tháng Chạp)',
      kind: 'PUBLIC_HOLIDAY',
      workingDay: false,
      source: 'COMPUTED',
    },
    {
      day: '2027-02-06',
      name: 'Tết Nguyên đán (mùng 1 tháng Giêng)',
      kind: 'PUBLIC_HOLIDAY',
      workingDay: false,
      source: 'COMPUTED',
    },
    {
      day: '2027-02-10',
      name: 'Nghỉ bù Tết Nguyên đán (trùng thứ Bảy 06/02/2027)',
      kind: 'COMPENSATORY',
      workingDay: false,
      source: 'COMPUTED',
    },
  ];
  const unconfirmed2027 = {
    year: 2027,
    confirmed: false,
    lunarNewYear: '2027-02-06',
    days: COMPUTED_2027,
  };
  const warning = {
    today: '2026-10-01',
    year: 2027,
    confirmed: false,
    warnFrom: '2026-10-01',
    warning: 'Lịch nghỉ lễ, tết năm 2027 chưa được xác nhận.',
  };

  it('shows the computed days of an unconfirmed year with their source, and confirms it', async () => {
    const api = backend({
      'GET /api/v1/holidays/years/2027': () => unconfirmed2027,
      'GET /api/v1/holidays/confirmation-status': () => warning,
      'PUT /api/v1/holidays/years/2027/confirmation': () => ({
        ...unconfirmed2027,
        confirmed: true,
        confirmedBy: 'quantri',
        confirmedAt: '2026-10-02T01:00:00Z',
      }),
    });
    renderPage(api, { initialEntry: '/admin/holidays?year=2027' });
    const banner = await screen.findByTestId('holiday-confirmation-warning');
    expect(banner.textContent).toContain('Lịch nghỉ lễ, tết năm 2027 chưa được xác nhận');
    expect(within(banner).queryByTestId('holiday-show-next')).toBeNull();
    await waitFor(() => expect(row('2027-02-06')).toBeTruthy());
    expect(row('2027-02-06').getAttribute('data-source')).toBe('COMPUTED');
    expect(within(row('2027-02-06')).getByTestId('holiday-source').textContent).toBe('Tính sẵn');
    expect(within(row('2027-02-06')).getByTestId('holiday-override')).toBeTruthy();
    expect(calendarDay('2027-02-06').getAttribute('data-kind')).toBe('PUBLIC_HOLIDAY');
    expect(calendarDay('2027-02-10').getAttribute('data-kind')).toBe('COMPENSATORY');
    const status = screen.getByTestId('holiday-year-status');
    expect(status.getAttribute('data-confirmed')).toBe('false');
    expect(status.textContent).toContain('Mùng 1 Tết: 06/02/2027');

    fireEvent.click(within(status).getByTestId('holiday-confirm'));
    fireEvent.click(await screen.findByTestId('holiday-confirm-ok'));
    await waitFor(() =>
      expect(
        api.requests.some(
          (r) => r.method === 'PUT' && r.url.endsWith('/api/v1/holidays/years/2027/confirmation'),
        ),
      ).toBe(true),
    );
  });

  it('offers the administrator to open next year from the warning, and says a count is provisional', async () => {
    const api = backend({
      'GET /api/v1/holidays/years/2027': () => unconfirmed2027,
      'GET /api/v1/holidays/confirmation-status': () => warning,
      'GET /api/v1/calendar/working-days': () => ({
        from: '2027-02-04',
        add: 1,
        result: '2027-02-12',
        provisional: true,
        unconfirmedYears: [2027],
      }),
    });
    renderPage(api);
    const banner = await screen.findByTestId('holiday-confirmation-warning');
    expect(screen.getByTestId('holiday-year-status').getAttribute('data-confirmed')).toBe('true');
    fireEvent.click(within(banner).getByTestId('holiday-show-next'));
    await waitFor(() =>
      expect(screen.getByTestId('holiday-admin').getAttribute('data-year')).toBe('2027'),
    );
    const calculator = screen.getByTestId('workday-calculator');
    fireEvent.click(within(calculator).getByTestId('workday-compute'));
    const provisional = await screen.findByTestId('workday-provisional');
    expect(provisional.textContent).toContain('Tạm tính');
    expect(provisional.textContent).toContain('2027');
  });

  it('shows neither the warning nor the confirmation action to other roles', async () => {
    const api = backend({
      'GET /api/v1/holidays/years/2027': () => unconfirmed2027,
      'GET /api/v1/holidays/confirmation-status': () => warning,
    });
    renderPage(api, {
      auth: fakeAuth({ roles: ['leader'] }),
      initialEntry: '/admin/holidays?year=2027',
    });
    await waitFor(() => expect(row('2027-02-06')).toBeTruthy());
    expect(screen.getByTestId('holiday-year-status').textContent).toContain('chưa được xác nhận');
    expect(screen.queryByTestId('holiday-confirm')).toBeNull();
    expect(screen.queryByTestId('holiday-confirmation-warning')).toBeNull();
    expect(api.urls('/api/v1/holidays/confirmation-status')).toHaveLength(0);
  });
});
