import { useState } from 'react';
import { Button, DatePicker, Flex, Select, TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  ASSIGNMENT_ROLES,
  TASK_STATUSES,
  TIMELINESS,
  type AssignmentRole,
  type TaskStatus,
  type Timeliness,
  type Unit,
} from '../../../api/types';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '../../../lib/dates';
import { useDebouncedCallback } from '../../../lib/debounce';
import { useDirectives, useDirectiveTree } from '../../directives/hooks/useDirectives';
import { directiveLabel } from '../../directives/labels';
import { treeOptions } from '../../directives/tree';
import { unitOptionLabel } from '../../units/labels';
import type { TaskSelection } from '../filters';
import { useUnit, useUnits } from '../hooks/useUnits';
import { TextFilter } from './TextFilter';

export { SEARCH_DEBOUNCE_MS } from './TextFilter';

type FilterChange = Partial<TaskSelection>;

interface Props {
  filters: TaskSelection;
  /** unit users always see their own unit: no unit picker */
  unitScoped: boolean;
  onChange: (change: FilterChange) => void;
  onReset: () => void;
}

export function TaskFilterBar({ filters, unitScoped, onChange, onReset }: Props) {
  const { t } = useTranslation();
  const directives = useDirectives();
  const tree = useDirectiveTree(filters.directiveId);

  return (
    <Flex vertical gap="small" data-testid="task-filters">
      <Flex wrap gap="small">
        <TextFilter
          value={filters.q}
          onCommit={(q) => onChange({ q })}
          label={t('tasks.filters.search')}
          placeholder={t('tasks.filters.searchPlaceholder')}
          width={360}
          enterButton={t('tasks.filters.search')}
          data-testid="filter-search"
        />
        <Select<TaskStatus>
          allowClear
          aria-label={t('tasks.filters.status')}
          placeholder={t('tasks.filters.allStatuses')}
          style={{ width: 190 }}
          value={filters.status}
          onChange={(status) => onChange({ status: status ?? undefined })}
          options={TASK_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
          data-testid="filter-status"
        />
        <Select<Timeliness>
          allowClear
          aria-label={t('tasks.filters.timeliness')}
          placeholder={t('tasks.filters.allTimeliness')}
          style={{ width: 230 }}
          value={filters.timeliness}
          onChange={(timeliness) => onChange({ timeliness: timeliness ?? undefined })}
          options={TIMELINESS.map((value) => ({ value, label: t(`timeliness.${value}`) }))}
          data-testid="filter-timeliness"
        />
        <Select<number>
          allowClear
          aria-label={t('tasks.filters.directive')}
          placeholder={t('tasks.filters.allDirectives')}
          style={{ width: 300 }}
          value={filters.directiveId}
          loading={directives.isFetching}
          showSearch={{ optionFilterProp: 'label' }}
          onChange={(directiveId) =>
            onChange({ directiveId: directiveId ?? undefined, subtreeOf: undefined })
          }
          options={(directives.data?.items ?? []).map((d) => ({
            value: d.id as number,
            label: directiveLabel(d, t),
          }))}
          data-testid="filter-directive"
        />
        {filters.directiveId !== undefined && (
          <TreeSelect<number>
            allowClear
            showSearch
            treeNodeFilterProp="title"
            aria-label={t('tasks.filters.subtree')}
            placeholder={t('tasks.filters.allSubtrees')}
            style={{ width: 320 }}
            value={filters.subtreeOf}
            loading={tree.isFetching}
            treeData={treeOptions(tree.data?.nodes, true)}
            onChange={(subtreeOf) => onChange({ subtreeOf: subtreeOf ?? undefined })}
            data-testid="filter-subtree"
          />
        )}
      </Flex>
      <Flex wrap gap="small">
        {!unitScoped && (
          <UnitSelect value={filters.unitId} onChange={(unitId) => onChange({ unitId })} />
        )}
        <Select<AssignmentRole>
          allowClear
          aria-label={t('tasks.filters.role')}
          placeholder={t('tasks.filters.allRoles')}
          style={{ width: 200 }}
          value={filters.role}
          onChange={(role) => onChange({ role: role ?? undefined })}
          options={ASSIGNMENT_ROLES.map((role) => ({
            value: role,
            label: t(`assignmentRole.${role}`),
          }))}
          data-testid="filter-role"
        />
        <span data-testid="filter-due">
          <DatePicker.RangePicker
            aria-label={t('tasks.filters.dueRange')}
            format={DATE_FORMAT}
            allowEmpty={[true, true]}
            placeholder={[t('tasks.filters.dueFrom'), t('tasks.filters.dueTo')]}
            value={[fromIsoDate(filters.dueFrom) ?? null, fromIsoDate(filters.dueTo) ?? null]}
            onChange={(dates) =>
              onChange({ dueFrom: toIsoDate(dates?.[0]), dueTo: toIsoDate(dates?.[1]) })
            }
          />
        </span>
        <TextFilter
          value={filters.field}
          onCommit={(field) => onChange({ field })}
          label={t('tasks.filters.field')}
          placeholder={t('tasks.filters.fieldPlaceholder')}
          width={220}
          data-testid="filter-field"
        />
        <Button onClick={onReset} data-testid="filter-reset">
          {t('tasks.filters.reset')}
        </Button>
      </Flex>
    </Flex>
  );
}

/** Unit picker fed by GET /api/v1/units, searched on the server (also used by other pages). */
export function UnitSelect({
  value,
  onChange,
  testId = 'filter-unit',
  placeholder,
  ariaLabel,
}: {
  value: number | undefined;
  onChange: (unitId: number | undefined) => void;
  testId?: string;
  /** defaults to "Tất cả đơn vị" (a filter) */
  placeholder?: string;
  ariaLabel?: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debouncedSearch, setDebouncedSearch] = useState('');
  const debounce = useDebouncedCallback(setDebouncedSearch, 300);
  const units = useUnits(debouncedSearch.trim() || undefined);
  const items = units.data?.items ?? [];
  const chosenMissing =
    value !== undefined && units.isSuccess && !items.some((unit) => unit.id === value);
  // the chosen unit (e.g. from a shared link) may not be among the search results
  const chosen = useUnit(chosenMissing ? value : undefined);

  const options = items
    .filter((unit): unit is Unit & { id: number } => typeof unit.id === 'number')
    .map((unit) => ({ value: unit.id, label: unitOptionLabel(unit) }));
  if (value !== undefined && chosenMissing) {
    options.unshift({ value, label: chosen.data ? unitOptionLabel(chosen.data) : `#${value}` });
  }

  return (
    <Select<number>
      allowClear
      aria-label={ariaLabel ?? t('tasks.filters.unit')}
      placeholder={placeholder ?? t('tasks.filters.allUnits')}
      style={{ width: 320, maxWidth: '100%' }}
      value={value}
      loading={units.isFetching}
      showSearch={{
        filterOption: false,
        searchValue: search,
        onSearch: (text) => {
          setSearch(text);
          debounce.run(text);
        },
      }}
      onChange={(unitId) => {
        setSearch('');
        setDebouncedSearch('');
        onChange(unitId ?? undefined);
      }}
      options={options}
      data-testid={testId}
    />
  );
}
