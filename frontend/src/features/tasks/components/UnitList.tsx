import { Popover, Space, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UnitRef } from '../../../api/types';
import { MAX_INLINE_UNITS, unitLabel } from '../units';

/** The units of a table cell: short names, or "N đơn vị" with a popover when there are many. */
export function UnitList({ units }: { units: readonly UnitRef[] | null | undefined }) {
  const { t } = useTranslation();
  const list = units ?? [];
  if (list.length === 0)
    return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  if (list.length > MAX_INLINE_UNITS) {
    return (
      <Popover
        trigger={['hover', 'click']}
        content={
          <ul style={{ margin: 0, paddingInlineStart: 18, maxHeight: 320, overflowY: 'auto' }}>
            {list.map((unit) => (
              <li key={unit.id}>{unit.name}</li>
            ))}
          </ul>
        }
      >
        <Typography.Link
          data-testid="unit-count"
          onClick={(event) => event.stopPropagation()}
          aria-label={list.map((u) => u.name).join(', ')}
        >
          {t('tasks.unitCount', { count: list.length })}
        </Typography.Link>
      </Popover>
    );
  }
  return (
    <Space size={[4, 4]} wrap>
      {list.map((unit) => (
        <Tooltip key={unit.id} title={unit.name}>
          <Tag style={{ marginInlineEnd: 0 }}>{unitLabel(unit)}</Tag>
        </Tooltip>
      ))}
    </Space>
  );
}
