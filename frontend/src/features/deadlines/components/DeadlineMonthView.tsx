import { useState } from 'react';
import { Calendar, Flex, Popover, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Deadline } from '../../../api/types';
import { formatDate, todayInProvince } from '../../../lib/dates';
import { deadlineKey } from '../lib/calendar';
import { DeadlineItem } from './DeadlineItem';

/** More than this many deadlines on a day collapse into "+N thời hạn khác". */
const MAX_PER_CELL = 3;

interface Props {
  month: Dayjs;
  /** deadlines by day ("yyyy-MM-dd"), each day in display order */
  days: Map<string, Deadline[]>;
  /** holiday names by day, shaded */
  holidays: Map<string, string>;
  reportLink?: (deadline: Deadline) => string | undefined;
  /** a day of the previous or next month was clicked */
  onMonthChange: (month: Dayjs) => void;
}

/** The month grid (six weeks), each day listing its deadlines in their colours. */
export function DeadlineMonthView({ month, days, holidays, reportLink, onMonthChange }: Props) {
  const { t } = useTranslation('deadlines');
  // the day marked as chosen: the one clicked, else today, else the 1st of the month shown
  const [chosen, setChosen] = useState<Dayjs>();
  const today = dayjs(todayInProvince(), 'YYYY-MM-DD', true);
  const value = [chosen, today].find((day) => day?.isSame(month, 'month')) ?? month;
  return (
    <div data-testid="deadline-month">
      <Calendar
        value={value}
        headerRender={() => null}
        onSelect={(date, info) => {
          if (info.source !== 'date') return;
          setChosen(date);
          if (!date.isSame(month, 'month')) onMonthChange(date.startOf('month'));
        }}
        cellRender={(date, info) => {
          if (info.type !== 'date') return info.originNode;
          const day = date.format('YYYY-MM-DD');
          const list = days.get(day) ?? [];
          const holiday = holidays.get(day);
          return (
            <Flex
              vertical
              gap={0}
              data-testid="deadline-day"
              data-date={day}
              data-count={list.length}
              data-holiday={holiday ? 'true' : undefined}
              style={
                holiday
                  ? { background: 'rgba(245, 34, 45, 0.06)', minHeight: '100%', padding: 2 }
                  : undefined
              }
            >
              {holiday && (
                <Typography.Text
                  type="danger"
                  ellipsis={{ tooltip: t('calendar.holiday', { name: holiday }) }}
                  style={{ fontSize: 11 }}
                >
                  {holiday}
                </Typography.Text>
              )}
              {list.slice(0, MAX_PER_CELL).map((deadline) => (
                <DeadlineItem
                  key={deadlineKey(deadline)}
                  deadline={deadline}
                  reportLink={reportLink}
                />
              ))}
              {list.length > MAX_PER_CELL && (
                <Popover
                  trigger="click"
                  title={t('calendar.dayTitle', { date: formatDate(day) })}
                  content={
                    <Flex vertical style={{ maxWidth: 360, maxHeight: 360, overflowY: 'auto' }}>
                      {list.map((deadline) => (
                        <DeadlineItem
                          key={deadlineKey(deadline)}
                          deadline={deadline}
                          reportLink={reportLink}
                        />
                      ))}
                    </Flex>
                  }
                >
                  <Typography.Link
                    style={{ fontSize: 12 }}
                    onClick={(event) => event.stopPropagation()}
                    data-testid="deadline-more"
                  >
                    {t('calendar.more', { count: list.length - MAX_PER_CELL })}
                  </Typography.Link>
                </Popover>
              )}
            </Flex>
          );
        }}
      />
    </div>
  );
}
