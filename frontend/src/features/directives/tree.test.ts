import { describe, expect, it } from 'vitest';
import type { TaskNode } from '../../api/types';
import { chartGroups, flattenTree, treeOptions } from './tree';

const heading = (id: number, code: string, children: TaskNode[] = []): TaskNode => ({
  id,
  code,
  content: `Nhóm ${code}`,
  children,
});
const task = (id: number, code: string): TaskNode => ({
  id,
  code,
  content: `Nhiệm vụ ${code}`,
  kind: 'DEADLINE',
  children: [],
});

describe('task tree helpers', () => {
  const tree = [
    heading(1, 'II', [
      heading(2, 'II.1', [task(3, 'II.1.a')]),
      heading(4, 'II.2', [task(5, 'II.2.a'), task(6, 'II.2.b')]),
    ]),
    task(7, 'E2E-1'),
  ];

  it('charts the groups under a single top heading', () => {
    expect(chartGroups(tree).map((n) => n.code)).toEqual(['II.1', 'II.2']);
    expect(chartGroups([heading(2, 'II.1'), heading(4, 'II.2')]).map((n) => n.code)).toEqual([
      'II.1',
      'II.2',
    ]);
    expect(chartGroups([task(3, 'a')])).toEqual([]);
  });

  it('offers only the nodes with children as groups to filter by', () => {
    expect(treeOptions(tree, true)).toEqual([
      {
        value: 1,
        title: 'II Nhóm II',
        children: [
          { value: 2, title: 'II.1 Nhóm II.1' },
          { value: 4, title: 'II.2 Nhóm II.2' },
        ],
      },
    ]);
    expect(flattenTree(tree).map((n) => n.id)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});
