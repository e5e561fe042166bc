import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  Progress,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../api/ErrorAlert';
import { useAuth } from '../../../auth/AuthContext';
import { hasAnyRole } from '../../../auth/roles';
import { formatDate, formatTimestamp } from '../../../lib/dates';
import { useDirectives } from '../../directives/hooks/useDirectives';
import { directiveLabel } from '../../directives/labels';
import { useMe } from '../../me/useMe';
import {
  useConsolidatedReport,
  useConsolidatedReports,
  useCreateConsolidatedReport,
  useDownloadConsolidated,
} from '../hooks/useConsolidated';
import {
  PERIOD_KINDS,
  defaultPeriod,
  isRunning,
  percentOf,
  periodCount,
  periodKey,
  type PeriodKind,
} from '../lib/periods';
import { CONSOLIDATED_WRITERS } from '../roles';
import type { ConsolidatedCounts, ConsolidatedReportJob } from '../types';

type JobStatus = 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';

const STATUS_COLORS: Record<string, string> = {
  QUEUED: 'default',
  RUNNING: 'processing',
  DONE: 'success',
  FAILED: 'error',
};
const COUNT_KEYS = [
  'completedOnTime',
  'completedLate',
  'inProgressOnTime',
  'overdue',
  'noDeadline',
  'cancelled',
] as const;

/** Generate a consolidated report for a directive and a period, follow it, preview its figures, download it. */
export function ConsolidatedReportPage() {
  const { t } = useTranslation('consolidated');
  const { t: tt } = useTranslation();
  const auth = useAuth();
  const me = useMe();
  const roles = me.data?.roles ?? auth.roles;
  const canGenerate = hasAnyRole(roles, CONSOLIDATED_WRITERS);
  const directives = useDirectives();
  const initial = defaultPeriod(new Date());
  const [searchParams] = useSearchParams();
  const [directiveId, setDirectiveId] = useState<number | undefined>(() => {
    const id = Number(searchParams.get('directiveId'));
    return Number.isInteger(id) && id > 0 ? id : undefined;
  });
  const [kind, setKind] = useState<PeriodKind>(initial.kind);
  const [year, setYear] = useState<number>(initial.year);
  const [number, setNumber] = useState<number>(initial.number);
  const [docNumber, setDocNumber] = useState('');
  const [selected, setSelected] = useState<number | undefined>();
  const create = useCreateConsolidatedReport();
  const job = useConsolidatedReport(selected);
  const history = useConsolidatedReports(directiveId);

  const count = periodCount(kind);
  const submit = () => {
    if (directiveId === undefined) return;
    create.mutate(
      {
        directiveId,
        periodKey: periodKey(kind, year, Math.min(number, count)),
        ...(docNumber.trim() ? { number: docNumber.trim() } : {}),
      },
      { onSuccess: (created) => setSelected(created.id) },
    );
  };

  return (
    <Flex vertical gap="middle">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('page.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('page.intro')}
      </Typography.Paragraph>

      <Card>
        <Form layout="inline" onFinish={submit} style={{ rowGap: 12 }}>
          <Form.Item label={t('page.directive')} required>
            <Select
              data-testid="consolidated-directive"
              style={{ minWidth: 320, maxWidth: 520 }}
              placeholder={t('page.directivePlaceholder')}
              loading={directives.isPending}
              value={directiveId}
              onChange={(value: number) => setDirectiveId(value)}
              options={(directives.data?.items ?? []).map((d) => ({
                value: d.id,
                label: directiveLabel(d, tt),
              }))}
              showSearch={{ optionFilterProp: 'label' }}
              allowClear
            />
          </Form.Item>
          <Form.Item label={t('page.kind')}>
            <Select
              data-testid="consolidated-kind"
              style={{ width: 130 }}
              value={kind}
              onChange={(value: PeriodKind) => {
                setKind(value);
                setNumber(defaultPeriod(new Date(), value).number);
              }}
              options={PERIOD_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
            />
          </Form.Item>
          {count > 1 && (
            <Form.Item label={t('page.number')}>
              <Select
                data-testid="consolidated-number"
                style={{ width: 120 }}
                value={Math.min(number, count)}
                onChange={(value: number) => setNumber(value)}
                options={Array.from({ length: count }, (_, i) => ({
                  value: i + 1,
                  label:
                    kind === 'MONTHLY' ? t('monthN', { n: i + 1 }) : t('quarterN', { n: i + 1 }),
                }))}
              />
            </Form.Item>
          )}
          <Form.Item label={t('page.year')}>
            <InputNumber
              data-testid="consolidated-year"
              min={2000}
              max={2100}
              value={year}
              onChange={(value) => value && setYear(value)}
            />
          </Form.Item>
          {canGenerate && (
            <Form.Item label={t('page.docNumber')} tooltip={t('page.docNumberHelp')}>
              <Input
                style={{ width: 100 }}
                value={docNumber}
                maxLength={20}
                onChange={(e) => setDocNumber(e.target.value)}
              />
            </Form.Item>
          )}
          {canGenerate && (
            <Form.Item>
              <Button
                type="primary"
                htmlType="submit"
                data-testid="consolidated-generate"
                disabled={directiveId === undefined}
                loading={create.isPending}
              >
                {t('page.generate')}
              </Button>
            </Form.Item>
          )}
        </Form>
        {!canGenerate && (
          <Alert style={{ marginTop: 12 }} type="info" showIcon title={t('page.readOnly')} />
        )}
        {create.isError && <ErrorAlert error={create.error} title={t('job.failed')} />}
      </Card>

      {job.data && <JobCard job={job.data} />}
      {job.isError && <ErrorAlert error={job.error} onRetry={() => void job.refetch()} />}

      <Card title={t('history.title')}>
        {history.isError && (
          <ErrorAlert error={history.error} onRetry={() => void history.refetch()} />
        )}
        <Table<ConsolidatedReportJob>
          data-testid="consolidated-history"
          rowKey="id"
          size="small"
          loading={history.isPending}
          dataSource={history.data ?? []}
          locale={{ emptyText: t('history.empty') }}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          onRow={(row) => ({ onClick: () => setSelected(row.id), style: { cursor: 'pointer' } })}
          columns={[
            { title: t('history.period'), dataIndex: 'periodLabel' },
            {
              title: t('history.createdAt'),
              dataIndex: 'createdAt',
              render: (value?: string) => formatTimestamp(value),
            },
            { title: t('history.requestedBy'), dataIndex: 'requestedBy' },
            {
              title: t('history.status'),
              dataIndex: 'status',
              render: (status?: string) => (
                <Tag color={STATUS_COLORS[status ?? '']}>
                  {t(`status.${(status ?? 'QUEUED') as JobStatus}`)}
                </Tag>
              ),
            },
            {
              title: t('history.actions'),
              key: 'actions',
              render: (_, row) =>
                row.status === 'DONE' ? <Downloads id={row.id as number} compact /> : null,
            },
          ]}
        />
      </Card>
    </Flex>
  );
}

function JobCard({ job }: { job: ConsolidatedReportJob }) {
  const { t } = useTranslation('consolidated');
  const running = isRunning(job.status);
  const total = job.figures?.total;
  return (
    <Card
      data-testid="consolidated-job"
      data-status={job.status}
      title={t('job.title', { period: job.periodLabel })}
      extra={
        <Tag color={STATUS_COLORS[job.status ?? '']}>{t(`status.${job.status ?? 'QUEUED'}`)}</Tag>
      }
    >
      <Flex vertical gap="middle">
        <Progress
          data-testid="consolidated-progress"
          percent={job.progress ?? 0}
          status={job.status === 'FAILED' ? 'exception' : running ? 'active' : 'success'}
        />
        {job.status === 'FAILED' && (
          <Alert type="error" showIcon title={t('job.failed')} description={job.failureReason} />
        )}
        {job.asOf && (
          <Typography.Text type="secondary">
            {t('job.asOf', { date: formatDate(job.asOf) })}
            {job.figures?.source && (
              <Tag
                data-testid="consolidated-figures-source"
                color={job.figures.source === 'SNAPSHOT' ? 'blue' : undefined}
                style={{ marginInlineStart: 8 }}
              >
                {t(`source.${job.figures.source}`)}
              </Tag>
            )}
          </Typography.Text>
        )}
        {total && <Figures counts={total} />}
        {job.figures?.groups && job.figures.groups.length > 0 && (
          <Table
            size="small"
            pagination={false}
            rowKey={(row) => row.field ?? ''}
            dataSource={job.figures.groups}
            columns={[
              { title: t('figures.group'), dataIndex: 'field' },
              {
                title: t('figures.total'),
                render: (_, row) => row.counts?.total ?? 0,
                align: 'right',
              },
              {
                title: t('figures.completedOnTime'),
                render: (_, row) =>
                  (row.counts?.completedOnTime ?? 0) + (row.counts?.completedLate ?? 0),
                align: 'right',
              },
              {
                title: t('figures.overdue'),
                render: (_, row) => row.counts?.overdue ?? 0,
                align: 'right',
              },
            ]}
          />
        )}
        {job.status === 'DONE' && <Downloads id={job.id as number} />}
      </Flex>
    </Card>
  );
}

function Figures({ counts }: { counts: ConsolidatedCounts }) {
  const { t } = useTranslation('consolidated');
  const total = counts.total ?? 0;
  return (
    <Descriptions
      data-testid="consolidated-figures"
      size="small"
      bordered
      column={{ xs: 1, sm: 2, lg: 4 }}
      items={[
        { key: 'total', label: t('figures.total'), children: total },
        ...COUNT_KEYS.map((key) => ({
          key,
          label: t(`figures.${key}`),
          children: `${counts[key] ?? 0} (${percentOf(counts[key] ?? 0, total)}%)`,
        })),
      ]}
    />
  );
}

function Downloads({ id, compact = false }: { id: number; compact?: boolean }) {
  const { t } = useTranslation('consolidated');
  const download = useDownloadConsolidated();
  return (
    <Space wrap onClick={(event) => event.stopPropagation()}>
      <Button
        size={compact ? 'small' : 'middle'}
        icon={<FileWordOutlined />}
        data-testid={`download-docx-${id}`}
        onClick={() => download.mutate({ id, file: 'docx' })}
      >
        {compact ? 'Word' : t('job.downloadWord')}
      </Button>
      <Button
        size={compact ? 'small' : 'middle'}
        icon={<FileExcelOutlined />}
        data-testid={`download-xlsx-${id}`}
        onClick={() => download.mutate({ id, file: 'xlsx' })}
      >
        {compact ? 'Excel' : t('job.downloadExcel')}
      </Button>
      {download.isError && <ErrorAlert error={download.error} />}
    </Space>
  );
}
