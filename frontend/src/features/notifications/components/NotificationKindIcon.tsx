import {
  AlertOutlined,
  AuditOutlined,
  BellOutlined,
  CommentOutlined,
  EditOutlined,
  FileDoneOutlined,
  FileExclamationOutlined,
  FileSearchOutlined,
  NotificationOutlined,
  SendOutlined,
  CalendarOutlined,
  CheckCircleOutlined,
  ClockCircleOutlined,
  FieldTimeOutlined,
  MailOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { NotificationKind } from '../../../api/types';

const ICONS: Record<NotificationKind, ReactNode> = {
  DUE_REMINDER: <ClockCircleOutlined />,
  DUE_TODAY: <CalendarOutlined />,
  OVERDUE_ESCALATION: <AlertOutlined />,
  OVERDUE_WEEKLY_LIST: <UnorderedListOutlined />,
  DAILY_DIGEST: <MailOutlined />,
  EXTENSION_REQUESTED: <FieldTimeOutlined />,
  EXTENSION_DECIDED: <CheckCircleOutlined />,
  GENERAL: <BellOutlined />,
  TASK_ASSIGNED: <SendOutlined />,
  REPORT_SIGN_OFF_REQUESTED: <EditOutlined />,
  REPORT_SUBMITTED: <FileSearchOutlined />,
  REPORT_RETURNED: <FileExclamationOutlined />,
  REPORT_ACCEPTED: <FileDoneOutlined />,
  URGING_LETTER: <NotificationOutlined />,
  SUPERVISION_REMARK: <AuditOutlined />,
  REMARK_ANSWERED: <CommentOutlined />,
};

const COLORS: Partial<Record<NotificationKind, string>> = {
  DUE_TODAY: '#d46b08',
  OVERDUE_ESCALATION: '#cf1322',
  OVERDUE_WEEKLY_LIST: '#d4380d',
  EXTENSION_REQUESTED: '#531dab',
  REPORT_RETURNED: '#d46b08',
  URGING_LETTER: '#cf1322',
  SUPERVISION_REMARK: '#c41d7f',
};

/** The icon of a notification's kind (decorative: the kind is also written out). */
export function NotificationKindIcon({ kind }: { kind: NotificationKind | undefined }) {
  const k = kind ?? 'GENERAL';
  return (
    <span aria-hidden style={{ color: COLORS[k] ?? '#1d39c4', fontSize: 16 }}>
      {ICONS[k] ?? ICONS.GENERAL}
    </span>
  );
}
