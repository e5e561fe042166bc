import { Breadcrumb, Descriptions, Flex, Space, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/dates';
import { PeriodicReportDetails } from '../components/PeriodicReportDetails';
import { PeriodicReportEditor } from '../components/PeriodicReportEditor';
import { ReviewBanner } from '../components/ReviewBanner';
import { ReportPlaceholder } from '../components/ReportPlaceholder';
import { ReviewPanel } from '../components/ReviewPanel';
import { ReportStatusTag, SubmissionTag } from '../components/Tags';
import { usePeriodicReport } from '../hooks/usePeriodic';
import { useViewer } from '../hooks/useViewer';
import { positiveId } from '../lib/ids';
import { BOARD_READERS, canEditReport, canReviewReport, canSubmitReport } from '../roles';
import { hasAnyRole } from '../../../auth/roles';

/** `/periodic-reports/:id`: a unit's periodic report, edited while a draft or returned. */
export function PeriodicReportPage({ autosaveMs }: { autosaveMs?: number }) {
  const { t } = useTranslation('reports');
  const id = positiveId(useParams().id);
  const report = usePeriodicReport(id);
  const viewer = useViewer();

  if (id === undefined || !report.isSuccess || viewer.loading) {
    return <ReportPlaceholder id={id} query={report} />;
  }
  const data = report.data;
  const editable = canEditReport(viewer.roles, viewer.unitId, data);
  const title = data.periodLabel
    ? t('periodic.title', { period: data.periodLabel })
    : t('periodic.titleNoPeriod');
  const reload = async () => (await report.refetch()).data;
  const boardReader = hasAnyRole(viewer.roles, BOARD_READERS);

  return (
    <Flex vertical gap="middle" data-testid="periodic-page" data-report-id={data.id}>
      <Breadcrumb
        items={[
          boardReader && data.directiveId != null
            ? {
                key: 'board',
                title: (
                  <Link
                    to={`/directives/${data.directiveId}/periodic-board?period=${data.periodKey}`}
                  >
                    {t('nav.periodicBoard')}
                  </Link>
                ),
              }
            : { key: 'my-unit', title: <Link to="/my-unit">{t('nav.myUnit')}</Link> },
          { key: 'current', title },
        ]}
      />
      <Space wrap align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        <ReportStatusTag status={data.status} />
        <SubmissionTag submission={data.submission} />
      </Space>
      <Descriptions
        size="small"
        bordered
        column={1}
        items={[
          { key: 'unit', label: t('common.unit'), children: data.unit?.name },
          {
            key: 'period',
            label: t('common.period'),
            children: `${data.periodLabel ?? ''} (${formatDate(data.periodFrom)} – ${formatDate(
              data.periodTo,
            )})`,
          },
          { key: 'due', label: t('common.dueDate'), children: formatDate(data.dueDate) },
        ]}
      />
      <ReviewBanner report={data} />
      {editable ? (
        <PeriodicReportEditor
          key={data.id}
          report={data}
          canSubmit={canSubmitReport(viewer.roles, viewer.unitId, data)}
          autosaveMs={autosaveMs}
          reload={reload}
        />
      ) : (
        <>
          <PeriodicReportDetails report={data} />
          {canReviewReport(viewer.roles, data) && (
            <ReviewPanel
              kind="periodic"
              reportId={data.id as number}
              version={data.version ?? 0}
              onReload={reload}
            />
          )}
        </>
      )}
    </Flex>
  );
}
