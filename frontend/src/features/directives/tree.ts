import type { TaskNode } from '../../api/types';

export interface TreeOption {
  value: number;
  title: string;
  children?: TreeOption[];
}

const short = (text: string | undefined, max = 90) =>
  !text ? '' : text.length > max ? `${text.slice(0, max - 1)}…` : text;

/** Task-tree nodes as TreeSelect options; `groupsOnly` keeps nodes that have children. */
export function treeOptions(
  nodes: readonly TaskNode[] | undefined,
  groupsOnly = false,
): TreeOption[] {
  return (nodes ?? [])
    .filter((n) => n.id !== undefined && (!groupsOnly || (n.children ?? []).length > 0))
    .map((n) => {
      const children = treeOptions(n.children, groupsOnly);
      return {
        value: n.id as number,
        title: `${n.code ?? ''} ${short(n.content)}`.trim(),
        ...(children.length > 0 ? { children } : {}),
      };
    });
}

/** Every node, depth first. */
export function flattenTree(nodes: readonly TaskNode[] | undefined): TaskNode[] {
  return (nodes ?? []).flatMap((n) => [n, ...flattenTree(n.children)]);
}

/**
 * The groups worth a bar each: the top-level headings, or, when everything sits under one
 * heading ("II. Nhiệm vụ và giải pháp"), the headings below it.
 */
export function chartGroups(nodes: readonly TaskNode[] | undefined): TaskNode[] {
  const headings = (nodes ?? []).filter((n) => !n.kind);
  if (headings.length === 1) {
    const below = chartGroups(headings[0].children);
    if (below.length > 1) return below;
  }
  return headings;
}
