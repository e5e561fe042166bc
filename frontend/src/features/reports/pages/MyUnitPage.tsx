import { useState, type HTMLAttributes } from 'react';
import { Alert, Button, Card, Descriptions, Empty, Flex, Skeleton, Table, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../api/ErrorAlert';
import { formatDate, formatTimestamp } from '../../../lib/dates';
import { ReportStatusTag, SubmissionTag } from '../components/Tags';
import { useOpenPeriodicReport } from '../hooks/usePeriodic';
import { useObligations } from '../hooks/useReports';
import { useViewer } from '../hooks/useViewer';
import type { PeriodicDue, ReturnedReport, UnreportedAssignment } from '../types';
import { isEditableStatus } from '../types';

/**
 * `/my-unit`: what the own unit has to report. Assignments without a progress report this
 * period, periodic reports due, and reports the tracking department returned for corrections.
 */
export function MyUnitPage() {
  const { t } = useTranslation('reports');
  const viewer = useViewer();
  const obligations = useObligations();
  const navigate = useNavigate();
  const open = useOpenPeriodicReport();
  const [opening, setOpening] = useState<string>();

  if (obligations.isPending) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (obligations.isError) {
    return <ErrorAlert error={obligations.error} onRetry={() => void obligations.refetch()} />;
  }
  const data = obligations.data;
  const period = data.currentPeriod;
  const periodicKey = (p: PeriodicDue) => `${p.directiveId}/${p.periodKey}`;

  const openPeriodic = (due: PeriodicDue) => {
    if (due.reportId != null) {
      void navigate(`/periodic-reports/${due.reportId}`);
      return;
    }
    setOpening(periodicKey(due));
    open.mutate(
      { directiveId: due.directiveId as number, periodKey: due.periodKey as string },
      {
        onSuccess: (report) => void navigate(`/periodic-reports/${report.id}`),
        onSettled: () => setOpening(undefined),
      },
    );
  };

  return (
    <Flex vertical gap="large" data-testid="my-unit">
      <Flex vertical gap={4}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('myUnit.title')}
          {(data.unit ?? viewer.unit) && `: ${(data.unit ?? viewer.unit)?.name}`}
        </Typography.Title>
      </Flex>
      {period && (
        <Descriptions
          size="small"
          bordered
          column={1}
          data-testid="current-period"
          data-period={period.key}
          items={[
            {
              key: 'period',
              label: t('myUnit.currentPeriod'),
              children: t('myUnit.periodRange', {
                label: period.label,
                from: formatDate(period.from),
                to: formatDate(period.to),
              }),
            },
          ]}
        />
      )}

      <Card
        size="small"
        title={`${t('myUnit.assignmentsTitle')} (${data.assignmentsWithoutReport?.length ?? 0})`}
      >
        <Table<UnreportedAssignment>
          size="small"
          rowKey={(a) => a.assignmentId ?? `${a.taskId}-${a.role}`}
          dataSource={data.assignmentsWithoutReport ?? []}
          pagination={false}
          data-testid="unreported"
          locale={{ emptyText: <Empty description={t('myUnit.assignmentsEmpty')} /> }}
          onRow={(a) =>
            ({
              'data-testid': 'unreported-row',
              'data-task-code': a.taskCode,
              'data-task-id': a.taskId,
              'data-assignment-id': a.assignmentId,
            }) as HTMLAttributes<HTMLElement>
          }
          columns={[
            {
              key: 'task',
              title: t('common.task'),
              render: (_: unknown, a) => (
                <Flex vertical gap={2}>
                  <Link to={`/tasks/${a.taskId}`}>
                    <strong>{a.taskCode}</strong>
                  </Link>
                  <Typography.Paragraph
                    style={{ margin: 0 }}
                    ellipsis={{ rows: 2, tooltip: a.taskContent }}
                  >
                    {a.taskContent}
                  </Typography.Paragraph>
                </Flex>
              ),
            },
            {
              key: 'role',
              title: t('common.role'),
              width: 110,
              render: (_: unknown, a) => (a.role ? t(`role.${a.role}`) : t('common.none')),
            },
            {
              key: 'due',
              title: t('common.taskDueDate'),
              width: 140,
              render: (_: unknown, a) =>
                a.dueDate ? formatDate(a.dueDate) : t('common.noDueDate'),
            },
            {
              key: 'actions',
              title: t('common.actions'),
              width: 150,
              render: (_: unknown, a) => (
                <Button
                  type="primary"
                  size="small"
                  onClick={() =>
                    void navigate(`/reports/new?assignmentId=${a.assignmentId}&taskId=${a.taskId}`)
                  }
                  data-testid="create-report"
                >
                  {t('myUnit.create')}
                </Button>
              ),
            },
          ]}
        />
      </Card>

      <Card size="small" title={t('myUnit.periodicTitle')}>
        {open.error && <ErrorAlert error={open.error} title={t('periodic.openError')} />}
        <Table<PeriodicDue>
          size="small"
          rowKey={periodicKey}
          dataSource={data.periodicDue ?? []}
          pagination={false}
          data-testid="periodic-due"
          locale={{ emptyText: <Empty description={t('myUnit.periodicEmpty')} /> }}
          onRow={(p) =>
            ({
              'data-testid': 'periodic-row',
              'data-period': p.periodKey,
            }) as HTMLAttributes<HTMLElement>
          }
          columns={[
            {
              key: 'directive',
              title: t('common.directive'),
              render: (_: unknown, p) => p.directiveTitle,
            },
            { key: 'period', title: t('common.period'), width: 140, dataIndex: 'periodLabel' },
            {
              key: 'due',
              title: t('common.dueDate'),
              width: 120,
              render: (_: unknown, p) => formatDate(p.dueDate),
            },
            {
              key: 'status',
              title: t('common.status'),
              width: 200,
              render: (_: unknown, p) => (
                <Flex gap={4} wrap>
                  {p.reportStatus && <ReportStatusTag status={p.reportStatus} />}
                  <SubmissionTag submission={p.submission} />
                </Flex>
              ),
            },
            {
              key: 'actions',
              title: t('common.actions'),
              width: 190,
              render: (_: unknown, p) => (
                <Button
                  size="small"
                  type={p.reportId == null ? 'primary' : 'default'}
                  loading={opening === periodicKey(p)}
                  onClick={() => openPeriodic(p)}
                  data-testid="open-periodic"
                >
                  {p.reportId == null
                    ? t('myUnit.openPeriodic')
                    : isEditableStatus(p.reportStatus)
                      ? t('myUnit.continue')
                      : t('common.open')}
                </Button>
              ),
            },
          ]}
        />
      </Card>

      <Card size="small" title={t('myUnit.returnedTitle')}>
        {(data.returnedReports ?? []).length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('myUnit.returnedEmpty')} />
        ) : (
          <Flex vertical gap="small" data-testid="returned">
            {(data.returnedReports ?? []).map((r: ReturnedReport) => (
              <Alert
                key={`${r.kind}-${r.reportId}`}
                type="warning"
                data-testid="returned-row"
                data-report-id={r.reportId}
                title={
                  <>
                    <strong>{t(`kind.${r.kind === 'PERIODIC' ? 'PERIODIC' : 'PROGRESS'}`)}</strong>
                    {r.subject ? `: ${r.subject}` : ''}
                  </>
                }
                description={
                  <>
                    <div style={{ whiteSpace: 'pre-line' }} data-testid="returned-comment">
                      {t('myUnit.reviewerComment')}: {r.reviewerComment}
                    </div>
                    <Typography.Text type="secondary">
                      {t('myUnit.reviewedByAt', {
                        by: r.reviewedBy ?? t('common.none'),
                        at: formatTimestamp(r.reviewedAt),
                      })}
                    </Typography.Text>
                  </>
                }
                action={
                  <Button
                    size="small"
                    type="primary"
                    onClick={() =>
                      void navigate(
                        r.kind === 'PERIODIC'
                          ? `/periodic-reports/${r.reportId}`
                          : `/reports/${r.reportId}`,
                      )
                    }
                    data-testid="fix-report"
                  >
                    {t('myUnit.fix')}
                  </Button>
                }
              />
            ))}
          </Flex>
        )}
      </Card>
    </Flex>
  );
}
