import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatTimestamp } from '../../../lib/dates';
import type { ReportStatus } from '../types';

interface Reviewed {
  status?: ReportStatus;
  reviewerComment?: string;
  reviewedBy?: string;
  reviewedAt?: string;
}

/** The tracking department's comment: a warning when returned, a note when accepted. */
export function ReviewBanner({ report }: { report: Reviewed }) {
  const { t } = useTranslation('reports');
  const byAt = {
    by: report.reviewedBy ?? t('common.none'),
    at: formatTimestamp(report.reviewedAt),
  };
  if (report.status === 'RETURNED') {
    return (
      <Alert
        type="warning"
        showIcon
        data-testid="returned-banner"
        title={t('returned.title')}
        description={
          <>
            <div style={{ whiteSpace: 'pre-line', fontWeight: 500 }} data-testid="reviewer-comment">
              {report.reviewerComment}
            </div>
            <div>{t('returned.by', byAt)}</div>
            <div>{t('returned.hint')}</div>
          </>
        }
      />
    );
  }
  if (report.status === 'ACCEPTED') {
    return (
      <Alert
        type="success"
        showIcon
        data-testid="accepted-banner"
        title={t('accepted.title')}
        description={
          <>
            {report.reviewerComment && (
              <div style={{ whiteSpace: 'pre-line' }} data-testid="reviewer-comment">
                {report.reviewerComment}
              </div>
            )}
            <div>{t('accepted.by', byAt)}</div>
          </>
        }
      />
    );
  }
  return null;
}
