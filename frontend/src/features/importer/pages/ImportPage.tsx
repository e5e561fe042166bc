import { useMemo, useState } from 'react';
import { InboxOutlined, WarningOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Collapse,
  Descriptions,
  Flex,
  Popconfirm,
  Progress,
  Row,
  Select,
  Table,
  Tag,
  Tree,
  Typography,
  Upload,
} from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../api/ErrorAlert';
import { userMessage } from '../../../api/problem';
import { useAuth } from '../../../auth/AuthContext';
import { formatDate } from '../../../lib/dates';
import { useDirectives } from '../../directives/hooks/useDirectives';
import {
  IMPORT_ACCEPT,
  MAX_IMPORT_BYTES,
  childrenByParent,
  isReading,
  isUnresolved,
  uploadImport,
  useAcceptImport,
  useEditImport,
  useImportDraft,
  type ImportDraft,
  type ImportObligation,
  type ImportSchedule,
  type ImportTask,
  type ImportTaskEdit,
  type ImportUnitMatch,
} from '../api';
import { SourcePanel } from '../components/SourcePanel';
import { TaskEditor } from '../components/TaskEditor';

function positiveInt(value: string | null): number | undefined {
  return value && /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : undefined;
}

/** `/directives/import`: upload a program's document, review the proposed tree beside its source, accept. */
export function ImportPage() {
  const { t } = useTranslation('importer');
  const [params, setParams] = useSearchParams();
  const id = positiveInt(params.get('id'));
  return (
    <Flex vertical gap="middle">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('title')}
      </Typography.Title>
      {id === undefined ? (
        <UploadStep onUploaded={(draft) => setParams({ id: String(draft.id) })} />
      ) : (
        <Review id={id} onRestart={() => setParams({})} />
      )}
    </Flex>
  );
}

function UploadStep({ onUploaded }: { onUploaded: (draft: ImportDraft) => void }) {
  const { t } = useTranslation('importer');
  const { t: tCommon } = useTranslation();
  const auth = useAuth();
  const directives = useDirectives();
  const [target, setTarget] = useState<number>();
  const [percent, setPercent] = useState<number>();
  const [error, setError] = useState<unknown>();
  const sending = percent !== undefined;
  return (
    <Card>
      <Flex vertical gap="middle">
        <Upload.Dragger
          accept={IMPORT_ACCEPT}
          multiple={false}
          showUploadList={false}
          disabled={sending}
          data-testid="import-upload"
          beforeUpload={(file) => {
            if (file.size > MAX_IMPORT_BYTES) {
              setError(new Error(t('upload.tooLarge', { name: file.name })));
              return Upload.LIST_IGNORE;
            }
            return true;
          }}
          customRequest={(options) => {
            setError(undefined);
            setPercent(0);
            uploadImport({
              file: options.file as File,
              directiveId: target,
              getToken: auth.getToken,
              onProgress: setPercent,
            })
              .then((draft) => {
                setPercent(undefined);
                onUploaded(draft);
              })
              .catch((e: unknown) => {
                setPercent(undefined);
                setError(e);
              });
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('upload.hint')}</p>
          <p className="ant-upload-hint">{t('upload.subHint')}</p>
        </Upload.Dragger>
        {sending && (
          <div data-testid="upload-progress">
            <Progress percent={percent} status="active" />
            <Typography.Text type="secondary">
              {percent < 100 ? t('upload.sending', { percent }) : t('upload.reading')}
            </Typography.Text>
          </div>
        )}
        {error !== undefined && (
          <Alert
            type="error"
            showIcon
            title={t('upload.failed')}
            description={
              error instanceof Error && !('status' in error)
                ? error.message
                : userMessage(error, tCommon).message
            }
          />
        )}
        <Flex vertical gap={4}>
          <Typography.Text>{t('upload.reimport')}</Typography.Text>
          <Select<number>
            allowClear
            style={{ maxWidth: 640 }}
            placeholder={t('upload.reimportPlaceholder')}
            value={target}
            onChange={setTarget}
            options={(directives.data?.items ?? []).map((d) => ({
              value: d.id as number,
              label: `${d.numberSymbol ? d.numberSymbol + ' – ' : ''}${d.title}`,
            }))}
          />
        </Flex>
      </Flex>
    </Card>
  );
}

function treeData(tasks: ImportTask[]): DataNode[] {
  const byParent = childrenByParent(tasks);
  const build = (parent: string | undefined): DataNode[] =>
    (byParent.get(parent) ?? []).map((task) => {
      const unresolved =
        !task.heading &&
        ((task.lead ?? []).length === 0 ||
          [...(task.lead ?? []), ...(task.coordinating ?? [])].some(isUnresolved));
      return {
        key: task.code as string,
        title: (
          <span data-testid="import-tree-node" data-code={task.code}>
            <strong>{task.code}</strong> {truncate(task.content ?? '', 90)}{' '}
            {unresolved && (
              <WarningOutlined style={{ color: '#fa541c' }} data-testid="unresolved-mark" />
            )}
          </span>
        ),
        children: build(task.code as string),
      };
    });
  return build(undefined);
}

function truncate(text: string, max: number) {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function names(matches: ImportUnitMatch[] | undefined) {
  return (matches ?? []).map((m) => m.unitName ?? m.groupName ?? m.text).join('; ');
}

function Review({ id, onRestart }: { id: number; onRestart: () => void }) {
  const { t } = useTranslation('importer');
  const { t: tCommon } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const draft = useImportDraft(id);
  const edit = useEditImport(id);
  const accept = useAcceptImport(id);
  const [selected, setSelected] = useState<string>();
  const tasks = useMemo(() => draft.data?.proposal?.tasks ?? [], [draft.data]);
  const tree = useMemo(() => treeData(tasks), [tasks]);
  const task = tasks.find((x) => x.code === selected);

  if (draft.isError) return <ErrorAlert error={draft.error} onRetry={() => void draft.refetch()} />;
  if (!draft.data) return <Card loading />;
  const data = draft.data;
  if (isReading(data)) {
    // Read in the background: the draft is polled until READY or FAILED.
    return (
      <Card data-testid="reading-progress">
        <Progress percent={data.progress ?? 0} status="active" />
        <Typography.Text type="secondary">
          {t('draft.reading', { percent: data.progress ?? 0 })}
        </Typography.Text>
      </Card>
    );
  }
  if (data.status === 'FAILED') {
    return (
      <Alert
        type="error"
        showIcon
        data-testid="import-failed"
        title={t('draft.readFailed')}
        description={data.error}
        action={<Button onClick={onRestart}>{t('draft.newUpload')}</Button>}
      />
    );
  }
  const proposal = data.proposal;
  const editable = data.status === 'READY';
  const reimport = data.targetDirectiveId != null;

  const save = (change: ImportTaskEdit) =>
    edit.mutate(
      { version: data.version as number, tasks: [change] },
      { onSuccess: () => message.success(t('task.saved', { code: change.code })) },
    );

  const doAccept = () =>
    accept.mutate(data.version as number, {
      onSuccess: (result) => {
        message.success(
          t('draft.accepted', { created: result.createdTasks, updated: result.updatedTasks }),
        );
        void navigate(`/directives/${result.directiveId}`);
      },
    });

  return (
    <Flex vertical gap="middle">
      <Card size="small">
        <Flex justify="space-between" align="start" wrap gap="middle">
          <Flex vertical gap={4} style={{ flex: 1, minWidth: 320 }}>
            <Typography.Text type="secondary">
              {t('draft.file', { name: data.fileName })} ·{' '}
              <Tag>{t(`draft.status.${data.status ?? 'READY'}`)}</Tag>
              {proposal?.directive?.draft && <Tag color="gold">{t('draft.draftDoc')}</Tag>}
            </Typography.Text>
            <Descriptions size="small" column={1} data-testid="import-directive">
              <Descriptions.Item label={t('draft.kind')}>
                {proposal?.directive?.kind
                  ? tCommon(`directiveKind.${proposal.directive.kind}`)
                  : ''}
              </Descriptions.Item>
              <Descriptions.Item label={t('draft.titleField')}>
                {proposal?.directive?.title}
              </Descriptions.Item>
              <Descriptions.Item label={t('draft.issuingBody')}>
                {proposal?.directive?.issuingBody}
              </Descriptions.Item>
              <Descriptions.Item label={t('draft.chain')}>
                <Flex vertical>
                  {(proposal?.implementsChain ?? []).map((d) => (
                    <span key={d.numberSymbol} data-testid="import-chain">
                      {d.kind ? tCommon(`directiveKind.${d.kind}`) : ''}{' '}
                      {t('draft.chainItem', {
                        number: d.numberSymbol,
                        date: formatDate(d.issuedOn),
                        body: d.issuingBody ?? '',
                      })}{' '}
                      <Tag color={d.existingId ? 'green' : 'blue'}>
                        {d.existingId ? t('draft.existing') : t('draft.new')}
                      </Tag>
                    </span>
                  ))}
                </Flex>
              </Descriptions.Item>
            </Descriptions>
          </Flex>
          <Flex vertical gap={8} align="end">
            {editable ? (
              <>
                <Tag color={data.unresolved ? 'red' : 'green'} data-testid="unresolved-count">
                  {data.unresolved
                    ? t('draft.unresolved', { count: data.unresolved })
                    : t('draft.allResolved')}
                </Tag>
                <Popconfirm title={t('draft.acceptConfirm')} onConfirm={doAccept}>
                  <Button
                    type="primary"
                    disabled={(data.unresolved ?? 0) > 0}
                    loading={accept.isPending}
                    data-testid="import-accept"
                  >
                    {reimport ? t('draft.acceptReimport') : t('draft.accept')}
                  </Button>
                </Popconfirm>
              </>
            ) : (
              <>
                <Typography.Text>{t('draft.acceptedAlready')}</Typography.Text>
                {data.createdDirectiveId != null && (
                  <Button
                    type="primary"
                    onClick={() => void navigate(`/directives/${data.createdDirectiveId}`)}
                  >
                    {t('draft.openProgram')}
                  </Button>
                )}
              </>
            )}
            <Button onClick={onRestart}>{t('draft.newUpload')}</Button>
          </Flex>
        </Flex>
        {edit.isError && <ErrorAlert error={edit.error} title={tCommon('errors.saveTitle')} />}
        {accept.isError && <ErrorAlert error={accept.error} title={t('draft.accept')} />}
      </Card>

      {(proposal?.warnings ?? []).length > 0 && (
        <Collapse
          size="small"
          items={[
            {
              key: 'warnings',
              label: t('draft.warnings', { count: proposal?.warnings?.length ?? 0 }),
              children: (
                <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="import-warnings">
                  {(proposal?.warnings ?? []).map((w, i) => (
                    <li key={i}>
                      <a onClick={() => w.taskCode && setSelected(w.taskCode)}>{w.message}</a>
                    </li>
                  ))}
                </ul>
              ),
            },
          ]}
        />
      )}

      {data.diff && (
        <Card size="small" title={t('draft.diff')} data-testid="import-diff">
          <Flex vertical gap={4}>
            <div>
              <strong>{t('draft.added', { count: data.diff.added?.length ?? 0 })}</strong>{' '}
              {(data.diff.added ?? []).map((e) => (
                <Tag key={e.code} color="green">
                  {e.code}
                </Tag>
              ))}
            </div>
            <div>
              <strong>{t('draft.changed', { count: data.diff.changed?.length ?? 0 })}</strong>{' '}
              {(data.diff.changed ?? []).map((e) => (
                <Tag key={e.code} color="orange">
                  {e.code} ({(e.fields ?? []).join(', ')})
                </Tag>
              ))}
            </div>
            <div>
              <strong>{t('draft.removed', { count: data.diff.removed?.length ?? 0 })}</strong>{' '}
              {(data.diff.removed ?? []).map((e) => (
                <Tag key={e.code}>{e.code}</Tag>
              ))}
            </div>
            {data.diff.schedule && (
              <div data-testid="import-diff-schedule">
                <Tag color="purple">
                  {data.diff.schedule.change === 'UPDATE'
                    ? t('draft.schedule.UPDATE', {
                        name: data.diff.schedule.currentName ?? '',
                        kinds: (data.diff.schedule.currentKinds ?? [])
                          .map((k) => t(`draft.periodKind.${k}`))
                          .join(', '),
                        unit: data.diff.schedule.currentUnitDueWorkingDays,
                        tracker: data.diff.schedule.currentTrackerDueWorkingDays,
                      })
                    : t('draft.schedule.CREATE')}
                </Tag>
              </div>
            )}
          </Flex>
        </Card>
      )}

      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Flex vertical gap="middle">
            <Card
              size="small"
              title={t('draft.tree')}
              styles={{ body: { maxHeight: '45vh', overflow: 'auto' } }}
            >
              <Tree
                blockNode
                defaultExpandAll
                treeData={tree}
                selectedKeys={selected ? [selected] : []}
                onSelect={(keys) => setSelected(keys[0] as string | undefined)}
                data-testid="import-tree"
              />
            </Card>
            {task ? (
              <TaskEditor task={task} editable={editable} saving={edit.isPending} onSave={save} />
            ) : (
              <Typography.Text type="secondary">{t('task.selectHint')}</Typography.Text>
            )}
          </Flex>
        </Col>
        <Col xs={24} lg={12}>
          <SourcePanel lines={data.sourceLines ?? []} from={task?.firstLine} to={task?.lastLine} />
        </Col>
      </Row>

      {(proposal?.obligations ?? []).length > 0 && (
        <Card size="small" title={t('draft.obligations')}>
          <Table<ImportObligation>
            size="small"
            rowKey="code"
            pagination={false}
            dataSource={proposal?.obligations ?? []}
            data-testid="import-obligations"
            onRow={(o) => ({ onClick: () => setSelected(undefined), title: o.text })}
            columns={[
              { key: 'code', dataIndex: 'code', title: '', width: 70 },
              {
                key: 'kind',
                title: '',
                width: 170,
                render: (_: unknown, o) =>
                  t(`draft.obligationKind.${o.kind ?? 'OTHER'}` as 'draft.obligationKind.OTHER'),
              },
              {
                key: 'reporters',
                title: t('draft.reporters'),
                render: (_: unknown, o) => names(o.reporters),
              },
              {
                key: 'recipients',
                title: t('draft.recipients'),
                render: (_: unknown, o) => names(o.recipients),
              },
              {
                key: 'copyTo',
                title: t('draft.copyTo'),
                render: (_: unknown, o) => names(o.copyTo),
              },
              {
                key: 'frequency',
                title: '',
                width: 120,
                render: (_: unknown, o) =>
                  o.frequency ? t(`draft.frequency.${o.frequency}` as 'draft.frequency.ONCE') : '',
              },
            ]}
          />
        </Card>
      )}

      {data.reportingSchedule && <ScheduleCard schedule={data.reportingSchedule} />}
    </Flex>
  );
}

/** The reporting schedule accepting will give the directive, and where each value comes from. */
function ScheduleCard({ schedule }: { schedule: ImportSchedule }) {
  const { t } = useTranslation('importer');
  const origin = (fromText: boolean | undefined) => (
    <Tag color={fromText ? 'green' : 'default'}>
      {fromText ? t('draft.schedule.fromText') : t('draft.schedule.fromGlobal')}
    </Tag>
  );
  return (
    <Card size="small" title={t('draft.schedule.title')} data-testid="import-schedule">
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('draft.schedule.name')}>{schedule.name}</Descriptions.Item>
        <Descriptions.Item label={t('draft.schedule.kinds')}>
          <span data-testid="import-schedule-kinds">
            {(schedule.kinds ?? []).map((k) => (
              <Tag key={k}>{t(`draft.periodKind.${k}`)}</Tag>
            ))}
          </span>
          {origin(schedule.kindsFromText)}
        </Descriptions.Item>
        <Descriptions.Item label={t('draft.schedule.unitDays')}>
          {t('draft.schedule.days', { count: schedule.unitDueWorkingDays })}{' '}
          {origin(schedule.daysFromText)}
        </Descriptions.Item>
        <Descriptions.Item label={t('draft.schedule.trackerDays')}>
          {t('draft.schedule.days', { count: schedule.trackerDueWorkingDays })}{' '}
          {origin(schedule.daysFromText)}
        </Descriptions.Item>
        <Descriptions.Item label={t('draft.schedule.sources')}>
          {(schedule.sourceCodes ?? []).join(', ')}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
