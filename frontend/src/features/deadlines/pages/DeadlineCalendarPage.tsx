import { useMemo } from 'react';
import { Alert, Button, Card, DatePicker, Flex, Segmented, Skeleton, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../api/ErrorAlert';
import type { Deadline } from '../../../api/types';
import { useAuth } from '../../../auth/AuthContext';
import { hasAnyRole, isUnitScoped } from '../../../auth/roles';
import { useMe } from '../../me/useMe';
import { UrgingLetterButton } from '../../notifications/components/UrgingLetterButton';
import { canWriteUrgingLetter } from '../../notifications/roles';
import { BOARD_READERS, REPORT_WRITERS } from '../../reports/roles';
import { UnitSelect } from '../../tasks/components/TaskFilterBar';
import { useUnit } from '../../tasks/hooks/useUnits';
import { DeadlineCountsBar } from '../components/DeadlineCountsBar';
import { DeadlineListView } from '../components/DeadlineListView';
import { DeadlineMonthView } from '../components/DeadlineMonthView';
import { useDeadlineCounts, useDeadlines, useHolidays } from '../hooks/useDeadlines';
import {
  TONES,
  TONE_COLORS,
  formatMonth,
  groupByDate,
  listRows,
  monthRange,
  parseMonth,
  visibleRange,
} from '../lib/calendar';
import { EXTENSION_PAGE } from '../roles';

/** The month grid asks for all of its days at once (the API's largest page). */
const MONTH_PAGE_SIZE = 500;
const LIST_PAGE_SIZE = 100;

type View = 'month' | 'list';

function positiveId(value: string | null): number | undefined {
  return value && /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : undefined;
}

/**
 * `/deadlines`: the deadline calendar. A month grid or a list by day (`?view=list`), a month
 * (`?month=2026-12`), and for those who read every unit a unit (`?unitId=`); unit staff see
 * their own unit. Badges on top: overdue, due soon, extension requests awaiting a decision.
 */
export function DeadlineCalendarPage() {
  const { t, i18n } = useTranslation('deadlines');
  const auth = useAuth();
  const me = useMe();
  const roles = me.data?.roles ?? auth.roles;
  const unitScoped = isUnitScoped(roles);
  const [params, setParams] = useSearchParams();
  const view: View = params.get('view') === 'list' ? 'list' : 'month';
  const month = parseMonth(params.get('month'));
  const unitId = unitScoped ? undefined : positiveId(params.get('unitId'));
  const urging = unitId !== undefined && canWriteUrgingLetter(roles);
  const urgedUnit = useUnit(urging ? unitId : undefined);
  const page = view === 'list' ? Math.max(0, Number(params.get('page') ?? '0') || 0) : 0;
  // the grid starts its weeks on Monday in Vietnamese, on Sunday in English (as Ant Design does)
  const weekStart = i18n.resolvedLanguage === 'en' ? 0 : 1;
  const range = view === 'month' ? visibleRange(month, weekStart) : monthRange(month);
  const size = view === 'month' ? MONTH_PAGE_SIZE : LIST_PAGE_SIZE;

  const deadlines = useDeadlines({ unitId, ...range, overdue: view === 'list', page, size });
  const counts = useDeadlineCounts(unitId);
  const fromYear = Number(range.from.slice(0, 4));
  const toYear = Number(range.to.slice(0, 4));
  const holidaysFrom = useHolidays(fromYear, view === 'month');
  const holidaysTo = useHolidays(toYear, view === 'month' && toYear !== fromYear);

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined) next.delete(key);
      else next.set(key, value);
    }
    setParams(next);
  };
  const goTo = (target: Dayjs) => update({ month: formatMonth(target), page: undefined });

  const data = deadlines.data;
  const days = useMemo(
    () => groupByDate([...(data?.items ?? []), ...(data?.periodicReports ?? [])]),
    [data],
  );
  const rows = useMemo(
    () =>
      listRows(data?.items ?? [], data?.periodicReports ?? [], {
        first: page === 0,
        last: page >= (data?.totalPages ?? 1) - 1,
      }),
    [data, page],
  );
  const holidays = useMemo(() => {
    const map = new Map<string, string>();
    for (const list of [holidaysFrom.data, holidaysTo.data])
      for (const h of list?.items ?? [])
        if (h.day && h.name && !h.workingDay) map.set(h.day, h.name);
    return map;
  }, [holidaysFrom.data, holidaysTo.data]);

  const reportLink = (deadline: Deadline) =>
    hasAnyRole(roles, REPORT_WRITERS)
      ? '/my-unit'
      : hasAnyRole(roles, BOARD_READERS) && deadline.directiveId !== undefined
        ? `/directives/${deadline.directiveId}/periodic-board`
        : undefined;
  const shown = data?.items?.length ?? 0;
  const total = data?.totalItems ?? 0;

  return (
    <Flex vertical gap="middle" data-testid="deadline-calendar" data-view={view}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('calendar.title')}
      </Typography.Title>

      <DeadlineCountsBar
        counts={counts.data}
        loading={counts.isPending}
        pendingLink={hasAnyRole(roles, EXTENSION_PAGE)}
      />

      {unitScoped &&
        (me.isPending ? (
          <Skeleton.Input active size="small" style={{ width: 320 }} />
        ) : me.data?.unit ? (
          <Alert
            type="info"
            showIcon
            data-testid="own-unit-note"
            title={t('calendar.ownUnit', { unit: me.data.unit.name })}
          />
        ) : null)}

      <Flex wrap gap="small" align="center" data-testid="deadline-toolbar">
        <Segmented<View>
          aria-label={t('calendar.view')}
          value={view}
          onChange={(value) =>
            update({ view: value === 'list' ? 'list' : undefined, page: undefined })
          }
          options={[
            { value: 'month', label: t('calendar.viewMonth') },
            { value: 'list', label: t('calendar.viewList') },
          ]}
          data-testid="deadline-view"
        />
        <Button
          onClick={() => goTo(month.subtract(1, 'month'))}
          aria-label={t('calendar.previous')}
          data-testid="month-previous"
        >
          ‹
        </Button>
        <DatePicker
          picker="month"
          format="MM/YYYY"
          allowClear={false}
          aria-label={t('calendar.month')}
          value={month}
          onChange={(value) => value && goTo(value.startOf('month'))}
          data-testid="month-picker"
        />
        <Button
          onClick={() => goTo(month.add(1, 'month'))}
          aria-label={t('calendar.next')}
          data-testid="month-next"
        >
          ›
        </Button>
        <Button onClick={() => goTo(parseMonth(undefined))} data-testid="month-current">
          {t('calendar.today')}
        </Button>
        {!unitScoped && (
          <UnitSelect
            value={unitId}
            onChange={(id) =>
              update({ unitId: id === undefined ? undefined : String(id), page: undefined })
            }
            testId="deadline-unit"
          />
        )}
        {urging && <UrgingLetterButton unitId={unitId} unit={urgedUnit.data} />}
      </Flex>

      <Flex wrap gap={4} align="center" role="list" aria-label={t('legend.label')}>
        {TONES.filter((tone) => tone !== 'other').map((tone) => (
          <Tag key={tone} color={TONE_COLORS[tone]} role="listitem">
            {t(`legend.${tone}`)}
          </Tag>
        ))}
      </Flex>

      {deadlines.isError && (
        <ErrorAlert error={deadlines.error} onRetry={() => void deadlines.refetch()} />
      )}
      {view === 'month' && total > shown && (
        <Alert
          type="warning"
          showIcon
          data-testid="deadline-truncated"
          title={t('calendar.truncated', { shown, total })}
        />
      )}

      <Card
        size="small"
        data-testid="deadline-body"
        aria-busy={deadlines.isFetching}
        title={
          <Flex gap="small" align="baseline" wrap>
            <span>{month.format('MM/YYYY')}</span>
            <Typography.Text
              type="secondary"
              style={{ fontWeight: 'normal' }}
              data-testid="deadline-total"
              data-count={data ? total : undefined}
            >
              {data ? t('calendar.total', { count: total }) : ''}
            </Typography.Text>
          </Flex>
        }
      >
        {deadlines.isPending ? (
          <Skeleton active paragraph={{ rows: 8 }} />
        ) : view === 'month' ? (
          <DeadlineMonthView
            month={month}
            days={days}
            holidays={holidays}
            reportLink={reportLink}
            onMonthChange={goTo}
          />
        ) : (
          <Flex vertical gap="small">
            <Typography.Text type="secondary">{t('calendar.overdueNote')}</Typography.Text>
            <DeadlineListView
              rows={rows}
              loading={deadlines.isFetching}
              page={page}
              size={size}
              total={total}
              onPage={(next) => update({ page: next > 0 ? String(next) : undefined })}
              reportLink={reportLink}
            />
          </Flex>
        )}
      </Card>
    </Flex>
  );
}
