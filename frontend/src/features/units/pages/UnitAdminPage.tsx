import { useState, type HTMLAttributes } from 'react';
import {
  App,
  Button,
  Drawer,
  Empty,
  Flex,
  Popconfirm,
  Select,
  Skeleton,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../api/ErrorAlert';
import { userMessage } from '../../../api/problem';
import type { Unit, UnitGroup } from '../../../api/types';
import { formatDate } from '../../../lib/dates';
import { HistoryTimeline } from '../../history/HistoryTimeline';
import { TextFilter } from '../../tasks/components/TextFilter';
import { PAGE_SIZE_OPTIONS } from '../../tasks/filters';
import { GroupFormModal } from '../components/GroupFormModal';
import { ReorganizeModal } from '../components/ReorganizeModal';
import { UnitFormModal } from '../components/UnitFormModal';
import { useDeleteGroup, useUnitGroup, useUnitGroups, useUnitPage } from '../hooks/useUnitAdmin';

type Dialog =
  | { kind: 'unit'; unit?: Unit }
  | { kind: 'reorganize'; unit: Unit }
  | { kind: 'history'; unit: Unit }
  | { kind: 'group'; group?: UnitGroup };

function positiveInt(value: string | null): number | undefined {
  return value && /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : undefined;
}

/** `/admin/units` (admin only): units, groups, merges and renames. Filters live in the URL. */
export function UnitAdminPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'groups' ? 'groups' : 'units';
  const [dialog, setDialog] = useState<Dialog | undefined>();
  const close = () => setDialog(undefined);

  const setParam = (changes: Record<string, string | undefined>) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(changes)) {
        if (value === undefined || value === '') next.delete(key);
        else next.set(key, value);
      }
      return next;
    });

  return (
    <Flex vertical gap="middle" data-testid="unit-admin">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('unitAdmin.title')}
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'groups' ? { tab: 'groups' } : {})}
        items={[
          {
            key: 'units',
            label: t('unitAdmin.tabUnits'),
            children: <UnitsTab params={params} setParam={setParam} open={setDialog} />,
          },
          {
            key: 'groups',
            label: t('unitAdmin.tabGroups'),
            children: <GroupsTab open={setDialog} />,
          },
        ]}
      />
      {dialog?.kind === 'unit' && <UnitFormModal unit={dialog.unit} onClose={close} />}
      {dialog?.kind === 'reorganize' && <ReorganizeModal unit={dialog.unit} onClose={close} />}
      {dialog?.kind === 'group' && <GroupFormModal group={dialog.group} onClose={close} />}
      <Drawer
        open={dialog?.kind === 'history'}
        onClose={close}
        size="large"
        destroyOnHidden
        title={
          dialog?.kind === 'history' ? t('unitAdmin.historyTitle', { name: dialog.unit.name }) : ''
        }
      >
        {dialog?.kind === 'history' && <HistoryTimeline subject="units" id={dialog.unit.id} />}
      </Drawer>
    </Flex>
  );
}

function UnitsTab({
  params,
  setParam,
  open,
}: {
  params: URLSearchParams;
  setParam: (changes: Record<string, string | undefined>) => void;
  open: (dialog: Dialog) => void;
}) {
  const { t } = useTranslation();
  const q = params.get('q')?.trim() || undefined;
  const activeParam = params.get('active');
  const active = activeParam === 'true' ? true : activeParam === 'false' ? false : undefined;
  const page = (positiveInt(params.get('page')) ?? 1) - 1;
  const size = Math.min(positiveInt(params.get('size')) ?? 20, 200);
  const units = useUnitPage({ q, active, page, size });
  const all = useUnitPage({ page: 0, size: 200 });
  const nameOf = (id: number | null | undefined) =>
    id == null ? undefined : (all.data?.items ?? []).find((u) => u.id === id)?.name;

  return (
    <Flex vertical gap="middle">
      <Flex wrap gap="small" justify="space-between">
        <Space wrap>
          <TextFilter
            value={q}
            onCommit={(value) => setParam({ q: value, page: undefined })}
            label={t('tasks.filters.search')}
            placeholder={t('unitAdmin.searchPlaceholder')}
            width={320}
            enterButton={t('tasks.filters.search')}
            data-testid="unit-search"
          />
          <Select<string>
            allowClear
            style={{ width: 200 }}
            placeholder={t('unitAdmin.allStates')}
            aria-label={t('unitAdmin.columns.active')}
            value={activeParam === 'true' || activeParam === 'false' ? activeParam : undefined}
            onChange={(value) => setParam({ active: value ?? undefined, page: undefined })}
            options={[
              { value: 'true', label: t('unitAdmin.active') },
              { value: 'false', label: t('unitAdmin.inactive') },
            ]}
            data-testid="unit-active-filter"
          />
        </Space>
        <Button type="primary" onClick={() => open({ kind: 'unit' })} data-testid="unit-add">
          {t('unitAdmin.add')}
        </Button>
      </Flex>
      {units.isError && <ErrorAlert error={units.error} onRetry={() => void units.refetch()} />}
      <Table<Unit>
        rowKey="id"
        size="middle"
        loading={units.isFetching}
        dataSource={units.data?.items ?? []}
        data-testid="unit-table"
        scroll={{ x: 1100 }}
        onRow={(u) =>
          ({ 'data-testid': 'unit-row', 'data-code': u.code }) as HTMLAttributes<HTMLElement>
        }
        pagination={{
          current: page + 1,
          pageSize: size,
          total: units.data?.totalItems ?? 0,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZE_OPTIONS,
          onChange: (nextPage, nextSize) =>
            setParam({
              page: nextSize !== size || nextPage === 1 ? undefined : String(nextPage),
              size: nextSize === 20 ? undefined : String(nextSize),
            }),
        }}
        columns={[
          { key: 'code', dataIndex: 'code', title: t('unitAdmin.columns.code'), width: 110 },
          { key: 'name', dataIndex: 'name', title: t('unitAdmin.columns.name') },
          {
            key: 'shortName',
            dataIndex: 'shortName',
            title: t('unitAdmin.columns.shortName'),
            width: 130,
          },
          {
            key: 'type',
            title: t('unitAdmin.columns.type'),
            width: 170,
            render: (_: unknown, u) => (u.type ? t(`unitType.${u.type}`) : null),
          },
          {
            key: 'parent',
            title: t('unitAdmin.columns.parent'),
            width: 170,
            render: (_: unknown, u) => nameOf(u.parentId) ?? t('common.none'),
          },
          {
            key: 'active',
            title: t('unitAdmin.columns.active'),
            width: 150,
            render: (_: unknown, u) =>
              u.active === false ? (
                <Tag>{t('unitAdmin.inactive')}</Tag>
              ) : (
                <Tag color="green">{t('unitAdmin.active')}</Tag>
              ),
          },
          {
            key: 'validity',
            title: t('unitAdmin.columns.validity'),
            width: 190,
            render: (_: unknown, u) => {
              const from = formatDate(u.validFrom);
              const to = formatDate(u.validTo);
              if (from && to) return t('unitAdmin.validRange', { from, to });
              if (from) return t('unitAdmin.validFrom', { from });
              if (to) return t('unitAdmin.validUntil', { to });
              return t('common.none');
            },
          },
          {
            key: 'successor',
            title: t('unitAdmin.columns.successor'),
            width: 170,
            render: (_: unknown, u) => nameOf(u.successorId) ?? t('common.none'),
          },
          {
            key: 'actions',
            title: t('common.actions'),
            width: 260,
            fixed: 'end',
            render: (_: unknown, u) => (
              <Space size={4} wrap>
                <Button
                  size="small"
                  onClick={() => open({ kind: 'unit', unit: u })}
                  data-testid="unit-edit"
                >
                  {t('unitAdmin.edit')}
                </Button>
                <Button
                  size="small"
                  onClick={() => open({ kind: 'reorganize', unit: u })}
                  disabled={u.active === false}
                  data-testid="unit-reorganize"
                >
                  {t('unitAdmin.reorganize')}
                </Button>
                <Button size="small" type="link" onClick={() => open({ kind: 'history', unit: u })}>
                  {t('unitAdmin.history')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
    </Flex>
  );
}

function isDynamic(group: UnitGroup): boolean {
  return group.dynamic ?? !!group.unitType;
}

/** The active members of a group, fetched when its row is expanded. */
function GroupMembers({ id }: { id: number }) {
  const detail = useUnitGroup(id);
  if (detail.isPending) return <Skeleton active paragraph={{ rows: 1 }} title={false} />;
  if (detail.isError)
    return <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />;
  return (
    <Space size={[4, 4]} wrap data-testid="group-members-list">
      {(detail.data.members ?? []).map((unit) => (
        <Tag key={unit.id}>{unit.name}</Tag>
      ))}
    </Space>
  );
}

function GroupsTab({ open }: { open: (dialog: Dialog) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const groups = useUnitGroups();
  const remove = useDeleteGroup();
  return (
    <Flex vertical gap="middle">
      <Flex justify="flex-end">
        <Button type="primary" onClick={() => open({ kind: 'group' })} data-testid="group-add">
          {t('groups.add')}
        </Button>
      </Flex>
      {groups.isError && <ErrorAlert error={groups.error} onRetry={() => void groups.refetch()} />}
      <Table<UnitGroup>
        rowKey="id"
        size="middle"
        loading={groups.isFetching}
        dataSource={groups.data?.items ?? []}
        pagination={false}
        data-testid="group-table"
        expandable={{
          expandedRowRender: (g) => <GroupMembers id={g.id as number} />,
          rowExpandable: (g) => g.id !== undefined,
        }}
        locale={{ emptyText: <Empty description={t('groups.empty')} /> }}
        onRow={(g) =>
          ({
            'data-testid': 'group-row',
            'data-code': g.code,
            'data-dynamic': isDynamic(g) ? 'true' : 'false',
          }) as HTMLAttributes<HTMLElement>
        }
        columns={[
          { key: 'code', dataIndex: 'code', title: t('groups.code'), width: 150 },
          {
            key: 'name',
            title: t('groups.name'),
            render: (_: unknown, g) => (
              <>
                <div>{g.name}</div>
                {g.description && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {g.description}
                  </Typography.Text>
                )}
              </>
            ),
          },
          {
            key: 'kind',
            title: t('groups.kind'),
            width: 260,
            render: (_: unknown, g) =>
              isDynamic(g) ? (
                <Tag color="purple" title={t('groups.dynamicNote')}>
                  {t('groups.dynamic', {
                    type: g.unitType ? t(`unitType.${g.unitType}`) : '',
                  })}
                </Tag>
              ) : (
                <Tag>{t('groups.explicit')}</Tag>
              ),
          },
          {
            key: 'members',
            title: t('groups.members'),
            width: 200,
            render: (_: unknown, g) => t('tasks.unitCount', { count: g.memberCount ?? 0 }),
          },
          {
            key: 'actions',
            title: t('common.actions'),
            width: 170,
            render: (_: unknown, g) =>
              isDynamic(g) ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('groups.dynamicNote')}
                </Typography.Text>
              ) : (
                <Space size={4}>
                  <Button
                    size="small"
                    onClick={() => open({ kind: 'group', group: g })}
                    data-testid="group-edit"
                  >
                    {t('unitAdmin.edit')}
                  </Button>
                  {!g.builtIn && (
                    <Popconfirm
                      title={t('groups.deleteConfirm', { name: g.name })}
                      okText={t('groups.delete')}
                      cancelText={t('common.cancel')}
                      onConfirm={() =>
                        remove.mutateAsync(g.id as number).then(
                          () => void message.success(t('groups.deleted', { name: g.name })),
                          (error: unknown) => void message.error(userMessage(error, t).message),
                        )
                      }
                    >
                      <Button size="small" danger data-testid="group-delete">
                        {t('groups.delete')}
                      </Button>
                    </Popconfirm>
                  )}
                </Space>
              ),
          },
        ]}
      />
    </Flex>
  );
}
