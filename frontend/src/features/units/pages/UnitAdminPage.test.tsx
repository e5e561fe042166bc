import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Unit } from '../../../api/types';
import { pageOf } from '../../../test/fixtures';
import { fakeAuth, json, mockApi, renderWithApp } from '../../../test/utils';
import { UnitAdminPage } from './UnitAdminPage';

const SKHDT: Unit = {
  id: 4,
  code: 'SKHDT',
  name: 'Sở Kế hoạch và Đầu tư',
  shortName: 'Sở KH&ĐT',
  type: 'DEPARTMENT',
  active: true,
  validFrom: '2008-04-01',
  version: 3,
};
const STC: Unit = {
  id: 5,
  code: 'STC',
  name: 'Sở Tài chính',
  shortName: 'Sở TC',
  type: 'DEPARTMENT',
  active: true,
  version: 0,
};
const admin = { username: 'quantri', roles: ['admin'] };

function backend(overrides: Parameters<typeof mockApi>[0] = {}) {
  return mockApi({
    'GET /api/v1/me': () => admin,
    'GET /api/v1/units': () => pageOf([SKHDT, STC]),
    'GET /api/v1/units/4': () => ({ ...SKHDT, shortName: 'KH&ĐT', version: 4 }),
    'GET /api/v1/unit-groups': () => ({
      items: [
        {
          id: 1,
          code: 'SO_BAN_NGANH',
          name: 'Các sở, ban, ngành',
          unitType: 'DEPARTMENT',
          dynamic: true,
          builtIn: true,
          memberCount: 7,
          version: 0,
        },
        {
          id: 3,
          code: 'KHOI_KINH_TE',
          name: 'Các sở khối kinh tế',
          dynamic: false,
          builtIn: false,
          memberCount: 2,
          version: 1,
        },
      ],
    }),
    ...overrides,
  });
}

const unitRow = (code: string) =>
  screen.getAllByTestId('unit-row').find((r) => r.getAttribute('data-code') === code)!;

function renderPage(api: ReturnType<typeof backend>, initialEntry = '/admin/units') {
  return renderWithApp(<UnitAdminPage />, {
    fetch: api.fetch,
    auth: fakeAuth({ username: 'quantri', roles: ['admin'] }),
    path: '/admin/units',
    initialEntry,
  });
}

describe('UnitAdminPage', () => {
  it('lists units with validity in dd/MM/yyyy and keeps its filters in the URL', async () => {
    const api = backend();
    const { router } = renderPage(api, '/admin/units?q=so&active=true');
    await screen.findAllByTestId('unit-row');
    expect(within(unitRow('SKHDT')).getByText('Từ 01/04/2008')).toBeTruthy();
    expect(within(unitRow('SKHDT')).getByText('Đang hoạt động')).toBeTruthy();
    const query = api.urls('/api/v1/units').find((u) => u.searchParams.get('q') === 'so');
    expect(query?.searchParams.get('active')).toBe('true');
    fireEvent.click(screen.getByText('Nhóm đơn vị'));
    await waitFor(() => expect(router.state.location.search).toBe('?tab=groups'));
  });

  it('merges a unit into its successor and shows how many assignments moved', async () => {
    const bodies: unknown[] = [];
    const api = backend({
      'POST /api/v1/units/4/reorganization': async (_url, request) => {
        bodies.push(await request.json());
        return {
          unit: { ...SKHDT, active: false, validTo: '2025-02-28', successorId: 5 },
          successor: STC,
          movedAssignments: 12,
          cancelledDuplicates: 3,
          updatedGroups: 1,
        };
      },
    });
    renderPage(api);
    await screen.findAllByTestId('unit-row');
    fireEvent.click(within(unitRow('SKHDT')).getByTestId('unit-reorganize'));
    const dialog = await screen.findByTestId('reorganize');
    const successor = within(dialog).getByTestId('reorganize-successor');
    fireEvent.mouseDown(within(successor).getByRole('combobox'));
    const options = await screen.findAllByTitle('Sở Tài chính (Sở TC)');
    fireEvent.click(options[options.length - 1]);
    fireEvent.click(within(document.body).getByTestId('reorganize-submit'));

    const result = await screen.findByTestId('reorganize-result');
    expect(within(result).getByTestId('reorganize-moved').textContent).toBe('12');
    expect(within(result).getByTestId('reorganize-cancelled').textContent).toBe('3');
    expect(result.textContent).toContain('Sở Tài chính');
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).toMatchObject({ action: 'MERGE', successorId: 5 });
    expect((bodies[0] as { effectiveDate: string }).effectiveDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('edits a unit with its version, and reloads it after a 409', async () => {
    const puts: { version: number; name: string }[] = [];
    const api = backend({
      'PUT /api/v1/units/4': async (_url, request) => {
        const body = (await request.json()) as { version: number; name: string };
        puts.push(body);
        return body.version === 4
          ? { ...SKHDT, ...body, version: 5 }
          : json(
              { title: 'Xung đột dữ liệu', status: 409, detail: 'Đã bị thay đổi.' },
              409,
              'application/problem+json',
            );
      },
    });
    renderPage(api);
    await screen.findAllByTestId('unit-row');
    fireEvent.click(within(unitRow('SKHDT')).getByTestId('unit-edit'));
    const form = await screen.findByTestId('unit-form');
    expect((within(form).getByTestId('unit-code') as HTMLInputElement).disabled).toBe(true);
    fireEvent.change(within(form).getByTestId('unit-name'), {
      target: { value: 'Sở Tài chính - Kế hoạch' },
    });
    fireEvent.click(within(document.body).getByTestId('unit-save'));
    const conflict = await screen.findByTestId('conflict');
    expect(puts[0].version).toBe(3);

    fireEvent.click(within(conflict).getByTestId('conflict-reload'));
    await waitFor(() =>
      expect((within(form).getByTestId('unit-short-name') as HTMLInputElement).value).toBe('KH&ĐT'),
    );
    fireEvent.click(within(document.body).getByTestId('unit-save'));
    await waitFor(() => expect(puts).toHaveLength(2));
    expect(puts[1]).toMatchObject({ version: 4, name: 'Sở Kế hoạch và Đầu tư' });
    await waitFor(() => expect(screen.queryByTestId('unit-form')).toBeNull());
  });

  it('shows dynamic groups read-only and lets explicit groups be edited', async () => {
    renderPage(backend(), '/admin/units?tab=groups');
    const rows = await screen.findAllByTestId('group-row');
    const [dynamic, explicit] = rows;
    expect(dynamic.getAttribute('data-dynamic')).toBe('true');
    expect(within(dynamic).getByText('Tự động: mọi đơn vị loại “Sở, ban, ngành”')).toBeTruthy();
    expect(within(dynamic).queryByTestId('group-edit')).toBeNull();
    expect(within(dynamic).queryByTestId('group-delete')).toBeNull();
    expect(within(explicit).getByTestId('group-edit')).toBeTruthy();
    expect(within(explicit).getByTestId('group-delete')).toBeTruthy();
    expect(within(explicit).getByText('2 đơn vị')).toBeTruthy();
  });
});
