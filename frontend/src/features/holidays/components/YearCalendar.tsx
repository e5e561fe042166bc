import { memo, type CSSProperties } from 'react';
import { Col, Flex, Row, Space, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Holiday } from '../../../api/types';
import { HOLIDAY_KINDS } from '../../../api/types';
import { dayColors, dayKind, monthWeeks, type DayKind } from '../lib/calendar';
import { dayTitle, kindLabel, weekdayShort, type Month } from '../lib/labels';

const TODAY_OUTLINE = '2px solid #b71c1c';
const CELL: CSSProperties = {
  font: 'inherit',
  display: 'block',
  width: '100%',
  minWidth: 24,
  height: 24,
  lineHeight: '24px',
  padding: 0,
  border: 'none',
  borderRadius: 4,
  textAlign: 'center',
  fontSize: 12,
};

function cellStyle(kind: DayKind, today: boolean, clickable: boolean): CSSProperties {
  const colors = dayColors(kind);
  return {
    ...CELL,
    background: colors?.background ?? 'transparent',
    color: colors?.color,
    fontWeight: kind === 'WORKDAY' || kind === 'WEEKEND' ? 400 : 600,
    outline: today ? TODAY_OUTLINE : undefined,
    outlineOffset: -2,
    cursor: clickable ? 'pointer' : 'default',
  };
}

interface Props {
  year: number;
  holidays: ReadonlyMap<string, Holiday>;
  /** today in the province ("yyyy-MM-dd"), outlined */
  today: string;
  /** an administrator clicks a day: add a day off there, or edit the one there */
  onDayClick?: (date: string, holiday: Holiday | undefined) => void;
}

/**
 * Twelve small months, Monday first: days off coloured by kind, weekly rest days shaded.
 * Memoized: the page re-renders on every dialog and fetch, the 365 days need not.
 */
export const YearCalendar = memo(function YearCalendar({
  year,
  holidays,
  today,
  onDayClick,
}: Props) {
  const { t } = useTranslation('holidays');
  return (
    <Flex vertical gap="middle">
      {/* 1, 2, 3, 4 or 6 months a row: always whole rows */}
      <Row gutter={[16, 16]} data-testid="year-calendar" data-year={year}>
        {Array.from({ length: 12 }, (_, month0) => (
          <Col key={month0} xs={24} sm={12} md={8} xl={6} xxl={4}>
            <table
              style={{ width: '100%', borderCollapse: 'separate', borderSpacing: 2 }}
              data-testid="calendar-month"
            >
              <caption style={{ textAlign: 'start', fontWeight: 600, paddingBottom: 4 }}>
                {t(`month.${(month0 + 1) as Month}`)}
              </caption>
              <thead>
                <tr>
                  {[1, 2, 3, 4, 5, 6, 7].map((day) => (
                    <th
                      key={day}
                      scope="col"
                      style={{
                        fontSize: 11,
                        fontWeight: 400,
                        color: day >= 6 ? '#8c8c8c' : undefined,
                      }}
                    >
                      {weekdayShort(t, day)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {monthWeeks(year, month0).map((week, index) => (
                  <tr key={index}>
                    {week.map((date, column) => (
                      <td key={date ?? `empty-${column}`} style={{ padding: 0 }}>
                        {date && day(t, date, holidays.get(date), date === today, onDayClick)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </Col>
        ))}
      </Row>
      <CalendarLegend />
    </Flex>
  );
});

/** One day: a plain render function, as 365 components each with its own hooks are slow. */
function day(
  t: TFunction<'holidays'>,
  date: string,
  holiday: Holiday | undefined,
  today: boolean,
  onClick: ((date: string, holiday: Holiday | undefined) => void) | undefined,
) {
  const kind = dayKind(date, holiday);
  const title = dayTitle(t, date, kind, holiday?.name);
  const common = {
    title,
    'data-testid': 'calendar-day',
    'data-date': date,
    'data-kind': kind,
    'data-today': today ? 'true' : undefined,
    style: cellStyle(kind, today, onClick !== undefined),
  };
  const label = Number(date.slice(8));
  if (!onClick) return <span {...common}>{label}</span>;
  return (
    <button type="button" aria-label={title} onClick={() => onClick(date, holiday)} {...common}>
      {label}
    </button>
  );
}

/** What the colours mean: the four kinds of the table, weekly rest days and today. */
export function CalendarLegend() {
  const { t } = useTranslation('holidays');
  const swatch = (style: CSSProperties) => (
    <span
      aria-hidden
      style={{ display: 'inline-block', width: 16, height: 16, borderRadius: 4, ...style }}
    />
  );
  const kinds: DayKind[] = [...HOLIDAY_KINDS, 'WEEKEND'];
  return (
    <Space wrap size={[16, 8]} data-testid="calendar-legend" aria-label={t('legend')}>
      <Typography.Text type="secondary">{t('legend')}:</Typography.Text>
      {kinds.map((kind) => (
        <Space key={kind} size={4} data-testid="legend-item" data-kind={kind}>
          {swatch({ background: dayColors(kind)?.background })}
          <span>{kindLabel(t, kind)}</span>
        </Space>
      ))}
      <Space size={4} data-testid="legend-item" data-kind="TODAY">
        {swatch({ outline: TODAY_OUTLINE, outlineOffset: -2 })}
        <span>{t('today')}</span>
      </Space>
    </Space>
  );
}
