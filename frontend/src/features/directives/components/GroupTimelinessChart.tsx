import { Flex, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TaskNode } from '../../../api/types';
import { TIMELINESS_FILL, nonZeroCounts } from '../../tasks/timeliness';

/**
 * A small stacked bar per top-level group of the program: how many of its tasks are overdue,
 * due soon, on track, completed... Plain elements, no charting library needed for this much.
 */
export function GroupTimelinessChart({ groups }: { groups: readonly TaskNode[] }) {
  const { t } = useTranslation();
  const rows = groups
    .map((group) => ({ group, counts: nonZeroCounts(group.counts) }))
    .filter((row) => row.counts.length > 0);
  if (rows.length === 0) return null;
  const max = Math.max(...rows.map((r) => r.counts.reduce((sum, c) => sum + c.count, 0)));
  return (
    <Flex vertical gap={6} data-testid="group-chart" role="list">
      {rows.map(({ group, counts }) => {
        const total = counts.reduce((sum, c) => sum + c.count, 0);
        const description = counts
          .map((c) => t(`timelinessCount.${c.timeliness}`, { count: c.count }))
          .join(', ');
        return (
          <Flex key={group.id ?? group.code} gap="small" align="center" role="listitem">
            <Typography.Text
              style={{ width: 260, flexShrink: 0 }}
              ellipsis={{ tooltip: `${group.code} ${group.content}` }}
            >
              <strong>{group.code}</strong> {group.content}
            </Typography.Text>
            <div
              style={{ flex: 1, display: 'flex', height: 18 }}
              aria-label={`${group.code}: ${description}`}
              data-testid="group-bar"
            >
              <div style={{ display: 'flex', width: `${(total / max) * 100}%` }}>
                {counts.map((c) => (
                  <Tooltip
                    key={c.timeliness}
                    title={t(`timelinessCount.${c.timeliness}`, { count: c.count })}
                  >
                    <div
                      data-timeliness={c.timeliness}
                      style={{
                        flex: c.count,
                        background: TIMELINESS_FILL[c.timeliness],
                        minWidth: 4,
                      }}
                    />
                  </Tooltip>
                ))}
              </div>
            </div>
            <Typography.Text type="secondary" style={{ width: 32, textAlign: 'end' }}>
              {total}
            </Typography.Text>
          </Flex>
        );
      })}
    </Flex>
  );
}
