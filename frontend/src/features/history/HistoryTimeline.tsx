import { Empty, Skeleton, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../api/ErrorAlert';
import type { HistoryEntry } from '../../api/types';
import { formatTimestamp } from '../../lib/dates';
import { fieldLabel, formatHistoryValue, sortHistory } from './format';
import { useHistory, type HistorySubject } from './useHistory';

const ACTION_COLORS: Record<string, string> = { CREATED: 'green', UPDATED: 'blue', DELETED: 'red' };

interface Props {
  subject: HistorySubject;
  id: number | undefined;
  /** names an assignment's unit in "đã cập nhật phần việc của Sở Công Thương" */
  assignmentUnit?: (assignmentId: number) => string | undefined;
}

/** Who changed what and when (dd/MM/yyyy HH:mm, Vietnam time). */
export function HistoryTimeline({ subject, id, assignmentUnit }: Props) {
  const { t } = useTranslation();
  const history = useHistory(subject, id);
  if (history.isPending) return <Skeleton active paragraph={{ rows: 4 }} />;
  if (history.isError)
    return <ErrorAlert error={history.error} onRetry={() => void history.refetch()} />;
  const entries = sortHistory(history.data ?? []);
  if (entries.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('history.empty')} />;

  const entityText = (entry: HistoryEntry) => {
    const unit =
      entry.entity === 'Assignment' && entry.entityId !== undefined
        ? assignmentUnit?.(entry.entityId)
        : undefined;
    const role = (entry.changes ?? []).find((c) => c.field === 'role')?.to;
    if (unit && entry.action === 'CREATED' && role)
      return t('history.entity.AssignmentOfRole', {
        unit,
        role: formatHistoryValue('role', role, t),
      });
    if (unit) return t('history.entity.AssignmentOf', { unit });
    return t(`history.entity.${entry.entity ?? ''}` as never, {
      defaultValue: entry.entity ?? '',
    }) as string;
  };

  return (
    <Timeline
      data-testid="history"
      items={entries.map((entry, index) => ({
        key: `${entry.revision}-${entry.entity}-${entry.entityId}-${index}`,
        color: ACTION_COLORS[entry.action ?? ''] ?? 'gray',
        content: (
          <div data-testid="history-entry" data-action={entry.action}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="history-at">
              {formatTimestamp(entry.at)}
            </Typography.Text>
            <div>
              {t('history.summary', {
                by: entry.by || t('history.system'),
                action: t(`history.action.${entry.action ?? 'UPDATED'}` as never, {
                  defaultValue: entry.action ?? '',
                }) as string,
                entity: entityText(entry),
              })}
            </div>
            <ChangeList entry={entry} />
          </div>
        ),
      }))}
    />
  );
}

/** Who does not need to be told twice: a new assignment is its unit and role (in the summary). */
const HIDDEN_ON_CREATE: Record<string, string[]> = {
  Assignment: ['task', 'unit', 'role', 'status', 'percentComplete'],
};

/** What changed: "field: from → to"; for something new, only "field: value". */
function ChangeList({ entry }: { entry: HistoryEntry }) {
  const { t } = useTranslation();
  const created = entry.action === 'CREATED';
  const hidden = created ? (HIDDEN_ON_CREATE[entry.entity ?? ''] ?? []) : [];
  const changes = (entry.changes ?? []).filter(
    (c) => !hidden.includes(c.field ?? '') && !(created && (c.to === null || c.to === '')),
  );
  if (changes.length === 0) return null;
  return (
    <ul style={{ margin: '2px 0 0', paddingInlineStart: 18 }}>
      {changes.map((change, i) => (
        <li key={`${change.field}-${i}`} data-field={change.field}>
          {created
            ? t('history.value', {
                field: fieldLabel(change.field, t),
                value: formatHistoryValue(change.field, change.to, t),
              })
            : t('history.change', {
                field: fieldLabel(change.field, t),
                from: formatHistoryValue(change.field, change.from, t),
                to: formatHistoryValue(change.field, change.to, t),
              })}
        </li>
      ))}
    </ul>
  );
}
