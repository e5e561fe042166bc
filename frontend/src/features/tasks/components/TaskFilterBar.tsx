import { useState } from 'react';
import { Button, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { TASK_STATUSES, type TaskStatus, type Unit } from '../../../api/types';
import { useDebouncedCallback } from '../../../lib/debounce';
import type { TaskFilters } from '../filters';
import { useUnit, useUnits } from '../hooks/useUnits';

export const SEARCH_DEBOUNCE_MS = 400;

type FilterChange = Partial<Pick<TaskFilters, 'status' | 'unitId' | 'q'>>;

interface Props {
  filters: TaskFilters;
  /** unit users always see their own unit: no unit picker */
  unitScoped: boolean;
  onChange: (change: FilterChange) => void;
  onReset: () => void;
}

export function TaskFilterBar({ filters, unitScoped, onChange, onReset }: Props) {
  const { t } = useTranslation();

  // Free text: typed locally, written to the URL once typing pauses (or on Enter).
  const [text, setText] = useState(filters.q ?? '');
  const [urlQ, setUrlQ] = useState(filters.q);
  if (urlQ !== filters.q) {
    // the URL changed from outside (back button, link, reset): follow it
    setUrlQ(filters.q);
    if ((text.trim() || undefined) !== filters.q) setText(filters.q ?? '');
  }
  const search = useDebouncedCallback((value: string) => {
    const q = value.trim() || undefined;
    if (q !== filters.q) onChange({ q });
  }, SEARCH_DEBOUNCE_MS);

  return (
    <Space wrap size="middle" style={{ width: '100%' }} data-testid="task-filters">
      <Select<TaskStatus>
        allowClear
        aria-label={t('tasks.filters.status')}
        placeholder={t('tasks.filters.allStatuses')}
        style={{ width: 200 }}
        value={filters.status}
        onChange={(status) => onChange({ status: status ?? undefined })}
        options={TASK_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
        data-testid="filter-status"
      />
      {!unitScoped && (
        <UnitSelect value={filters.unitId} onChange={(unitId) => onChange({ unitId })} />
      )}
      <Input.Search
        allowClear
        aria-label={t('tasks.filters.search')}
        placeholder={t('tasks.filters.searchPlaceholder')}
        style={{ width: 360 }}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          search.run(event.target.value);
        }}
        onSearch={(value) => {
          search.cancel();
          const q = value.trim() || undefined;
          if (q !== filters.q) onChange({ q });
        }}
        enterButton={t('tasks.filters.search')}
        data-testid="filter-search"
      />
      <Button onClick={onReset}>{t('tasks.filters.reset')}</Button>
    </Space>
  );
}

/** Unit picker fed by GET /api/v1/units, searched on the server. */
function UnitSelect({
  value,
  onChange,
}: {
  value: number | undefined;
  onChange: (unitId: number | undefined) => void;
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
      aria-label={t('tasks.filters.unit')}
      placeholder={t('tasks.filters.allUnits')}
      style={{ width: 320 }}
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
      data-testid="filter-unit"
    />
  );
}

function unitOptionLabel(unit: Unit): string {
  const name = unit.name ?? unit.code ?? '';
  return unit.shortName && unit.shortName !== name ? `${name} (${unit.shortName})` : name;
}
