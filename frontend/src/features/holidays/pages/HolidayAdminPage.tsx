import { useCallback, useMemo, useState, type HTMLAttributes } from 'react';
import {
  App,
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Flex,
  Popconfirm,
  Row,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../api/ErrorAlert';
import { userMessage } from '../../../api/problem';
import type { Holiday, HolidayYearDay } from '../../../api/types';
import { useAuth } from '../../../auth/AuthContext';
import { formatDate, formatDateTime, fromIsoDate, todayInProvince } from '../../../lib/dates';
import { HolidayFormModal } from '../components/HolidayFormModal';
import { WorkingDayCalculator } from '../components/WorkingDayCalculator';
import { YearCalendar } from '../components/YearCalendar';
import {
  useConfirmYear,
  useConfirmationStatus,
  useDeleteHoliday,
  useHolidayYear,
  useHolidays,
  useWithdrawConfirmation,
} from '../hooks/useHolidays';
import {
  MAX_YEAR,
  MIN_YEAR,
  byDay,
  dayColors,
  holidayNotes,
  parseYear,
  yearSummary,
  type HolidayNote,
} from '../lib/calendar';
import { kindLabel, weekdayName } from '../lib/labels';
import { canManageHolidays } from '../roles';

type Dialog = { holiday?: Holiday; day?: string };

const NO_HOLIDAYS: Holiday[] = [];
const NO_DAYS: HolidayYearDay[] = [];

/**
 * `/admin/holidays`: the holiday schedule of a year (`?year=`, the current year by default) as a
 * calendar coloured by kind and as a list, each day computed from the Labour Code or stored from
 * the government's decision; the administrator adds, edits and deletes days off, confirms the
 * year, is warned from 1 October while next year is unconfirmed, and checks a deadline in
 * working days.
 */
export function HolidayAdminPage() {
  const { t } = useTranslation('holidays');
  const { t: tCommon } = useTranslation();
  const { message } = App.useApp();
  const auth = useAuth();
  const canManage = canManageHolidays(auth.roles);
  const [params, setParams] = useSearchParams();
  const today = todayInProvince();
  const year = parseYear(params.get('year')) ?? Number(today.slice(0, 4));
  const setYear = (next: number) => setParams({ year: String(next) });
  // the stored days (for editing and the form's checks) and the whole schedule (for display)
  const holidays = useHolidays(year);
  const schedule = useHolidayYear(year);
  // while another year loads, the previous year's days must not colour this year's calendar
  const items = holidays.isPlaceholderData ? NO_HOLIDAYS : (holidays.data?.items ?? NO_HOLIDAYS);
  const days = schedule.isPlaceholderData ? NO_DAYS : (schedule.data?.days ?? NO_DAYS);
  const known = useMemo(() => byDay(items), [items]);
  const shown = useMemo(() => byDay(days), [days]);
  const notes = useMemo(() => holidayNotes(days), [days]);
  const summary = yearSummary(days);
  const remove = useDeleteHoliday();
  const [dialog, setDialog] = useState<Dialog>();
  // a stored day opens for editing; a computed one opens a new day on that date (the decision)
  const openDay = useCallback(
    (day: string, shownDay: Holiday | undefined) => {
      const stored = shownDay ? known.get(day) : undefined;
      setDialog(stored ? { holiday: stored } : { day });
    },
    [known, setDialog],
  );

  const onSaved = (saved: Holiday) => {
    const savedYear = parseYear(saved.day?.slice(0, 4));
    if (savedYear !== undefined && savedYear !== year) setYear(savedYear);
  };
  const confirmDelete = (holiday: Holiday) => {
    const text = { name: holiday.name, date: formatDate(holiday.day) };
    return remove.mutateAsync(holiday.id as number).then(
      () => void message.success(t('deleted', text)),
      (error: unknown) => void message.error(userMessage(error, tCommon).message),
    );
  };

  return (
    <Flex vertical gap="middle" data-testid="holiday-admin" data-year={year}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('intro')}</Typography.Text>
      </div>
      <Flex wrap gap="small" justify="space-between" align="center">
        <Space wrap>
          <Button
            onClick={() => setYear(year - 1)}
            disabled={year <= MIN_YEAR}
            aria-label={t('prevYear')}
            title={t('prevYear')}
            data-testid="year-prev"
          >
            ‹
          </Button>
          <DatePicker
            picker="year"
            allowClear={false}
            value={fromIsoDate(`${year}-01-01`)}
            onChange={(value) => value && setYear(value.year())}
            disabledDate={(value) => value.year() < MIN_YEAR || value.year() > MAX_YEAR}
            aria-label={t('year')}
            style={{ width: 120 }}
            data-testid="holiday-year"
          />
          <Button
            onClick={() => setYear(year + 1)}
            disabled={year >= MAX_YEAR}
            aria-label={t('nextYear')}
            title={t('nextYear')}
            data-testid="year-next"
          >
            ›
          </Button>
        </Space>
        {canManage && (
          <Button type="primary" onClick={() => setDialog({})} data-testid="holiday-add">
            {t('add')}
          </Button>
        )}
      </Flex>
      {canManage && <NextYearBanner year={year} onShowYear={setYear} />}
      {!canManage && <Alert type="info" showIcon title={t('readOnly')} data-testid="read-only" />}
      {holidays.isError && (
        <ErrorAlert error={holidays.error} onRetry={() => void holidays.refetch()} />
      )}
      {schedule.isError && (
        <ErrorAlert error={schedule.error} onRetry={() => void schedule.refetch()} />
      )}
      {schedule.data && !schedule.isPlaceholderData && (
        <YearConfirmation
          year={year}
          confirmed={schedule.data.confirmed === true}
          confirmedBy={schedule.data.confirmedBy}
          confirmedAt={schedule.data.confirmedAt}
          lunarNewYear={schedule.data.lunarNewYear}
          canManage={canManage}
        />
      )}
      <Card size="small" title={t('calendarTitle', { year })}>
        <Spin spinning={holidays.isFetching || schedule.isFetching}>
          <YearCalendar
            year={year}
            holidays={shown}
            today={today}
            onDayClick={canManage ? openDay : undefined}
          />
        </Spin>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xxl={16}>
          <Card
            size="small"
            title={t('listTitle', { year })}
            extra={
              <Typography.Text type="secondary" data-testid="holiday-summary">
                {t('summary', summary)}
              </Typography.Text>
            }
          >
            <Table<HolidayYearDay>
              rowKey={(h) => h.day ?? ''}
              size="small"
              loading={holidays.isFetching || schedule.isFetching}
              dataSource={days}
              pagination={false}
              data-testid="holiday-table"
              scroll={{ x: 800 }}
              locale={{ emptyText: <Empty description={t('empty', { year })} /> }}
              onRow={(h) =>
                ({
                  'data-testid': 'holiday-row',
                  'data-date': h.day,
                  'data-kind': h.kind,
                  'data-source': h.source,
                }) as HTMLAttributes<HTMLElement>
              }
              columns={[
                {
                  key: 'date',
                  title: t('columns.date'),
                  width: 110,
                  render: (_: unknown, h) => formatDate(h.day),
                },
                {
                  key: 'weekday',
                  title: t('columns.weekday'),
                  width: 100,
                  render: (_: unknown, h) => (h.day ? weekdayName(t, h.day) : null),
                },
                { key: 'name', dataIndex: 'name', title: t('columns.name') },
                {
                  key: 'kind',
                  title: t('columns.kind'),
                  width: 180,
                  render: (_: unknown, h) =>
                    h.kind ? (
                      <Tag color={dayColors(h.kind)?.tag} data-testid="holiday-kind-tag">
                        {kindLabel(t, h.kind)}
                      </Tag>
                    ) : null,
                },
                {
                  key: 'source',
                  title: t('confirmation.sourceColumn'),
                  width: 110,
                  render: (_: unknown, h) =>
                    h.source ? (
                      <Tag
                        color={h.source === 'COMPUTED' ? 'blue' : 'default'}
                        data-testid="holiday-source"
                      >
                        {t(`confirmation.source.${h.source}`)}
                      </Tag>
                    ) : null,
                },
                {
                  key: 'note',
                  title: t('columns.note'),
                  width: 240,
                  render: (_: unknown, h) => (
                    <NoteText note={h.day ? notes.get(h.day) : undefined} />
                  ),
                },
                ...(canManage
                  ? [
                      {
                        key: 'actions',
                        title: tCommon('common.actions'),
                        width: 140,
                        render: (_: unknown, shownDay: HolidayYearDay) => {
                          const h = shownDay.day ? known.get(shownDay.day) : undefined;
                          if (!h || shownDay.source !== 'DECIDED') {
                            return (
                              <Button
                                size="small"
                                onClick={() => shownDay.day && setDialog({ day: shownDay.day })}
                                data-testid="holiday-override"
                              >
                                {t('confirmation.override')}
                              </Button>
                            );
                          }
                          return (
                            <Space size={4}>
                              <Button
                                size="small"
                                onClick={() => setDialog({ holiday: h })}
                                data-testid="holiday-edit"
                              >
                                {t('edit')}
                              </Button>
                              <Popconfirm
                                title={t('deleteConfirm', {
                                  name: h.name,
                                  date: formatDate(h.day),
                                })}
                                okText={t('delete')}
                                cancelText={tCommon('common.cancel')}
                                okButtonProps={{
                                  danger: true,
                                  ...({ 'data-testid': 'holiday-delete-confirm' } as Record<
                                    string,
                                    string
                                  >),
                                }}
                                onConfirm={() => confirmDelete(h)}
                              >
                                <Button size="small" danger data-testid="holiday-delete">
                                  {t('delete')}
                                </Button>
                              </Popconfirm>
                            </Space>
                          );
                        },
                      },
                    ]
                  : []),
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xxl={8}>
          <WorkingDayCalculator today={today} />
        </Col>
      </Row>
      {dialog && (
        <HolidayFormModal
          holiday={dialog.holiday}
          defaultDay={dialog.day}
          known={known}
          onClose={() => setDialog(undefined)}
          onSaved={onSaved}
        />
      )}
    </Flex>
  );
}

function NoteText({ note }: { note: HolidayNote | undefined }) {
  const { t } = useTranslation('holidays');
  if (!note) return null;
  switch (note.type) {
    case 'compensatedOn':
      return <>{t('note.compensatedOn', { date: formatDate(note.date) })}</>;
    case 'uncompensated':
      return (
        <Typography.Text type="warning" data-testid="holiday-uncompensated">
          {t('note.uncompensated')}
        </Typography.Text>
      );
    case 'compensates':
      return <>{t('note.compensates', { name: note.name, date: formatDate(note.date) })}</>;
    case 'workingDay':
      return <>{t('note.workingDay')}</>;
  }
}

/** From 1 October, while next year's schedule is not confirmed: a warning for the administrator. */
function NextYearBanner({ year, onShowYear }: { year: number; onShowYear: (y: number) => void }) {
  const { t } = useTranslation('holidays');
  const status = useConfirmationStatus(true);
  const next = status.data?.year;
  if (!status.data?.warning || next === undefined) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="holiday-confirmation-warning"
      title={t('confirmation.banner', { year: next })}
      description={t('confirmation.bannerDetail', { year: next })}
      action={
        year !== next ? (
          <Button size="small" onClick={() => onShowYear(next)} data-testid="holiday-show-next">
            {t('confirmation.showYear', { year: next })}
          </Button>
        ) : undefined
      }
    />
  );
}

/** Whether the shown year is confirmed, and the administrator's confirm or withdraw action. */
function YearConfirmation({
  year,
  confirmed,
  confirmedBy,
  confirmedAt,
  lunarNewYear,
  canManage,
}: {
  year: number;
  confirmed: boolean;
  confirmedBy?: string;
  confirmedAt?: string;
  lunarNewYear?: string;
  canManage: boolean;
}) {
  const { t } = useTranslation('holidays');
  const { t: tCommon } = useTranslation();
  const { message } = App.useApp();
  const confirm = useConfirmYear();
  const withdraw = useWithdrawConfirmation();
  const fail = (error: unknown) => void message.error(userMessage(error, tCommon).message);
  const lunar = lunarNewYear
    ? t('confirmation.lunarNewYear', { date: formatDate(lunarNewYear) })
    : '';
  const action = !canManage ? undefined : confirmed ? (
    <Popconfirm
      title={t('confirmation.withdrawQuestion', { year })}
      okText={t('confirmation.withdraw')}
      cancelText={tCommon('common.cancel')}
      onConfirm={() =>
        withdraw
          .mutateAsync(year)
          .then(() => void message.success(t('confirmation.withdrawDone', { year })), fail)
      }
    >
      <Button size="small" loading={withdraw.isPending} data-testid="holiday-withdraw">
        {t('confirmation.withdraw')}
      </Button>
    </Popconfirm>
  ) : (
    <Popconfirm
      title={t('confirmation.confirmQuestion', { year })}
      okText={t('confirmation.confirm', { year })}
      cancelText={tCommon('common.cancel')}
      okButtonProps={{ ...({ 'data-testid': 'holiday-confirm-ok' } as Record<string, string>) }}
      onConfirm={() =>
        confirm
          .mutateAsync(year)
          .then(() => void message.success(t('confirmation.confirmDone', { year })), fail)
      }
    >
      <Button type="primary" loading={confirm.isPending} data-testid="holiday-confirm">
        {t('confirmation.confirm', { year })}
      </Button>
    </Popconfirm>
  );
  return (
    <Alert
      type={confirmed ? 'success' : 'info'}
      showIcon
      data-testid="holiday-year-status"
      data-confirmed={confirmed ? 'true' : 'false'}
      title={t(confirmed ? 'confirmation.confirmed' : 'confirmation.unconfirmed', { year })}
      description={
        <>
          {confirmed
            ? t('confirmation.confirmedBy', {
                by: confirmedBy ?? '',
                at: confirmedAt ? formatDateTime(confirmedAt) : '',
              })
            : t('confirmation.unconfirmedDetail')}{' '}
          {lunar}
        </>
      }
      action={action}
    />
  );
}
