import { Alert, Breadcrumb, Button, Card, Flex, Result, Skeleton, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../api/ErrorAlert';
import { ApiError } from '../../../api/problem';
import type { TaskNode } from '../../../api/types';
import { useAuth } from '../../../auth/AuthContext';
import { canManageTasks, isUnitScoped } from '../../../auth/roles';
import { useMe } from '../../me/useMe';
import { TaskCountsSummary } from '../../tasks/components/TaskCountsSummary';
import { useTaskCounts } from '../../tasks/hooks/useTasks';
import { DirectiveChain } from '../components/DirectiveChain';
import { GroupTimelinessChart } from '../components/GroupTimelinessChart';
import { TaskTree } from '../components/TaskTree';
import { useDirective, useDirectiveChain, useDirectiveTree } from '../hooks/useDirectives';
import { directiveIssued, directiveLabel } from '../labels';
import { chartGroups } from '../tree';

function positiveId(value: string | undefined): number | undefined {
  return value && /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : undefined;
}

/** `/directives/:id`: the program, the documents it implements and its task tree. */
export function DirectivePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const auth = useAuth();
  const me = useMe();
  const roles = me.data?.roles ?? auth.roles;
  const id = positiveId(useParams().id);
  const directive = useDirective(id);
  const chain = useDirectiveChain(id);
  const tree = useDirectiveTree(id);
  const counts = useTaskCounts({ directiveId: id }, id !== undefined);

  if (id === undefined || (directive.error instanceof ApiError && directive.error.status === 404))
    return <Result status="404" title={t('errors.notFoundApi')} data-testid="not-found" />;

  const open = (node: TaskNode) => navigate(`/tasks/${node.id}`);
  const nodes = tree.data?.nodes ?? [];
  const groups = chartGroups(nodes);

  return (
    <Flex vertical gap="middle" data-testid="directive-page">
      <Breadcrumb
        items={[
          { key: 'list', title: <Link to="/directives">{t('directives.back')}</Link> },
          { key: 'this', title: directive.data ? directiveLabel(directive.data, t) : '…' },
        ]}
      />
      {directive.isPending && <Skeleton active paragraph={{ rows: 2 }} />}
      {directive.isError && (
        <ErrorAlert error={directive.error} onRetry={() => void directive.refetch()} />
      )}
      {directive.data && (
        <Flex justify="space-between" align="flex-start" wrap gap="middle">
          <div style={{ flex: 1, minWidth: 320 }}>
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="directive-title">
              {directiveLabel(directive.data, t)}
            </Typography.Title>
            <Typography.Text type="secondary">
              {[directive.data.issuingBody, directiveIssued(directive.data, t)]
                .filter(Boolean)
                .join('. ')}
            </Typography.Text>
            {directive.data.title && (
              <Typography.Paragraph style={{ margin: '8px 0 0' }}>
                {directive.data.title}
              </Typography.Paragraph>
            )}
          </div>
          <Flex gap="small" wrap>
            <Button onClick={() => navigate(`/tasks?directiveId=${id}`)} data-testid="view-list">
              {t('directives.viewList')}
            </Button>
            {canManageTasks(roles) && (
              <Button
                type="primary"
                onClick={() => navigate(`/tasks/new?directiveId=${id}`)}
                data-testid="create-task"
              >
                {t('tasks.create')}
              </Button>
            )}
          </Flex>
        </Flex>
      )}

      {chain.data && chain.data.length > 1 && (
        <Card size="small" title={t('directives.chain')}>
          <DirectiveChain chain={chain.data} currentId={id} />
        </Card>
      )}
      {chain.isError && <ErrorAlert error={chain.error} onRetry={() => void chain.refetch()} />}

      <Card size="small" title={t('directives.summary')}>
        <Flex vertical gap="middle">
          <TaskCountsSummary
            counts={counts.data}
            loading={counts.isPending}
            onSelect={(timeliness) =>
              navigate(`/tasks?directiveId=${id}${timeliness ? `&timeliness=${timeliness}` : ''}`)
            }
          />
          {groups.length > 1 && (
            <>
              <Typography.Text strong>{t('directives.chart')}</Typography.Text>
              <GroupTimelinessChart groups={groups} />
            </>
          )}
        </Flex>
      </Card>

      <Card size="small" title={t('directives.tree')}>
        {isUnitScoped(roles) && me.data?.unit && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('directives.ownUnitTree', { unit: me.data.unit.name })}
          />
        )}
        {tree.isPending && <Skeleton active paragraph={{ rows: 8 }} />}
        {tree.isError && <ErrorAlert error={tree.error} onRetry={() => void tree.refetch()} />}
        {tree.data && <TaskTree nodes={nodes} onOpen={open} />}
      </Card>
    </Flex>
  );
}
