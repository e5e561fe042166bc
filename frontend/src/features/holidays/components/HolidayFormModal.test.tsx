import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import type { Holiday } from '../../../api/types';
import {
  chooseOption,
  json,
  mockApi,
  renderWithApp,
  typeDate,
  validationProblem,
} from '../../../test/utils';
import { byDay } from '../lib/calendar';
import { HolidayFormModal } from './HolidayFormModal';

const TET: Holiday = {
  id: 4,
  day: '2026-02-17',
  name: 'Tết Nguyên đán (mùng 1 tháng Giêng)',
  kind: 'PUBLIC_HOLIDAY',
  version: 0,
};

function renderForm(api: ReturnType<typeof mockApi>, props: { defaultDay?: string } = {}) {
  const onClose = vi.fn();
  const onSaved = vi.fn();
  renderWithApp(
    <HolidayFormModal known={byDay([TET])} onClose={onClose} onSaved={onSaved} {...props} />,
    { fetch: api.fetch, path: '/admin/holidays' },
  );
  return { onClose, onSaved, form: screen.getByTestId('holiday-form') };
}

const save = () => fireEvent.click(within(document.body).getByTestId('holiday-save'));
const posts = (api: ReturnType<typeof mockApi>) => api.requests.filter((r) => r.method === 'POST');

// Ant Design's modal, date picker and select load with the first test: slow on a busy machine
describe('HolidayFormModal', { timeout: 40_000 }, () => {
  it('requires a date, a kind and a name before sending', async () => {
    const api = mockApi({});
    const { form } = renderForm(api);
    save();
    expect(await within(form).findByText('Chọn ngày')).toBeTruthy();
    expect(within(form).getAllByText('Chọn loại ngày').length).toBeGreaterThan(0);
    expect(within(form).getByText('Nhập tên ngày nghỉ')).toBeTruthy();
    expect(posts(api)).toHaveLength(0);
  });

  it('refuses a second entry on a day already in the table', async () => {
    const api = mockApi({});
    const { form } = renderForm(api);
    typeDate('holiday-day', '17/02/2026');
    expect(
      await within(form).findByText(
        'Ngày 17/02/2026 đã có trong lịch nghỉ: Tết Nguyên đán (mùng 1 tháng Giêng)',
      ),
    ).toBeTruthy();
  });

  it('refuses a kind that does not fit the weekday, and explains the chosen kind', async () => {
    const api = mockApi({});
    const { form } = renderForm(api, { defaultDay: '2026-07-18' });
    await chooseOption('holiday-kind', 'Nghỉ bù');
    expect(
      await within(form).findByText(
        'Nghỉ bù, nghỉ hoán đổi phải là ngày làm việc (thứ Hai đến thứ Sáu); ngày 18/07/2026 là thứ Bảy',
      ),
    ).toBeTruthy();
    expect(within(form).getByText(/khoản 3 Điều 111/)).toBeTruthy();
    save();
    await within(form).findByText(/ngày 18\/07\/2026 là thứ Bảy/);
    expect(posts(api)).toHaveLength(0);
  });

  it('puts the server field errors on the fields, then saves', async () => {
    const bodies: unknown[] = [];
    const api = mockApi({
      'POST /api/v1/holidays': async (_url, request) => {
        const body = (await request.json()) as Holiday;
        bodies.push(body);
        if (bodies.length === 1) {
          return validationProblem([
            { field: 'create.request.name', message: 'Tên ngày nghỉ đã được dùng' },
          ]);
        }
        return json({ ...body, id: 99, version: 0 }, 201);
      },
    });
    const { form, onClose, onSaved } = renderForm(api, { defaultDay: '2026-07-15' });
    await chooseOption('holiday-kind', 'Nghỉ lễ, tết');
    fireEvent.change(within(form).getByTestId('holiday-name'), {
      target: { value: '  Ngày kiểm thử  ' },
    });
    save();
    expect(await within(form).findByText('Tên ngày nghỉ đã được dùng')).toBeTruthy();
    expect(bodies[0]).toEqual({ day: '2026-07-15', kind: 'PUBLIC_HOLIDAY', name: 'Ngày kiểm thử' });
    expect(onClose).not.toHaveBeenCalled();

    save();
    await vi.waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(bodies).toHaveLength(2);
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ id: 99, day: '2026-07-15' }));
  });
});
