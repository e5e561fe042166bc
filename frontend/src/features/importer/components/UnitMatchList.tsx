import { Flex, Select, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnits } from '../../tasks/hooks/useUnits';
import { isUnresolved, type ImportUnitMatch } from '../api';

const COLORS: Record<string, string> = {
  MATCHED: 'green',
  GROUP: 'blue',
  CHOSEN: 'cyan',
  UNSURE: 'orange',
  UNKNOWN: 'red',
  BODY: 'purple',
};

interface Props {
  matches: ImportUnitMatch[];
  /** the reviewer picked a unit for the match at this index */
  onPick?: (index: number, unitId: number) => void;
  testId: string;
}

/** Units named by the document with how they were matched; an unsure or unknown one gets a unit picker. */
export function UnitMatchList({ matches, onPick, testId }: Props) {
  const { t } = useTranslation('importer');
  return (
    <Flex vertical gap={4} data-testid={testId}>
      {matches.map((m, index) => (
        <Flex key={`${m.text}-${index}`} gap={8} align="center" wrap>
          <Tooltip
            title={
              <>
                {t(`task.status.${m.status ?? 'UNKNOWN'}`)} ·{' '}
                {t('task.confidence', { percent: Math.round((m.confidence ?? 0) * 100) })}
                {m.text && m.text !== (m.unitName ?? m.groupName) ? ` · "${m.text}"` : ''}
              </>
            }
          >
            <Tag
              color={COLORS[m.status ?? 'UNKNOWN']}
              data-testid="unit-match"
              data-status={m.status}
            >
              {m.unitName ?? m.groupName ?? m.text}
            </Tag>
          </Tooltip>
          {isUnresolved(m) && onPick && (
            <UnitPicker candidates={m} onPick={(unitId) => onPick(index, unitId)} />
          )}
        </Flex>
      ))}
    </Flex>
  );
}

function UnitPicker({
  candidates,
  onPick,
}: {
  candidates: ImportUnitMatch;
  onPick: (unitId: number) => void;
}) {
  const { t } = useTranslation('importer');
  const [q, setQ] = useState<string>();
  const units = useUnits(q, true, true);
  const suggested = (candidates.candidates ?? []).map((c) => ({
    value: c.unitId as number,
    label: `${c.name} (${Math.round((c.confidence ?? 0) * 100)}%)`,
  }));
  const searched = (units.data?.items ?? [])
    .filter((u) => !suggested.some((s) => s.value === u.id))
    .map((u) => ({ value: u.id as number, label: u.name as string }));
  return (
    <Select<number>
      showSearch={{ filterOption: false, onSearch: (value) => setQ(value || undefined) }}
      placeholder={t('task.pickUnit')}
      style={{ minWidth: 280 }}
      data-testid="unit-picker"
      options={[...suggested, ...searched]}
      onChange={(value) => onPick(value)}
      loading={units.isFetching}
    />
  );
}
