import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { chooseOption, fakeAuth, mockApi, renderWithApp } from '../../../test/utils';
import type { ImportDraft, ImportTask } from '../api';
import { ImportPage } from './ImportPage';

afterEach(cleanup);

const lead = (code: string, name: string, id: number) => ({
  text: name,
  status: 'MATCHED' as const,
  unitId: id,
  unitCode: code,
  unitName: name,
  confidence: 1,
  candidates: [],
});

const heading = (
  code: string,
  parentCode: string | undefined,
  content: string,
  from: number,
  to: number,
): ImportTask => ({
  code,
  parentCode,
  level: 'GROUP',
  heading: true,
  content,
  lead: [],
  coordinating: [],
  unitsInherited: false,
  firstLine: from,
  lastLine: to,
  notes: [],
});

function draft(version: number, coordinating: ImportTask['coordinating']): ImportDraft {
  const unresolved = (coordinating ?? []).filter((m) => m.status === 'UNKNOWN').length;
  return {
    id: 5,
    fileName: 'thu-nhap.txt',
    sourceFormat: 'TXT',
    status: 'READY',
    progress: 100,
    sourceLines: [
      'CHƯƠNG TRÌNH HÀNH ĐỘNG',
      'II. NHIỆM VỤ VÀ GIẢI PHÁP',
      '1. Phát triển cụm công nghiệp',
      'a) Ban Quản lý Khu kinh tế tỉnh chủ trì, phối hợp với Sở Xây dựng hoàn thiện hạ tầng.',
    ],
    proposal: {
      directive: {
        kind: 'ACTION_PROGRAM',
        title: 'Chương trình hành động thử nhập',
        issuingBody: 'Ủy ban nhân dân tỉnh',
        draft: false,
        firstLine: 1,
        lastLine: 1,
      },
      implementsChain: [
        {
          kind: 'CONCLUSION',
          numberSymbol: '57-KL/TU',
          issuedOn: '2022-10-07',
          issuingBody: 'Ban Thường vụ Tỉnh ủy',
          line: 1,
          existingId: 2,
        },
      ],
      tasks: [
        heading('II', undefined, 'NHIỆM VỤ VÀ GIẢI PHÁP', 2, 4),
        heading('II.1', 'II', 'Phát triển cụm công nghiệp', 3, 4),
        {
          code: 'II.1.a',
          parentCode: 'II.1',
          level: 'LETTER',
          heading: false,
          content:
            'Ban Quản lý Khu kinh tế tỉnh chủ trì, phối hợp với Sở Xây dựng hoàn thiện hạ tầng.',
          kind: 'ONGOING',
          lead: [lead('BQLKKT', 'Ban Quản lý Khu kinh tế tỉnh', 8)],
          coordinating,
          unitsInherited: false,
          firstLine: 4,
          lastLine: 4,
          notes: [],
        },
      ],
      obligations: [],
      warnings: [
        {
          code: 'UNIT_UNKNOWN',
          line: 4,
          taskCode: 'II.1.a',
          message: 'Đơn vị phối hợp "Sở Xây dựng" không có trong danh mục',
        },
      ],
    },
    unresolved,
    reportingSchedule: {
      name: 'Báo cáo kết quả thực hiện (6 tháng)',
      kinds: ['HALF_YEARLY'],
      unitDueWorkingDays: 2,
      trackerDueWorkingDays: 5,
      kindsFromText: true,
      daysFromText: false,
      sourceCodes: ['III.1'],
    },
    createdBy: 'theodoi.sct',
    version,
  };
}

const unknown = {
  text: 'Sở Xây dựng',
  status: 'UNKNOWN' as const,
  confidence: 0.6,
  candidates: [{ unitId: 2, code: 'SKHDT', name: 'Sở Kế hoạch và Đầu tư', confidence: 0.6 }],
};

function backend() {
  return mockApi({
    'GET /api/v1/imports/5': () => draft(2, [unknown]),
    'PATCH /api/v1/imports/5': () =>
      draft(3, [{ ...lead('SKHDT', 'Sở Kế hoạch và Đầu tư', 2), status: 'CHOSEN' }]),
    'POST /api/v1/imports/5/accept': () => ({
      directiveId: 7,
      createdDirectiveIds: [],
      createdTasks: 3,
      updatedTasks: 0,
      removedTaskCodes: [],
    }),
    'GET /api/v1/units': () => ({ items: [], page: 0, size: 100, totalItems: 0, totalPages: 0 }),
  });
}

describe('ImportPage', () => {
  it('shows a task beside its source lines, picks a unit for an unknown match, accepts and opens the program', async () => {
    const api = backend();
    const { router } = renderWithApp(<ImportPage />, {
      fetch: api.fetch,
      auth: fakeAuth({ roles: ['coordinator'] }),
      path: '/directives/import',
      initialEntry: '/directives/import?id=5',
    });
    expect((await screen.findByTestId('unresolved-count')).textContent).toBe(
      'Còn 1 đơn vị cần chọn',
    );
    expect(screen.getByTestId('import-chain').textContent).toContain(
      '57-KL/TU ngày 07/10/2022 của Ban Thường vụ Tỉnh ủy',
    );
    expect(screen.getByTestId('import-accept').hasAttribute('disabled')).toBe(true);

    const node = (await screen.findAllByTestId('import-tree-node')).find(
      (n) => n.getAttribute('data-code') === 'II.1.a',
    )!;
    fireEvent.click(node);
    const highlighted = screen
      .getAllByTestId('source-line')
      .filter((l) => l.getAttribute('data-highlighted') === 'true');
    expect(highlighted.map((l) => l.getAttribute('data-line'))).toEqual(['4']);

    const editor = screen.getByTestId('task-editor');
    expect(
      within(editor).getByTestId('coordinating-units').querySelector('[data-status="UNKNOWN"]')
        ?.textContent,
    ).toBe('Sở Xây dựng');
    await chooseOption('unit-picker', 'Sở Kế hoạch và Đầu tư (60%)');
    await waitFor(() => expect(api.urls('/api/v1/imports/5').length).toBeGreaterThan(1));
    const patch = api.requests.find((r) => r.method === 'PATCH')!;
    expect(await patch.json()).toEqual({
      version: 2,
      tasks: [{ code: 'II.1.a', coordinating: [{ unitId: 2 }] }],
    });
    await waitFor(() =>
      expect(screen.getByTestId('unresolved-count').textContent).toBe(
        'Mọi đơn vị đã được xác định',
      ),
    );

    fireEvent.click(screen.getByTestId('import-accept'));
    fireEvent.click(await screen.findByRole('button', { name: /OK|Đồng ý/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/directives/7'));
    const post = api.requests.find((r) => r.method === 'POST')!;
    expect(await post.json()).toEqual({ version: 3 });
    // A whole review on antd components: slower than the default on a shared machine.
  }, 60000);

  it('polls a draft being read, shows its progress, then the review with the reporting schedule', async () => {
    let calls = 0;
    const api = mockApi({
      'GET /api/v1/imports/5': () => {
        calls += 1;
        if (calls === 1)
          return { ...draft(0, [unknown]), status: 'QUEUED', progress: 0, proposal: undefined };
        if (calls === 2)
          return { ...draft(1, [unknown]), status: 'RUNNING', progress: 45, proposal: undefined };
        return draft(2, [unknown]);
      },
      'GET /api/v1/units': () => ({ items: [], page: 0, size: 100, totalItems: 0, totalPages: 0 }),
    });
    renderWithApp(<ImportPage />, {
      fetch: api.fetch,
      auth: fakeAuth({ roles: ['coordinator'] }),
      path: '/directives/import',
      initialEntry: '/directives/import?id=5',
    });
    expect((await screen.findByTestId('reading-progress')).textContent).toContain(
      'Đang đọc văn bản',
    );
    await waitFor(
      () => expect(screen.getByTestId('reading-progress').textContent).toContain('45%'),
      {
        timeout: 5000,
      },
    );
    const schedule = await screen.findByTestId('import-schedule', {}, { timeout: 5000 });
    expect(screen.queryByTestId('reading-progress')).toBeNull();
    expect(schedule.textContent).toContain('Báo cáo kết quả thực hiện (6 tháng)');
    expect(screen.getByTestId('import-schedule-kinds').textContent).toBe('6 tháng');
    expect(schedule.textContent).toContain('theo lịch báo cáo chung');
    expect(screen.getByTestId('import-tree')).toBeTruthy();
    // READY: no more polling.
    const seen = api.urls('/api/v1/imports/5').length;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(api.urls('/api/v1/imports/5').length).toBe(seen);
  }, 60000);

  it('shows why a document could not be read', async () => {
    const api = mockApi({
      'GET /api/v1/imports/5': () => ({
        ...draft(1, []),
        status: 'FAILED',
        proposal: undefined,
        sourceLines: [],
        error: 'Không đọc được tệp DOCX: tệp hỏng hoặc không đúng định dạng (.docx, .txt UTF-8).',
      }),
    });
    renderWithApp(<ImportPage />, {
      fetch: api.fetch,
      auth: fakeAuth({ roles: ['coordinator'] }),
      path: '/directives/import',
      initialEntry: '/directives/import?id=5',
    });
    const failed = await screen.findByTestId('import-failed');
    expect(failed.textContent).toContain('Không đọc được văn bản');
    expect(failed.textContent).toContain('Không đọc được tệp DOCX');
  });
});
