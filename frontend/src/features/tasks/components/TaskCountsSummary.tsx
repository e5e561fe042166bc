import { Flex, Skeleton, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { TIMELINESS, type TaskCounts, type Timeliness } from '../../../api/types';
import { TIMELINESS_TAG_COLORS, timelinessCount } from '../timeliness';

interface Props {
  counts: TaskCounts | undefined;
  loading: boolean;
  /** the timeliness filter in force (its tag is marked) */
  selected?: Timeliness;
  /** a click on a count filters the list by it (a second click clears it) */
  onSelect?: (timeliness: Timeliness | undefined) => void;
}

/** "Tổng số 34 · 3 quá hạn · 2 sắp đến hạn…" for the filters in force. */
export function TaskCountsSummary({ counts, loading, selected, onSelect }: Props) {
  const { t } = useTranslation();
  if (!counts) return loading ? <Skeleton.Input active size="small" block /> : null;
  return (
    <Flex
      wrap
      gap={8}
      align="center"
      role="group"
      aria-label={t('counts.label')}
      data-testid="task-counts"
      data-total={counts.total ?? 0}
    >
      <Typography.Text strong data-testid="counts-total">
        {t('counts.total')}: {counts.total ?? 0}
      </Typography.Text>
      {TIMELINESS.map((timeliness) => {
        const count = timelinessCount(counts.byTimeliness, timeliness);
        const label = t(`timeliness.${timeliness}`);
        const active = selected === timeliness;
        return (
          <Tooltip
            key={timeliness}
            title={onSelect ? t('counts.filterHint', { label }) : undefined}
          >
            <Tag.CheckableTag
              checked={active}
              onChange={() => onSelect?.(active ? undefined : timeliness)}
              data-testid={`counts-${timeliness}`}
              data-count={count}
              style={{
                border: `1px solid`,
                borderColor: active ? 'transparent' : undefined,
                opacity: count === 0 && !active ? 0.55 : 1,
              }}
            >
              <Tag
                color={TIMELINESS_TAG_COLORS[timeliness]}
                bordered={false}
                style={{ marginInlineEnd: 6 }}
              >
                {count}
              </Tag>
              {label}
            </Tag.CheckableTag>
          </Tooltip>
        );
      })}
    </Flex>
  );
}
