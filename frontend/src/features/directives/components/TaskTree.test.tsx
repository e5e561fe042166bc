import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { LocalizedConfigProvider } from '../../../AppProviders';
import type { TaskNode } from '../../../api/types';
import { SCT, STTTT } from '../../../test/fixtures';
import { TaskTree } from './TaskTree';

const leaf = (id: number, code: string, timeliness: TaskNode['timeliness'], dueDate?: string) =>
  ({
    id,
    code,
    content: `Nhiệm vụ ${code}`,
    kind: 'DEADLINE',
    dueDate,
    status: 'IN_PROGRESS',
    percentComplete: 40,
    timeliness,
    leadUnits: [SCT],
    counts: { total: 1, [timeliness as string]: 1 },
    children: [],
  }) as TaskNode;

const nodes: TaskNode[] = [
  {
    id: 40,
    code: 'II.4',
    content: 'Phát triển công nghiệp theo hướng bền vững',
    kind: undefined,
    counts: { total: 9, OVERDUE: 3, ON_TRACK: 5, COMPLETED_ON_TIME: 1, DUE_SOON: 0 },
    children: [
      leaf(41, 'II.4.a.1', 'OVERDUE', '2026-01-15'),
      leaf(42, 'II.4.a.2', 'DUE_SOON', '2026-11-26'),
      leaf(43, 'II.4.a.3', 'COMPLETED_ON_TIME', '2026-06-30'),
      { ...leaf(44, 'II.4.b', 'NO_DEADLINE'), kind: 'ONGOING', leadUnits: [STTTT] },
    ],
  },
];

function renderTree(onOpen = vi.fn()) {
  render(
    <LocalizedConfigProvider>
      <TaskTree nodes={nodes} onOpen={onOpen} />
    </LocalizedConfigProvider>,
  );
  return onOpen;
}

const node = (code: string) =>
  screen.getAllByTestId('tree-node').find((n) => n.getAttribute('data-code') === code)!;

describe('TaskTree', () => {
  it("shows a group's counts by timeliness, leaving zero counts out", () => {
    renderTree();
    const group = node('II.4');
    expect(group.getAttribute('data-heading')).toBe('true');
    const counts = within(group).getByTestId('node-counts');
    expect(
      within(counts)
        .getAllByText(/./)
        .map((tag) => tag.textContent),
    ).toEqual(['3 quá hạn', '5 đang thực hiện', '1 hoàn thành đúng hạn']);
    expect(within(group).queryByTestId('node-count-DUE_SOON')).toBeNull();
    expect(within(group).getByTestId('node-count-OVERDUE').className).toMatch(/red/);
  });

  it('colours each task by its timeliness: red overdue, orange due soon, green on time', () => {
    renderTree();
    const expectations: [string, string, RegExp, string][] = [
      ['II.4.a.1', 'Quá hạn', /red/, '#f5222d'],
      ['II.4.a.2', 'Sắp đến hạn', /orange/, '#fa8c16'],
      ['II.4.a.3', 'Hoàn thành đúng hạn', /green/, '#52c41a'],
    ];
    for (const [code, label, tagColour, border] of expectations) {
      const row = node(code);
      const tag = within(row).getByText(label);
      expect(tag.className, code).toMatch(tagColour);
      expect(row.style.borderInlineStart, code).toContain(border);
    }
    expect(within(node('II.4.a.1')).getByText('Hạn: 15/01/2026')).toBeTruthy();
    expect(within(node('II.4.b')).getByText('Không có thời hạn')).toBeTruthy();
    expect(within(node('II.4.b')).getByText('Sở TT&TT')).toBeTruthy();
  });

  it('opens the task when a node is clicked', () => {
    const onOpen = renderTree();
    fireEvent.click(within(node('II.4.a.2')).getByTestId('tree-node-link'));
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(onOpen.mock.calls[0][0].id).toBe(42);
  });

  it('collapses and expands the whole tree', () => {
    renderTree();
    expect(screen.getAllByTestId('tree-node')).toHaveLength(5);
    fireEvent.click(screen.getByText('Thu gọn'));
    expect(screen.getAllByTestId('tree-node').map((n) => n.getAttribute('data-code'))).toEqual([
      'II.4',
    ]);
    fireEvent.click(screen.getByText('Mở rộng tất cả'));
    expect(screen.getAllByTestId('tree-node')).toHaveLength(5);
  });
});
