import type { MouseEvent } from 'react';
import { Flex, Tooltip, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Deadline } from '../../../api/types';
import { formatDate } from '../../../lib/dates';
import { TONE_FILLS, deadlineTone } from '../lib/calendar';
import { deadlineTitle } from '../lib/labels';

// a click on an item must not also select the calendar cell around it
const stop = (event: MouseEvent) => event.stopPropagation();

/**
 * One deadline in a calendar cell: a dot in its colour and a short title, the details in a
 * tooltip; a task's deadline links to the task.
 */
export function DeadlineItem({
  deadline,
  reportLink,
}: {
  deadline: Deadline;
  /** where a periodic report deadline leads (unit staff: their unit's page) */
  reportLink?: (deadline: Deadline) => string | undefined;
}) {
  const { t } = useTranslation('deadlines');
  const { t: tc } = useTranslation();
  const title = deadlineTitle(deadline, t);
  const tone = deadlineTone(deadline);
  const details = (
    <Flex vertical gap={2}>
      <strong>{t(`kind.${deadline.kind ?? 'ASSIGNMENT'}`)}</strong>
      {deadline.taskContent && <span>{deadline.taskContent}</span>}
      {deadline.unit && (
        <span>
          {deadline.unit.name}
          {deadline.role ? ` (${tc(`assignmentRole.${deadline.role}`)})` : ''}
        </span>
      )}
      {deadline.timeliness && <span>{tc(`timeliness.${deadline.timeliness}`)}</span>}
      {deadline.originalDueDate && (
        <span>{t('task.originalDueDate', { date: formatDate(deadline.originalDueDate) })}</span>
      )}
    </Flex>
  );
  const label = (
    <Flex gap={4} align="baseline" style={{ minWidth: 0 }}>
      <span
        aria-hidden
        style={{
          flex: 'none',
          width: 8,
          height: 8,
          borderRadius: '50%',
          background: TONE_FILLS[tone],
          display: 'inline-block',
        }}
      />
      <Typography.Text ellipsis style={{ fontSize: 12, color: 'inherit' }}>
        {title}
      </Typography.Text>
    </Flex>
  );
  const link =
    deadline.kind === 'ASSIGNMENT' && deadline.taskId !== undefined
      ? `/tasks/${deadline.taskId}`
      : reportLink?.(deadline);
  return (
    <Tooltip title={details} placement="topLeft">
      <div
        data-testid="deadline-item"
        data-kind={deadline.kind}
        data-tone={tone}
        data-timeliness={deadline.timeliness}
        data-task-code={deadline.taskCode}
        data-date={deadline.date}
        style={{ lineHeight: 1.6 }}
      >
        {link ? (
          <Link to={link} onClick={stop} style={{ color: 'inherit', display: 'block' }}>
            {label}
          </Link>
        ) : (
          label
        )}
      </div>
    </Tooltip>
  );
}
