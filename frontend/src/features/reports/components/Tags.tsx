import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { REPORT_STATUS_COLORS, SUBMISSION_COLORS } from '../lib/colors';
import type { ReportStatus, Submission } from '../types';

export function ReportStatusTag({ status }: { status: ReportStatus | null | undefined }) {
  const { t } = useTranslation('reports');
  if (!status) return null;
  return (
    <Tag
      color={REPORT_STATUS_COLORS[status] ?? 'default'}
      data-testid="report-status"
      data-status={status}
    >
      {t(`status.${status}`, { defaultValue: status })}
    </Tag>
  );
}

export function SubmissionTag({ submission }: { submission: Submission | null | undefined }) {
  const { t } = useTranslation('reports');
  if (!submission) return null;
  return (
    <Tag
      color={SUBMISSION_COLORS[submission] ?? 'default'}
      data-testid="submission"
      data-submission={submission}
    >
      {t(`submission.${submission}`, { defaultValue: submission })}
    </Tag>
  );
}
