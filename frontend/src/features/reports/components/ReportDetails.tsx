import { Checkbox, Descriptions, Progress } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate, formatTimestamp } from '../../../lib/dates';
import type { ProgressReport } from '../types';

function Text({ value }: { value: string | null | undefined }) {
  const { t } = useTranslation('reports');
  return value ? <span style={{ whiteSpace: 'pre-line' }}>{value}</span> : <>{t('common.none')}</>;
}

/** A progress report read only: once submitted, and for reviewers. */
export function ReportDetails({ report }: { report: ProgressReport }) {
  const { t } = useTranslation('reports');
  return (
    <Descriptions
      column={1}
      size="small"
      bordered
      data-testid="report-details"
      items={[
        { key: 'workDone', label: t('form.workDone'), children: <Text value={report.workDone} /> },
        { key: 'results', label: t('form.results'), children: <Text value={report.results} /> },
        {
          key: 'percent',
          label: t('form.percentComplete'),
          children: <Progress percent={report.percentComplete ?? 0} size="small" />,
        },
        {
          key: 'difficulties',
          label: t('form.difficulties'),
          children: <Text value={report.difficulties} />,
        },
        {
          key: 'proposals',
          label: t('form.proposals'),
          children: <Text value={report.proposals} />,
        },
        {
          key: 'claims',
          label: t('form.claimsCompletion'),
          children: (
            <Checkbox checked={!!report.claimsCompletion} disabled data-testid="details-claims">
              {report.claimsCompletion ? t('form.yes') : t('form.no')}
            </Checkbox>
          ),
        },
        ...(report.submittedAt
          ? [
              {
                key: 'submitted',
                label: t('common.submittedOn'),
                children: `${formatTimestamp(report.submittedAt)}${
                  report.submittedBy ? ` — ${report.submittedBy}` : ''
                }`,
              },
            ]
          : []),
        ...(report.createdBy
          ? [{ key: 'createdBy', label: t('form.createdBy'), children: report.createdBy }]
          : []),
        ...(report.reviewedAt
          ? [
              {
                key: 'reviewed',
                label: t('form.reviewedBy'),
                children: `${report.reviewedBy ?? ''} — ${formatTimestamp(report.reviewedAt)}`,
              },
            ]
          : []),
        ...(report.submittedOn && !report.submittedAt
          ? [
              {
                key: 'submittedOn',
                label: t('common.submittedOn'),
                children: formatDate(report.submittedOn),
              },
            ]
          : []),
      ]}
    />
  );
}
