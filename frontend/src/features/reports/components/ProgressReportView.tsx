import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProgressReport } from '../types';
import { AttachmentsPanel } from './AttachmentsPanel';
import { ReportDetails } from './ReportDetails';
import { ReviewPanel } from './ReviewPanel';

/**
 * A progress report read only, with its files, and the coordinator's decision while it waits
 * for one: on the report's page and in the review queue's drawer.
 */
export function ProgressReportView({
  report,
  canReview,
  onReload,
  onReviewed,
}: {
  report: ProgressReport;
  /** a coordinator and a submitted report (`canReviewReport`) */
  canReview: boolean;
  /** fetches the report again (after a 409) */
  onReload: () => Promise<unknown>;
  onReviewed?: () => void;
}) {
  const { t } = useTranslation('reports');
  return (
    <>
      <ReportDetails report={report} />
      <Card size="small" title={t('attachments.title')}>
        <AttachmentsPanel
          reportId={report.id}
          attachments={report.attachments ?? []}
          editable={false}
          onUploaded={() => {}}
        />
      </Card>
      {canReview && (
        <ReviewPanel
          kind="progress"
          reportId={report.id as number}
          version={report.version ?? 0}
          claimsCompletion={!!report.claimsCompletion}
          onReviewed={onReviewed}
          onReload={onReload}
        />
      )}
    </>
  );
}
