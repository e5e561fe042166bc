import { Checkbox, Descriptions, Progress } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate, formatTimestamp } from '../../../lib/dates';
import type { ProgressReport } from '../types';
import { submittedItems, textItem } from './detailItems';

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
        textItem('workDone', t('form.workDone'), report.workDone),
        textItem('results', t('form.results'), report.results),
        {
          key: 'percent',
          label: t('form.percentComplete'),
          children: <Progress percent={report.percentComplete ?? 0} size="small" />,
        },
        textItem('difficulties', t('form.difficulties'), report.difficulties),
        textItem('proposals', t('form.proposals'), report.proposals),
        {
          key: 'claims',
          label: t('form.claimsCompletion'),
          children: (
            <Checkbox checked={!!report.claimsCompletion} disabled data-testid="details-claims">
              {report.claimsCompletion ? t('form.yes') : t('form.no')}
            </Checkbox>
          ),
        },
        ...submittedItems(report, t),
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
