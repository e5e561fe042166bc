import type { HTMLAttributes } from 'react';
import { Empty, Progress, Skeleton, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useTranslation } from 'react-i18next';
import type { TaskSummary } from '../../../api/types';
import { PAGE_SIZE_OPTIONS, type SortField, type TaskSort } from '../filters';
import { DueDate } from './DueDate';
import { StatusTag } from './StatusTag';
import { TimelinessTag } from './TimelinessTag';
import { UnitList } from './UnitList';

export interface TaskTableChange {
  page: number;
  size: number;
  sort: TaskSort | undefined;
}

interface Props {
  tasks: readonly TaskSummary[];
  total: number;
  page: number;
  size: number;
  sort: TaskSort | undefined;
  loading: boolean;
  /** nothing has been loaded yet: show a skeleton rather than "no tasks" */
  pending?: boolean;
  onChange: (change: TaskTableChange) => void;
  onOpen: (task: TaskSummary) => void;
}

function sortOrder(sort: TaskSort | undefined, field: SortField) {
  if (sort?.field !== field) return null;
  return sort.direction === 'asc' ? 'ascend' : 'descend';
}

/** The task list: server-side paging and sorting; a click on a row opens the task. */
export function TaskTable(props: Props) {
  const { tasks, total, page, size, sort, loading, pending, onChange, onOpen } = props;
  const { t } = useTranslation();

  const columns: TableProps<TaskSummary>['columns'] = [
    {
      key: 'code',
      dataIndex: 'code',
      title: t('tasks.columns.code'),
      width: 110,
      sorter: true,
      sortOrder: sortOrder(sort, 'code'),
      render: (code: string) => <Typography.Text strong>{code}</Typography.Text>,
    },
    {
      key: 'content',
      dataIndex: 'content',
      title: t('tasks.columns.content'),
      render: (content: string) => (
        <Typography.Paragraph
          style={{ marginBottom: 0 }}
          ellipsis={{
            rows: 3,
            tooltip: { title: content, placement: 'topLeft', styles: { root: { maxWidth: 640 } } },
          }}
        >
          {content}
        </Typography.Paragraph>
      ),
    },
    {
      key: 'leadUnits',
      title: t('tasks.columns.leadUnits'),
      width: 170,
      render: (_: unknown, task) => <UnitList units={task.leadUnits} />,
    },
    {
      key: 'coordinatingUnits',
      title: t('tasks.columns.coordinatingUnits'),
      width: 170,
      render: (_: unknown, task) => <UnitList units={task.coordinatingUnits} />,
    },
    {
      key: 'dueDate',
      dataIndex: 'dueDate',
      title: t('tasks.columns.dueDate'),
      width: 130,
      sorter: true,
      sortOrder: sortOrder(sort, 'dueDate'),
      render: (_: unknown, task) => <DueDate task={task} />,
    },
    {
      key: 'timeliness',
      dataIndex: 'timeliness',
      title: t('tasks.columns.timeliness'),
      width: 150,
      render: (_: unknown, task) => <TimelinessTag timeliness={task.timeliness} />,
    },
    {
      key: 'status',
      dataIndex: 'status',
      title: t('tasks.columns.status'),
      width: 140,
      render: (_: unknown, task) => <StatusTag status={task.status} />,
    },
    {
      key: 'percentComplete',
      dataIndex: 'percentComplete',
      title: t('tasks.columns.progress'),
      width: 120,
      render: (percent: number | null | undefined) => (
        <Progress percent={percent ?? 0} size="small" aria-label={`${percent ?? 0}%`} />
      ),
    },
  ];

  const handleChange: TableProps<TaskSummary>['onChange'] = (
    pagination,
    _filters,
    sorter,
    extra,
  ) => {
    const nextSize = pagination.pageSize ?? size;
    if (extra.action === 'sort') {
      const s = (Array.isArray(sorter) ? sorter[0] : sorter) as
        SorterResult<TaskSummary> | undefined;
      const field = s?.columnKey === 'code' || s?.columnKey === 'dueDate' ? s.columnKey : undefined;
      const nextSort: TaskSort | undefined =
        field && s?.order ? { field, direction: s.order === 'ascend' ? 'asc' : 'desc' } : undefined;
      onChange({ page: 0, size: nextSize, sort: nextSort });
      return;
    }
    const nextPage = nextSize !== size ? 0 : (pagination.current ?? 1) - 1;
    onChange({ page: nextPage, size: nextSize, sort });
  };

  return (
    <Table<TaskSummary>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={tasks as TaskSummary[]}
      loading={loading}
      onChange={handleChange}
      scroll={{ x: 1250 }}
      locale={{
        emptyText: pending ? (
          <Skeleton active paragraph={{ rows: 6 }} title={false} />
        ) : (
          <Empty description={t('tasks.empty')} />
        ),
      }}
      showSorterTooltip={false}
      pagination={{
        current: page + 1,
        pageSize: size,
        total,
        showSizeChanger: true,
        pageSizeOptions: PAGE_SIZE_OPTIONS,
        showTotal: (all, range) => t('tasks.range', { start: range[0], end: range[1], total: all }),
      }}
      onRow={(task) =>
        ({
          'data-testid': 'task-row',
          'data-task-code': task.code,
          'data-timeliness': task.timeliness,
          'data-task-id': task.id,
          tabIndex: 0,
          style: { cursor: 'pointer' },
          onClick: () => onOpen(task),
          onKeyDown: (event) => {
            if (event.key === 'Enter' || event.key === ' ') {
              event.preventDefault();
              onOpen(task);
            }
          },
        }) as HTMLAttributes<HTMLElement>
      }
    />
  );
}
