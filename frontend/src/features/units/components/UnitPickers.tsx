import { useState } from 'react';
import { Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UnitRef } from '../../../api/types';
import { useDebouncedCallback } from '../../../lib/debounce';
import { useUnits } from '../../tasks/hooks/useUnits';
import { useUnitGroups } from '../hooks/useUnitAdmin';
import { unitOptionLabel } from '../labels';

interface UnitSelectProps {
  value?: number[];
  onChange?: (ids: number[]) => void;
  /** units already chosen (e.g. a task's current units), so their names show before a search */
  known?: readonly UnitRef[];
  /** a unit that may not be chosen (the unit being merged) */
  exclude?: number;
  placeholder?: string;
  id?: string;
  'data-testid'?: string;
  'aria-label'?: string;
}

/** Several active units, searched on the server (accent-insensitive), for forms. */
export function UnitMultiSelect(props: UnitSelectProps) {
  const { value, onChange, known = [], exclude, placeholder, id } = props;
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced, setDebounced] = useState('');
  const debounce = useDebouncedCallback(setDebounced, 300);
  const units = useUnits(debounced.trim() || undefined, true, true);
  // names of units chosen earlier from other search results
  const [chosen, setChosen] = useState<Record<number, string>>({});

  const labels = new Map<number, string>();
  for (const unit of known) if (unit.id !== undefined) labels.set(unit.id, unitOptionLabel(unit));
  for (const [key, label] of Object.entries(chosen)) labels.set(Number(key), label);
  for (const unit of units.data?.items ?? [])
    if (unit.id !== undefined) labels.set(unit.id, unitOptionLabel(unit));

  const resultIds = (units.data?.items ?? [])
    .map((u) => u.id)
    .filter((x): x is number => x !== undefined);
  const ids = [...new Set([...(value ?? []), ...resultIds])].filter((x) => x !== exclude);
  const options = ids.map((unitId) => ({
    value: unitId,
    label: labels.get(unitId) ?? `#${unitId}`,
  }));

  return (
    <Select<number[]>
      id={id}
      mode="multiple"
      allowClear
      placeholder={placeholder ?? t('taskForm.unitsPlaceholder')}
      aria-label={props['aria-label']}
      data-testid={props['data-testid']}
      value={value ?? []}
      loading={units.isFetching}
      options={options}
      showSearch={{
        filterOption: false,
        searchValue: search,
        onSearch: (text) => {
          setSearch(text);
          debounce.run(text);
        },
      }}
      onChange={(next) => {
        const add: Record<number, string> = {};
        for (const unitId of next) {
          const label = labels.get(unitId);
          if (label) add[unitId] = label;
        }
        setChosen((current) => ({ ...current, ...add }));
        setSearch('');
        onChange?.(next);
      }}
      style={{ width: '100%' }}
    />
  );
}

/** One active unit (e.g. the successor of a merged unit). */
export function UnitSingleSelect(
  props: Omit<UnitSelectProps, 'value' | 'onChange'> & {
    value?: number;
    onChange?: (id: number | undefined) => void;
  },
) {
  const { value, onChange, ...rest } = props;
  return (
    <UnitMultiSelect
      {...rest}
      value={value !== undefined ? [value] : []}
      onChange={(ids) => onChange?.(ids.length > 0 ? ids[ids.length - 1] : undefined)}
    />
  );
}

interface GroupSelectProps {
  value?: number[];
  onChange?: (ids: number[]) => void;
  placeholder?: string;
  id?: string;
  'data-testid'?: string;
  'aria-label'?: string;
}

/** Several unit groups ("Các sở, ban, ngành"...), with their member counts. */
export function GroupMultiSelect(props: GroupSelectProps) {
  const { value, onChange, placeholder, id } = props;
  const { t } = useTranslation();
  const groups = useUnitGroups();
  const options = (groups.data?.items ?? [])
    .filter((g) => g.id !== undefined)
    .map((g) => ({
      value: g.id as number,
      label: g.name ?? g.code ?? '',
      count: g.memberCount ?? 0,
    }));
  return (
    <Select<number[]>
      id={id}
      mode="multiple"
      allowClear
      placeholder={placeholder ?? t('taskForm.groupsPlaceholder')}
      aria-label={props['aria-label']}
      data-testid={props['data-testid']}
      value={value ?? []}
      loading={groups.isFetching}
      options={options}
      showSearch={{ optionFilterProp: 'label' }}
      optionRender={(option) => (
        <span>
          {option.data.label}{' '}
          <Tag style={{ marginInlineStart: 4 }}>
            {t('tasks.unitCount', { count: option.data.count })}
          </Tag>
        </span>
      )}
      onChange={(next) => onChange?.(next)}
      style={{ width: '100%' }}
    />
  );
}
