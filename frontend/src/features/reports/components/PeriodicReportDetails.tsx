import { Descriptions, Progress, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/dates';
import type { PeriodicReport, PeriodicReportItem } from '../types';
import { MultilineText } from './MultilineText';
import { submittedItems, textItem } from './detailItems';

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
          textItem('summary', t('periodic.summary'), report.summary),
          textItem('difficulties', t('form.difficulties'), report.difficulties),
          textItem('proposals', t('form.proposals'), report.proposals),
          ...(report.submittedAt
            ? submittedItems(report, t)
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
            render: (_: unknown, item) => <MultilineText value={item.progress} />,
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
