import { Suspense, lazy, useEffect, type HTMLAttributes } from 'react';
import {
  Alert,
  Card,
  Col,
  Empty,
  Flex,
  Row,
  Select,
  Skeleton,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../api/ErrorAlert';
import { formatDate, todayInProvince } from '../../../lib/dates';
import { useDirectives } from '../../directives/hooks/useDirectives';
import { ReportStatusTag, SubmissionTag } from '../components/Tags';
import { usePeriodicBoard, useReportingPeriods } from '../hooks/usePeriodic';
import { positiveId } from '../lib/ids';
import {
  NOT_YET_DUE_FILL,
  SUBMISSION_FILL,
  boardCounts,
  defaultDirective,
  defaultPeriod,
  uniquePeriods,
} from '../lib/board';
import type { PeriodicBoardRow, PeriodicBoardState } from '../types';

/** Tag colours of the board states: a unit not yet due is not (yet) at fault. */
const STATE_COLOR: Record<PeriodicBoardState, string> = {
  SUBMITTED_ON_TIME: 'green',
  SUBMITTED_LATE: 'gold',
  NOT_YET_DUE: 'blue',
  MISSING: 'red',
};

// the charting library is loaded only when a board is shown
const BoardChart = lazy(() => import('../components/BoardChart'));

/**
 * `/directives/:id/periodic-board?period=2026-Q4` (and `/periodic-board` to choose the
 * directive): which units submitted their periodic report on time, late, or not at all.
 */
export function PeriodicBoardPage() {
  const { t } = useTranslation('reports');
  const { t: tCommon } = useTranslation();
  const directiveId = positiveId(useParams().id);
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const directives = useDirectives();
  const today = todayInProvince();
  const year = Number(today.slice(0, 4));
  const periods = useReportingPeriods(directiveId, `${year - 1}-01-01`, `${year}-12-31`);
  const choices = uniquePeriods(periods.data?.items);
  const period = params.get('period') ?? undefined;
  const board = usePeriodicBoard(directiveId, period);
  const counts = boardCounts(board.data);

  // no directive chosen: the most specific one (tasks hang on the program that implements the
  // resolution, not on the resolution); no period chosen: the last one already due
  const firstDirective = defaultDirective(directives.data?.items);
  useEffect(() => {
    if (directiveId === undefined && firstDirective !== undefined) {
      void navigate(`/directives/${firstDirective}/periodic-board`, { replace: true });
    }
  }, [directiveId, firstDirective, navigate]);
  const fallback = defaultPeriod(choices, today);
  useEffect(() => {
    if (!period && fallback) setParams({ period: fallback }, { replace: true });
  }, [period, fallback, setParams]);

  const chosen = choices.find((c) => c.key === period);

  return (
    <Flex vertical gap="middle" data-testid="periodic-board">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('board.title')}
      </Typography.Title>
      <Flex gap="middle" wrap align="center">
        <Select
          style={{ minWidth: 360, maxWidth: 640 }}
          placeholder={t('board.chooseDirective')}
          aria-label={t('board.directive')}
          loading={directives.isPending}
          value={directiveId}
          onChange={(id: number) => void navigate(`/directives/${id}/periodic-board`)}
          options={(directives.data?.items ?? []).map((d) => ({
            value: d.id,
            label: [d.numberSymbol, d.title].filter(Boolean).join(' — '),
          }))}
          data-testid="board-directive"
        />
        <Select
          style={{ minWidth: 180 }}
          placeholder={t('board.choosePeriod')}
          aria-label={t('board.period')}
          loading={periods.isPending && directiveId !== undefined}
          value={period}
          onChange={(key: string) => setParams({ period: key })}
          options={[
            ...choices.map((c) => ({ value: c.key, label: c.label })),
            // a period from the address that the list does not have is still shown
            ...(period && !chosen ? [{ value: period, label: period }] : []),
          ]}
          data-testid="board-period"
        />
        {(board.data?.dueDate ?? chosen?.dueDate) && (
          <Typography.Text data-testid="board-due">
            {t('board.due', { date: formatDate(board.data?.dueDate ?? chosen?.dueDate) })}
            {board.data?.asOf &&
              ` · ${tCommon('truths.asOf', { date: formatDate(board.data.asOf) })}`}
          </Typography.Text>
        )}
      </Flex>
      {directives.isError && <ErrorAlert error={directives.error} />}
      {periods.isError && <ErrorAlert error={periods.error} />}
      {periods.isSuccess && choices.length === 0 && !period && (
        <Alert type="info" showIcon title={t('board.noPeriods')} />
      )}
      {board.isError && <ErrorAlert error={board.error} onRetry={() => void board.refetch()} />}
      {board.isPending && period && directiveId !== undefined && (
        <Skeleton active paragraph={{ rows: 8 }} />
      )}
      {board.data && (
        <>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={10}>
              <Card
                size="small"
                title={t('board.chartTitle', { period: board.data.periodLabel ?? period })}
              >
                <Row gutter={[8, 8]} data-testid="board-counts">
                  {(
                    [
                      [
                        'onTime',
                        t('board.onTime'),
                        SUBMISSION_FILL.SUBMITTED_ON_TIME,
                        counts.onTime,
                      ],
                      ['late', t('board.late'), SUBMISSION_FILL.SUBMITTED_LATE, counts.late],
                      [
                        'notYetDue',
                        tCommon('truths.notYetDue'),
                        NOT_YET_DUE_FILL,
                        counts.notYetDue ?? 0,
                      ],
                      [
                        'missing',
                        tCommon('truths.missing'),
                        SUBMISSION_FILL.NOT_SUBMITTED,
                        counts.missing,
                      ],
                    ] as const
                  ).map(([key, title, color, value]) => (
                    <Col span={6} key={key}>
                      <Statistic
                        title={title}
                        value={value}
                        styles={{ content: { color } }}
                        data-testid={`count-${key}`}
                        data-count={value}
                      />
                    </Col>
                  ))}
                </Row>
                {counts.total > 0 && (
                  <Suspense
                    fallback={<Skeleton.Node active style={{ width: '100%', height: 280 }} />}
                  >
                    <BoardChart counts={counts} />
                  </Suspense>
                )}
              </Card>
            </Col>
            <Col xs={24} lg={14}>
              <Card size="small" title={`${t('board.total')}: ${counts.total}`}>
                <Table<PeriodicBoardRow>
                  size="small"
                  rowKey={(r) => r.unit?.id ?? r.unit?.code ?? ''}
                  dataSource={board.data.rows ?? []}
                  loading={board.isFetching}
                  pagination={false}
                  data-testid="board-table"
                  locale={{ emptyText: <Empty description={t('board.empty')} /> }}
                  onRow={(r) =>
                    ({
                      'data-testid': 'board-row',
                      'data-unit-code': r.unit?.code,
                      'data-submission': r.submission,
                      'data-state': r.state,
                    }) as HTMLAttributes<HTMLElement>
                  }
                  columns={[
                    {
                      key: 'unit',
                      title: t('common.unit'),
                      render: (_: unknown, r) => r.unit?.name,
                      sorter: (a, b) =>
                        (a.unit?.name ?? '').localeCompare(b.unit?.name ?? '', 'vi'),
                    },
                    {
                      key: 'submission',
                      title: t('common.submission'),
                      width: 130,
                      render: (_: unknown, r) => <SubmissionTag submission={r.submission} />,
                      filters: (
                        ['SUBMITTED_ON_TIME', 'SUBMITTED_LATE', 'NOT_SUBMITTED'] as const
                      ).map((s) => ({ text: t(`submission.${s}`), value: s })),
                      onFilter: (value, r) => r.submission === value,
                    },
                    {
                      key: 'state',
                      title: tCommon('truths.boardState'),
                      width: 170,
                      render: (_: unknown, r) =>
                        r.state ? (
                          <Tag color={STATE_COLOR[r.state]} data-testid="board-state">
                            {tCommon(`truths.state.${r.state}`)}
                          </Tag>
                        ) : null,
                    },
                    {
                      key: 'status',
                      title: t('common.status'),
                      width: 140,
                      render: (_: unknown, r) =>
                        r.reportStatus ? (
                          <ReportStatusTag status={r.reportStatus} />
                        ) : (
                          tCommon('common.none')
                        ),
                    },
                    {
                      key: 'submittedOn',
                      title: t('common.submittedOn'),
                      width: 120,
                      render: (_: unknown, r) =>
                        formatDate(r.submittedOn) || tCommon('common.none'),
                    },
                    {
                      key: 'open',
                      title: t('common.actions'),
                      width: 90,
                      render: (_: unknown, r) =>
                        r.reportId != null && r.reportStatus && r.reportStatus !== 'DRAFT' ? (
                          <Link to={`/periodic-reports/${r.reportId}`}>{t('common.open')}</Link>
                        ) : null,
                    },
                  ]}
                />
              </Card>
            </Col>
          </Row>
        </>
      )}
    </Flex>
  );
}
