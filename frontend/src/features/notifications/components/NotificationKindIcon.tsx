import {
  AlertOutlined,
  BellOutlined,
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
};

const COLORS: Partial<Record<NotificationKind, string>> = {
  DUE_TODAY: '#d46b08',
  OVERDUE_ESCALATION: '#cf1322',
  OVERDUE_WEEKLY_LIST: '#d4380d',
  EXTENSION_REQUESTED: '#531dab',
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
