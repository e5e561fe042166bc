import { Suspense, lazy, type ReactNode } from 'react';
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
  Tooltip,
  Typography,
} from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../api/ErrorAlert';
import { TIMELINESS, type Timeliness } from '../../../api/types';
import { isUnitScoped } from '../../../auth/roles';
import { useAuth } from '../../../auth/AuthContext';
import { formatDate, todayInProvince } from '../../../lib/dates';
import { useDirectives } from '../../directives/hooks/useDirectives';
import { useMe } from '../../me/useMe';
import { TIMELINESS_FILL } from '../../tasks/timeliness';
import { useScorecard, useStatistics } from '../hooks/useStatistics';
import {
  cell,
  count,
  donutOption,
  percent,
  rankingOption,
  recentPeriods,
  taskLink,
  trendOption,
  unitBarsOption,
} from '../lib/charts';
import type { ScoreComponent, ScorecardRow, StatFigure, StatOverdueTask } from '../types';

// the charting library is loaded only when the dashboard is shown
const StatChart = lazy(() => import('../components/StatChart'));

function positiveId(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return n > 0 ? n : undefined;
}

/**
 * `/dashboard?directiveId=3&period=2026-Q2`: the province's picture for leaders, coordinators,
 * supervisors and admins (status donut, per-unit bars, on-time ranking, monthly trend, overdue
 * tasks, unit scorecard); unit staff get the same page over their own unit (the backend scopes it).
 * Every figure and chart item opens the task list with the filters behind it.
 */
export function DashboardPage() {
  const { t } = useTranslation('dashboard');
  const { t: tCommon } = useTranslation();
  const navigate = useNavigate();
  const auth = useAuth();
  const me = useMe();
  const roles = me.data?.roles ?? auth.roles;
  const unitView = isUnitScoped(roles);
  const [params, setParams] = useSearchParams();
  const directiveId = positiveId(params.get('directiveId'));
  const periodKey = params.get('period') ?? undefined;
  // A past day from the address (?asOf=2025-06-30), e.g. a link from a report; the period picker wins.
  const asOfParam = params.get('asOf');
  const asOf =
    !periodKey && asOfParam && /^\d{4}-\d{2}-\d{2}$/.test(asOfParam) ? asOfParam : undefined;
  const filter = { directiveId, periodKey, asOf };
  const statistics = useStatistics(filter);
  const scorecard = useScorecard(filter);
  const directives = useDirectives();
  const periods = recentPeriods(todayInProvince());
  const s = statistics.data;
  const labels = Object.fromEntries(
    TIMELINESS.map((x) => [x, tCommon(`timeliness.${x}`)]),
  ) as Record<Timeliness, string>;
  const open = (link: string) => void navigate(link);
  const live = (s?.totals?.total?.queries?.length ?? 0) > 0;

  const setParam = (key: string, value: string | number | undefined) => {
    const next = new URLSearchParams(params);
    if (value === undefined || value === '') next.delete(key);
    else next.set(key, String(value));
    setParams(next, { replace: true });
  };

  const title =
    unitView && me.data?.unit?.name ? t('unitTitle', { unit: me.data.unit.name }) : t('title');

  return (
    <Flex vertical gap="middle" data-testid="dashboard">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      <Flex gap="middle" wrap align="center">
        <Select
          style={{ minWidth: 320, maxWidth: 640 }}
          aria-label={t('directive')}
          data-testid="dashboard-directive"
          placeholder={t('allDirectives')}
          allowClear
          loading={directives.isPending}
          value={directiveId}
          onChange={(value?: number) => setParam('directiveId', value)}
          options={(directives.data?.items ?? []).map((d) => ({
            value: d.id,
            label: [d.numberSymbol, d.title].filter(Boolean).join(' – '),
          }))}
        />
        <Select
          style={{ minWidth: 200 }}
          aria-label={t('period')}
          data-testid="dashboard-period"
          value={periodKey ?? ''}
          onChange={(value: string) => setParam('period', value)}
          options={[
            { value: '', label: t('today') },
            ...periods.map((p) => ({
              value: p.key,
              label:
                p.kind === 'QUARTER'
                  ? t('quarter', { roman: p.roman, year: p.year })
                  : t('year', { year: p.year }),
            })),
          ]}
        />
        {s?.asOf && (
          <Typography.Text type="secondary" data-testid="dashboard-as-of">
            {t('asOf', { date: formatDate(s.asOf) })}
          </Typography.Text>
        )}
      </Flex>
      {statistics.isError && <ErrorAlert error={statistics.error} />}
      {statistics.isPending && <Skeleton active />}
      {s && (
        <>
          <Typography.Text type="secondary">{live ? t('clickHint') : null}</Typography.Text>
          {!live && (
            <Alert type="info" showIcon title={t('pastNote')} data-testid="dashboard-past" />
          )}
          <Row gutter={[16, 16]}>
            <Col xs={12} md={6} lg={3}>
              <FigureCard title={t('total')} figure={s.totals?.total} testId="figure-total" />
            </Col>
            {TIMELINESS.filter(
              (x) => x !== 'CANCELLED' && (unitView || x !== 'CLOSED_WITH_TASK'),
            ).map((x) => (
              <Col xs={12} md={6} lg={3} key={x}>
                <FigureCard
                  title={labels[x]}
                  figure={cell(s.totals, x)}
                  color={TIMELINESS_FILL[x]}
                  testId={`figure-${x}`}
                />
              </Col>
            ))}
            <Col xs={12} md={6} lg={3}>
              <Card size="small" data-testid="figure-rate">
                <Tooltip title={t('onTimeRateHint')}>
                  <Statistic title={t('onTimeRate')} value={percent(s.totals?.onTimeRate)} />
                </Tooltip>
              </Card>
            </Col>
          </Row>
          {count(s.totals?.total) === 0 ? (
            <Empty description={t('empty')} />
          ) : (
            <Suspense fallback={<Skeleton active />}>
              <Row gutter={[16, 16]}>
                <Col xs={24} lg={10}>
                  <Card title={t('charts.status')} size="small">
                    <StatChart
                      testId="chart-status"
                      label={t('charts.statusLabel')}
                      option={donutOption(s.totals, labels, t('charts.statusLabel'))}
                      onOpen={open}
                    />
                  </Card>
                </Col>
                <Col xs={24} lg={14}>
                  <Card title={t('charts.trend')} size="small">
                    <StatChart
                      testId="chart-trend"
                      label={t('charts.trendLabel')}
                      option={trendOption(
                        s.monthlyTrend ?? [],
                        {
                          onTime: t('trend.onTime'),
                          late: t('trend.late'),
                          missed: t('trend.missed'),
                        },
                        t('charts.trendLabel'),
                      )}
                      onOpen={open}
                    />
                  </Card>
                </Col>
                {!unitView && (s.byUnit?.length ?? 0) > 0 && (
                  <>
                    <Col xs={24} lg={14}>
                      <Card title={t('charts.units')} size="small">
                        <StatChart
                          testId="chart-units"
                          height={Math.max(300, 28 * (s.byUnit?.length ?? 0) + 80)}
                          label={t('charts.unitsLabel')}
                          option={unitBarsOption(s.byUnit ?? [], labels, t('charts.unitsLabel'))}
                          onOpen={open}
                        />
                      </Card>
                    </Col>
                    <Col xs={24} lg={10}>
                      <Card title={t('charts.ranking')} size="small">
                        <StatChart
                          testId="chart-ranking"
                          height={Math.max(300, 28 * (s.byUnit?.length ?? 0) + 40)}
                          label={t('charts.rankingLabel')}
                          option={rankingOption(s.byUnit ?? [], t('charts.rankingLabel'))}
                          onOpen={open}
                        />
                      </Card>
                    </Col>
                  </>
                )}
              </Row>
            </Suspense>
          )}
          <OverdueCard
            tasks={s.topOverdue ?? []}
            allLink={s.topOverdueQuery ? `/tasks?${s.topOverdueQuery}` : undefined}
          />
        </>
      )}
      <ScorecardCard
        directiveId={directiveId}
        rows={scorecard.data?.rows ?? []}
        formula={scorecard.data?.formula}
        loading={scorecard.isPending}
        error={scorecard.isError ? <ErrorAlert error={scorecard.error} /> : null}
      />
    </Flex>
  );
}

/** A count that opens its tasks when the list can show them. */
function FigureCard({
  title,
  figure,
  color,
  testId,
}: {
  title: string;
  figure: StatFigure | undefined;
  color?: string;
  testId: string;
}) {
  const link = taskLink(figure);
  const value = (
    <Statistic
      title={title}
      value={count(figure)}
      styles={color ? { content: { color } } : undefined}
    />
  );
  return (
    <Card
      size="small"
      data-testid={testId}
      data-count={count(figure)}
      hoverable={link !== undefined}
    >
      {link ? (
        <Link
          to={link}
          data-testid={`${testId}-link`}
          style={{ display: 'block', color: 'inherit' }}
        >
          {value}
        </Link>
      ) : (
        value
      )}
    </Card>
  );
}

function OverdueCard({ tasks, allLink }: { tasks: StatOverdueTask[]; allLink?: string }) {
  const { t } = useTranslation('dashboard');
  return (
    <Card
      size="small"
      title={t('overdue.title')}
      extra={
        allLink ? (
          <Link to={allLink} data-testid="overdue-all">
            {t('overdue.all')}
          </Link>
        ) : null
      }
    >
      <Table<StatOverdueTask>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={tasks}
        locale={{ emptyText: t('overdue.none') }}
        data-testid="overdue-table"
        columns={[
          {
            title: t('overdue.code'),
            dataIndex: 'code',
            width: 110,
            render: (code: string, task) => <Link to={`/tasks/${task.id}`}>{code}</Link>,
          },
          { title: t('overdue.content'), dataIndex: 'content', ellipsis: true },
          {
            title: t('overdue.lead'),
            key: 'lead',
            width: 220,
            render: (_: unknown, task) =>
              (task.leadUnits ?? []).map((u) => u.shortName || u.name).join(', '),
          },
          {
            title: t('overdue.due'),
            dataIndex: 'dueDate',
            width: 110,
            render: (d: string) => formatDate(d),
          },
          { title: t('overdue.days'), dataIndex: 'daysOverdue', width: 120, align: 'right' },
        ]}
      />
    </Card>
  );
}

function ScorecardCard({
  directiveId,
  rows,
  formula,
  loading,
  error,
}: {
  directiveId?: number;
  rows: ScorecardRow[];
  formula?: string;
  loading: boolean;
  error: ReactNode;
}) {
  const { t } = useTranslation('dashboard');
  const component = (row: ScorecardRow, key: string) => {
    const c: ScoreComponent | undefined = row.components?.find((x) => x.key === key);
    if (!c || c.value === null || c.value === undefined)
      return <Typography.Text type="secondary">{t('scorecard.notApplicable')}</Typography.Text>;
    return (
      <span>
        {percent(c.value)}{' '}
        <Typography.Text type="secondary">
          ({c.numerator}/{c.denominator})
        </Typography.Text>
        {c.parts && (
          <>
            <br />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {c.parts}
            </Typography.Text>
          </>
        )}
      </span>
    );
  };
  return (
    <Card size="small" title={t('scorecard.title')} data-testid="scorecard">
      {error}
      <Table<ScorecardRow>
        size="small"
        rowKey={(r) => r.unit?.id ?? 0}
        loading={loading}
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: t('scorecard.empty') }}
        expandable={{
          expandedRowRender: (r) => (
            <Typography.Text data-testid="scorecard-explanation">
              {t('scorecard.explanation')}: {r.explanation}
            </Typography.Text>
          ),
        }}
        columns={[
          { title: t('scorecard.rank'), dataIndex: 'rank', width: 70, align: 'right' },
          {
            title: t('scorecard.unit'),
            key: 'unit',
            render: (_: unknown, r) => (
              <Link
                to={`/tasks?${directiveId ? `directiveId=${directiveId}&` : ''}unitId=${r.unit?.id}`}
              >
                {r.unit?.name}
              </Link>
            ),
          },
          {
            title: t('scorecard.score'),
            dataIndex: 'score',
            width: 90,
            align: 'right',
            render: (score: number) => <Typography.Text strong>{score}</Typography.Text>,
          },
          ...['ON_TIME_COMPLETION', 'REPORTS_ON_TIME', 'NO_OVERDUE'].map((key) => ({
            title: t(`scorecard.${key}` as 'scorecard.ON_TIME_COMPLETION'),
            key,
            render: (_: unknown, r: ScorecardRow) => component(r, key),
          })),
        ]}
      />
      {formula && (
        <Typography.Paragraph
          type="secondary"
          style={{ marginTop: 8, marginBottom: 0 }}
          data-testid="scorecard-formula"
        >
          {t('scorecard.formula')}: {formula}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
