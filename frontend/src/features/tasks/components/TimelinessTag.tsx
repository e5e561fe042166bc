import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Timeliness } from '../../../api/types';
import { TIMELINESS_TAG_COLORS } from '../timeliness';

/** "Quá hạn", "Sắp đến hạn", "Hoàn thành đúng hạn"... in the timeliness colour. */
export function TimelinessTag({ timeliness }: { timeliness: Timeliness | null | undefined }) {
  const { t } = useTranslation();
  if (!timeliness) return null;
  return (
    <Tag
      color={TIMELINESS_TAG_COLORS[timeliness] ?? 'default'}
      data-timeliness={timeliness}
      style={{ marginInlineEnd: 0 }}
    >
      {t(`timeliness.${timeliness}`, { defaultValue: String(timeliness) })}
    </Tag>
  );
}

/** A node's counts as small tags: "3 quá hạn", "5 đang thực hiện"... (zero counts left out). */
export function TimelinessCountTags({
  counts,
  testIdPrefix = 'count',
}: {
  counts: { timeliness: Timeliness; count: number }[];
  testIdPrefix?: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      {counts.map(({ timeliness, count }) => (
        <Tag
          key={timeliness}
          color={TIMELINESS_TAG_COLORS[timeliness]}
          data-testid={`${testIdPrefix}-${timeliness}`}
          data-count={count}
          style={{ marginInlineEnd: 4, fontSize: 12 }}
        >
          {t(`timelinessCount.${timeliness}`, { count })}
        </Tag>
      ))}
    </>
  );
}
