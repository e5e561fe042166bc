import { useState, type Key } from 'react';
import { Button, Empty, Flex, Progress, Tree, Typography } from 'antd';
import type { TreeDataNode } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TaskNode } from '../../../api/types';
import { formatDate } from '../../../lib/dates';
import { TimelinessCountTags, TimelinessTag } from '../../tasks/components/TimelinessTag';
import { TIMELINESS_FILL, nonZeroCounts } from '../../tasks/timeliness';
import { UnitList } from '../../tasks/components/UnitList';
import { flattenTree } from '../tree';

interface Props {
  nodes: readonly TaskNode[];
  /** a click on a node opens the task */
  onOpen: (node: TaskNode) => void;
}

function NodeTitle({ node, onOpen }: { node: TaskNode; onOpen: (node: TaskNode) => void }) {
  const { t } = useTranslation();
  const heading = !node.kind;
  const counts = nonZeroCounts(node.counts);
  const fill = node.timeliness ? TIMELINESS_FILL[node.timeliness] : 'transparent';
  return (
    <div
      data-testid="tree-node"
      data-task-id={node.id}
      data-code={node.code}
      data-timeliness={node.timeliness ?? ''}
      data-heading={heading ? 'true' : 'false'}
      style={{
        display: 'flex',
        gap: 8,
        alignItems: 'flex-start',
        padding: '4px 8px',
        borderInlineStart: `4px solid ${heading ? 'transparent' : fill}`,
        borderRadius: 4,
      }}
    >
      <div style={{ flex: 1, minWidth: 0 }}>
        <Typography.Link
          strong={heading}
          onClick={(event) => {
            event.stopPropagation();
            onOpen(node);
          }}
          data-testid="tree-node-link"
        >
          <Typography.Text strong style={{ marginInlineEnd: 6 }}>
            {node.code}
          </Typography.Text>
          <span style={{ whiteSpace: 'normal' }}>{node.content}</span>
        </Typography.Link>
        <Flex wrap gap={4} align="center" style={{ marginTop: 2 }}>
          {!heading && <TimelinessTag timeliness={node.timeliness} />}
          {!heading && node.dueDate && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('directives.due', { date: formatDate(node.dueDate) })}
            </Typography.Text>
          )}
          {!heading && (node.leadUnits ?? []).length > 0 && <UnitList units={node.leadUnits} />}
          {counts.length > 0 && (heading || (node.children ?? []).length > 0) && (
            <span data-testid="node-counts">
              <TimelinessCountTags counts={counts} testIdPrefix="node-count" />
            </span>
          )}
        </Flex>
      </div>
      {!heading && (
        <Progress
          type="circle"
          size={34}
          percent={node.percentComplete ?? 0}
          strokeColor={fill === 'transparent' ? undefined : fill}
        />
      )}
    </div>
  );
}

function toTreeData(nodes: readonly TaskNode[], onOpen: (node: TaskNode) => void): TreeDataNode[] {
  return nodes.map((node) => ({
    key: node.id ?? `${node.code}`,
    title: <NodeTitle node={node} onOpen={onOpen} />,
    children: toTreeData(node.children ?? [], onOpen),
    selectable: false,
  }));
}

/** The program's tree: groups, items and tasks, coloured by timeliness, with counts per group. */
export function TaskTree({ nodes, onOpen }: Props) {
  const { t } = useTranslation();
  const allKeys = flattenTree(nodes)
    .filter((n) => (n.children ?? []).length > 0)
    .map((n) => n.id ?? `${n.code}`);
  const [expanded, setExpanded] = useState<Key[] | undefined>(undefined);
  if (nodes.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('directives.treeEmpty')} />;
  return (
    <Flex vertical gap="small">
      <Flex gap="small">
        <Button size="small" onClick={() => setExpanded(allKeys)}>
          {t('directives.expandAll')}
        </Button>
        <Button size="small" onClick={() => setExpanded([])}>
          {t('directives.collapseAll')}
        </Button>
      </Flex>
      <Tree
        blockNode
        showLine
        data-testid="task-tree"
        expandedKeys={expanded ?? allKeys}
        onExpand={(keys) => setExpanded(keys)}
        treeData={toTreeData(nodes, onOpen)}
      />
    </Flex>
  );
}
