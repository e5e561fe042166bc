import { useState, type ReactNode } from 'react';
import { App, Button, Flex, Popconfirm, Tag } from 'antd';
import type { ColumnType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { isConflict, userMessage } from '../../../api/problem';
import type {
  Assignment,
  ExtensionDecisionKind,
  ExtensionRequest,
  TaskDetail,
} from '../../../api/types';
import { formatDate } from '../../../lib/dates';
import { ExtensionDecisionModal } from '../components/ExtensionDecisionModal';
import { ExtensionRequestModal } from '../components/ExtensionRequestModal';
import { canDecideExtension, canRequestExtension, canWithdrawExtension } from '../roles';
import { useExtensionRequests, useWithdrawExtension } from './useExtensions';

interface Result {
  /** the "Gia hạn" column of the assignment tables, when there is anything to show in it */
  columns: ColumnType<Assignment>[];
  /** the request and decision dialogs (render them once, beside the tables) */
  modals: ReactNode;
}

/**
 * Extensions on the task page: each assignment's pending request ("Chờ quyết định gia hạn đến
 * …"), the unit's "Đề nghị gia hạn" and "Rút đề nghị", a decider's "Xem xét". One request
 * fetches the task's pending requests (unit staff get their own unit's only).
 */
export function useAssignmentExtensions(
  task: TaskDetail,
  roles: readonly string[],
  myUnitId: number | undefined,
): Result {
  const { t } = useTranslation('deadlines');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const pending = useExtensionRequests(
    { taskId: task.id, status: 'PENDING', page: 0, size: 200 },
    task.id !== undefined,
  );
  const withdraw = useWithdrawExtension();
  const [requesting, setRequesting] = useState<Assignment>();
  const [deciding, setDeciding] = useState<{
    request: ExtensionRequest;
    decision: ExtensionDecisionKind;
  }>();

  const pendingOf = new Map<number, ExtensionRequest>();
  for (const request of pending.data?.items ?? [])
    if (request.assignmentId !== undefined) pendingOf.set(request.assignmentId, request);

  const assignments = task.assignments ?? [];
  const requestable = (a: Assignment) =>
    !pendingOf.has(a.id as number) && canRequestExtension(roles, myUnitId, a);
  const shown = assignments.some((a) => pendingOf.has(a.id as number) || requestable(a));

  const doWithdraw = (request: ExtensionRequest) =>
    withdraw.mutate(
      { id: request.id as number, version: request.version ?? 0 },
      {
        onSuccess: () => void message.success(t('extension.withdrawn')),
        onError: (error) => {
          void message.error(userMessage(error, tc).message);
          if (isConflict(error)) void pending.refetch();
        },
      },
    );

  const render = (_: unknown, a: Assignment) => {
    const request = pendingOf.get(a.id as number);
    if (request) {
      return (
        <Flex vertical gap={4} align="flex-start" data-testid="extension-pending">
          <Tag color="gold" style={{ whiteSpace: 'normal' }}>
            {t('extension.pending', { date: formatDate(request.requestedDueDate) })}
          </Tag>
          {canWithdrawExtension(roles, myUnitId, request) && (
            <Popconfirm
              title={t('extension.withdrawConfirm', {
                date: formatDate(request.requestedDueDate),
              })}
              okText={t('extension.withdraw')}
              cancelText={tc('common.cancel')}
              onConfirm={() => doWithdraw(request)}
            >
              <Button size="small" loading={withdraw.isPending} data-testid="withdraw-extension">
                {t('extension.withdraw')}
              </Button>
            </Popconfirm>
          )}
          {canDecideExtension(roles, request) && (
            <Button
              size="small"
              type="primary"
              onClick={() => setDeciding({ request, decision: 'APPROVE' })}
              data-testid="decide-extension"
            >
              {t('extension.decide')}
            </Button>
          )}
        </Flex>
      );
    }
    return requestable(a) ? (
      <Button size="small" onClick={() => setRequesting(a)} data-testid="request-extension">
        {t('extension.request')}
      </Button>
    ) : null;
  };

  return {
    columns: shown ? [{ key: 'extension', title: t('extension.column'), width: 220, render }] : [],
    modals: (
      <>
        {requesting && (
          <ExtensionRequestModal
            taskId={task.id}
            taskCode={task.code}
            assignment={requesting}
            onClose={() => setRequesting(undefined)}
            onReload={() => void pending.refetch()}
          />
        )}
        {deciding && (
          <ExtensionDecisionModal
            request={deciding.request}
            initialDecision={deciding.decision}
            onClose={() => setDeciding(undefined)}
          />
        )}
      </>
    ),
  };
}
