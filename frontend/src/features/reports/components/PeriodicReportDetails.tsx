import { Descriptions, Progress, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate, formatTimestamp } from '../../../lib/dates';
import type { PeriodicReport, PeriodicReportItem } from '../types';

function Text({ value }: { value: string | null | undefined }) {
  const { t } = useTranslation('reports');
  return value ? <span style={{ whiteSpace: 'pre-line' }}>{value}</span> : <>{t('common.none')}</>;
}

/** A periodic report read only: once submitted, and for the tracking department. */
export function PeriodicReportDetails({ report }: { report: PeriodicReport }) {
  const { t } = useTranslation('reports');
  return (
    <>
      <Descriptions
        column={1}
        size="small"
        bordered
        data-testid="periodic-details"
        items={[
          {
            key: 'summary',
            label: t('periodic.summary'),
            children: <Text value={report.summary} />,
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
            : report.submittedOn
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
      <Table<PeriodicReportItem>
        size="small"
        bordered
        rowKey={(item) => item.id ?? `${item.taskId}-${item.role}`}
        dataSource={report.items ?? []}
        pagination={false}
        title={() => <strong>{t('periodic.items')}</strong>}
        data-testid="periodic-items"
        columns={[
          {
            key: 'task',
            title: t('common.task'),
            render: (_: unknown, item) => (
              <>
                <strong>{item.taskCode}</strong> {item.role && <Tag>{t(`role.${item.role}`)}</Tag>}
                <div>{item.taskContent}</div>
              </>
            ),
          },
          {
            key: 'progress',
            title: t('periodic.progress'),
            render: (_: unknown, item) => <Text value={item.progress} />,
          },
          {
            key: 'percent',
            title: t('form.percentComplete'),
            width: 160,
            render: (_: unknown, item) => (
              <Progress percent={item.percentComplete ?? 0} size="small" />
            ),
          },
        ]}
      />
    </>
  );
}
