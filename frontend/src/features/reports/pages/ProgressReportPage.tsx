import { useEffect, useState } from 'react';
import { Breadcrumb, Flex, Result, Skeleton, Space, Typography } from 'antd';
import { Link, Navigate, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../api/ErrorAlert';
import { ProgressReportEditor } from '../components/ProgressReportEditor';
import { ProgressReportView } from '../components/ProgressReportView';
import { ReportPlaceholder } from '../components/ReportPlaceholder';
import { ReportTaskHeader } from '../components/ReportTaskHeader';
import { ReviewBanner } from '../components/ReviewBanner';
import { ReportStatusTag } from '../components/Tags';
import { useAssignmentReports, useObligations, useProgressReport } from '../hooks/useReports';
import { useViewer } from '../hooks/useViewer';
import { positiveId } from '../lib/ids';
import type { Handoff } from '../lib/progressForm';
import { canEditReport, canReviewReport, canSubmitReport } from '../roles';
import { isEditableStatus } from '../types';

interface PageProps {
  /** quiet time before autosave (tests shorten it) */
  autosaveMs?: number;
}

function Crumbs({ current }: { current: string }) {
  const { t } = useTranslation('reports');
  const viewer = useViewer();
  const writer = viewer.roles.includes('unit_officer') || viewer.roles.includes('unit_head');
  return (
    <Breadcrumb
      items={[
        writer
          ? { key: 'my-unit', title: <Link to="/my-unit">{t('nav.myUnit')}</Link> }
          : { key: 'reviews', title: <Link to="/reviews">{t('nav.reviews')}</Link> },
        { key: 'current', title: current },
      ]}
    />
  );
}

/** `/reports/new?assignmentId=…&taskId=…`: a new progress report, created by its first save. */
export function NewProgressReportPage({ autosaveMs }: PageProps) {
  const { t } = useTranslation('reports');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const assignmentId = positiveId(params.get('assignmentId'));
  const existing = useAssignmentReports(assignmentId);
  const viewer = useViewer();
  const obligations = useObligations(assignmentId !== undefined);
  const unreported = obligations.data?.assignmentsWithoutReport?.find(
    (a) => a.assignmentId === assignmentId,
  );
  const taskId = positiveId(params.get('taskId')) ?? unreported?.taskId;

  if (assignmentId === undefined) {
    return (
      <Result status="warning" title={t('form.missingAssignment')} data-testid="no-assignment" />
    );
  }
  if (existing.isError) {
    return <ErrorAlert error={existing.error} onRetry={() => void existing.refetch()} />;
  }
  if (existing.isPending || viewer.loading) return <Skeleton active paragraph={{ rows: 10 }} />;
  // a draft (or a returned report) is continued rather than started twice
  const open = existing.data.find((r) => isEditableStatus(r.status));
  if (open?.id != null) return <Navigate to={`/reports/${open.id}`} replace />;

  return (
    <Flex vertical gap="middle" data-testid="report-page">
      <Crumbs current={t('form.titleNew')} />
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('form.titleNew')}
      </Typography.Title>
      <ReportTaskHeader
        taskId={taskId}
        taskCode={unreported?.taskCode}
        unitName={viewer.unit?.name}
        role={unreported?.role}
      />
      <ProgressReportEditor
        assignmentId={assignmentId}
        attachments={[]}
        canSubmit={viewer.roles.includes('unit_head')}
        autosaveMs={autosaveMs}
        onCreated={(report, handoff) =>
          navigate(`/reports/${report.id}`, { replace: true, state: { handoff } })
        }
      />
    </Flex>
  );
}

/** `/reports/:id`: a progress report, edited while it is a draft or returned, else read. */
export function ProgressReportPage({ autosaveMs }: PageProps) {
  const { t } = useTranslation('reports');
  const id = positiveId(useParams().id);
  const location = useLocation();
  const navigate = useNavigate();
  // what the creating page handed over: taken once, then dropped from the history entry
  const [handoff] = useState<Handoff | undefined>(
    () => (location.state as { handoff?: Handoff } | null)?.handoff,
  );
  useEffect(() => {
    if (handoff) void navigate(location.pathname, { replace: true, state: null });
    // once, on mount
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const report = useProgressReport(id);
  const viewer = useViewer();

  if (id === undefined || !report.isSuccess || viewer.loading) {
    return <ReportPlaceholder id={id} query={report} />;
  }

  const data = report.data;
  const editable = canEditReport(viewer.roles, viewer.unitId, data);
  const title = data.taskCode ? t('form.title', { code: data.taskCode }) : t('form.titleNoCode');
  const reload = async () => (await report.refetch()).data;

  return (
    <Flex vertical gap="middle" data-testid="report-page" data-report-id={data.id}>
      <Crumbs current={title} />
      <Space wrap align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        <ReportStatusTag status={data.status} />
      </Space>
      <ReportTaskHeader
        taskId={data.taskId}
        taskCode={data.taskCode}
        unitName={data.unit?.name}
        role={data.role}
      />
      <ReviewBanner report={data} />
      {editable && data.assignmentId != null ? (
        <ProgressReportEditor
          key={data.id}
          report={data}
          assignmentId={data.assignmentId}
          attachments={data.attachments ?? []}
          canSubmit={canSubmitReport(viewer.roles, viewer.unitId, data)}
          autosaveMs={autosaveMs}
          handoff={handoff}
          reload={reload}
        />
      ) : (
        <ProgressReportView
          report={data}
          canReview={canReviewReport(viewer.roles, data)}
          onReload={reload}
        />
      )}
    </Flex>
  );
}
