import {
  ApiOutlined,
  AuditOutlined,
  CalendarOutlined,
  ClusterOutlined,
  DashboardOutlined,
  DownOutlined,
  FieldTimeOutlined,
  FileDoneOutlined,
  FileTextOutlined,
  HomeOutlined,
  ScheduleOutlined,
  TableOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import {
  Button,
  Dropdown,
  Flex,
  Layout,
  Menu,
  Skeleton,
  Space,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/AuthContext';
import { ADMINS, TASK_READERS, hasAnyRole, knownRoles } from '../../auth/roles';
import { PendingExtensionsLabel } from '../deadlines/components/PendingExtensionsLabel';
import { EXTENSION_PAGE } from '../deadlines/roles';
import { HOLIDAY_ADMINS } from '../holidays/roles';
import { useMe } from '../me/useMe';
import { NotificationBell } from '../notifications/components/NotificationBell';
import { NOTIFICATION_READERS } from '../notifications/roles';
import { BOARD_READERS, REPORT_REVIEWERS, REPORT_WRITERS } from '../reports/roles';
import { WEBHOOK_ADMINS } from '../webhooks/roles';
import { DASHBOARD_READERS } from '../dashboard/roles';
import { CONSOLIDATED_READERS } from '../consolidated/roles';
import { ErrorBoundary } from './ErrorBoundary';
import { LanguageSwitch } from './LanguageSwitch';

const { Header, Content, Sider } = Layout;

export function AppLayout() {
  const { t } = useTranslation();
  const auth = useAuth();
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const fullName = me.data?.fullName || auth.displayName || auth.username;
  const roles = knownRoles(me.data?.roles ?? auth.roles);
  const nav = [
    {
      key: '/dashboard',
      icon: <DashboardOutlined />,
      label: t('nav.dashboard', { ns: 'dashboard' }),
      access: DASHBOARD_READERS,
    },
    {
      key: '/directives',
      icon: <FileTextOutlined />,
      label: t('nav.directives'),
      access: TASK_READERS,
    },
    { key: '/tasks', icon: <UnorderedListOutlined />, label: t('nav.tasks'), access: TASK_READERS },
    { key: '/admin/units', icon: <ClusterOutlined />, label: t('nav.units'), access: ADMINS },
    {
      key: '/admin/holidays',
      icon: <ScheduleOutlined />,
      label: t('nav.holidays', { ns: 'holidays' }),
      access: HOLIDAY_ADMINS,
    },
    {
      key: '/admin/webhooks',
      icon: <ApiOutlined />,
      label: t('nav', { ns: 'webhooks' }),
      access: WEBHOOK_ADMINS,
    },
    {
      key: '/my-unit',
      icon: <HomeOutlined />,
      label: t('nav.myUnit', { ns: 'reports' }),
      access: REPORT_WRITERS,
    },
    {
      key: '/reviews',
      icon: <AuditOutlined />,
      label: t('nav.reviews', { ns: 'reports' }),
      access: REPORT_REVIEWERS,
    },
    {
      key: '/periodic-board',
      icon: <TableOutlined />,
      label: t('nav.periodicBoard', { ns: 'reports' }),
      access: BOARD_READERS,
    },
    {
      key: '/consolidated-reports',
      icon: <FileDoneOutlined />,
      label: t('nav.reports', { ns: 'consolidated' }),
      access: CONSOLIDATED_READERS,
    },
    {
      key: '/deadlines',
      icon: <CalendarOutlined />,
      label: t('nav.calendar', { ns: 'deadlines' }),
      access: TASK_READERS,
    },
    {
      key: '/extension-requests',
      icon: <FieldTimeOutlined />,
      label: <PendingExtensionsLabel />,
      access: EXTENSION_PAGE,
    },
  ].filter((item) => hasAnyRole(roles, item.access));
  const notified = hasAnyRole(roles, NOTIFICATION_READERS);
  // The board lives under /directives/{id}/periodic-board: it, not "directives", is the entry to mark.
  const path = location.pathname.endsWith('/periodic-board')
    ? '/periodic-board'
    : location.pathname;
  const selected = nav
    .map((item) => item.key)
    .filter((key) => path === key || path.startsWith(`${key}/`));

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 16,
          paddingInline: 24,
          height: 'auto',
          minHeight: 64,
          lineHeight: 1.4,
          flexWrap: 'wrap',
        }}
      >
        <Link to="/tasks" style={{ color: '#fff', fontWeight: 600, fontSize: 17 }}>
          {t('app.title')}
        </Link>
        <Flex flex="1 1 auto" justify="flex-end" align="center" gap={16} wrap>
          {notified && <NotificationBell />}
          <Dropdown
            trigger={['click']}
            placement="bottomRight"
            disabled={!notified}
            menu={{
              items: [
                {
                  key: '/settings',
                  label: (
                    <Link to="/settings" data-testid="menu-settings">
                      {t('settings.nav', { ns: 'notifications' })}
                    </Link>
                  ),
                },
                {
                  key: '/notifications',
                  label: (
                    <Link to="/notifications" data-testid="menu-notifications">
                      {t('page.title', { ns: 'notifications' })}
                    </Link>
                  ),
                },
              ],
            }}
          >
            <button
              type="button"
              data-testid="user-menu"
              style={{
                display: 'flex',
                alignItems: 'center',
                gap: 8,
                background: 'transparent',
                border: 0,
                color: '#fff',
                cursor: notified ? 'pointer' : 'default',
                font: 'inherit',
                padding: '6px 0',
              }}
            >
              <Flex vertical align="flex-end">
                <Typography.Text strong style={{ color: '#fff' }} data-testid="user-name">
                  {fullName}
                </Typography.Text>
                {me.isPending ? (
                  <Skeleton.Input active size="small" style={{ width: 200, height: 16 }} />
                ) : (
                  <Typography.Text
                    style={{ color: 'rgba(255,255,255,0.85)' }}
                    data-testid="user-unit"
                  >
                    {me.isError ? t('common.none') : (me.data?.unit?.name ?? t('header.noUnit'))}
                  </Typography.Text>
                )}
              </Flex>
              {notified && <DownOutlined style={{ fontSize: 10 }} />}
            </button>
          </Dropdown>
          <Space size={4} wrap data-testid="user-roles" aria-label={t('header.roles')}>
            {roles.map((role) => (
              <Tag key={role} color="gold" style={{ marginInlineEnd: 0 }}>
                {t(`roles.${role}`)}
              </Tag>
            ))}
          </Space>
          <LanguageSwitch />
          <Tooltip title={auth.username}>
            <Button onClick={() => void auth.logout()} data-testid="logout">
              {t('header.logout')}
            </Button>
          </Tooltip>
        </Flex>
      </Header>
      <Layout>
        {/* A side menu keeps every entry visible; a horizontal one hid the last ones in "…". */}
        <Sider theme="light" width={248} breakpoint="lg" collapsedWidth={56} collapsible>
          <Menu
            mode="inline"
            aria-label={t('nav.main')}
            selectedKeys={selected}
            style={{ borderInlineEnd: 0, paddingBlock: 8, position: 'sticky', top: 0 }}
            data-testid="nav"
            // The label's own link navigates when it is clicked; the icon of a collapsed menu has none.
            onClick={({ key, domEvent }) => {
              if (!(domEvent.target as HTMLElement).closest('a')) void navigate(key);
            }}
            items={nav.map((item) => ({
              key: item.key,
              icon: item.icon,
              title: typeof item.label === 'string' ? item.label : undefined,
              label: (
                <Link to={item.key} data-testid={`nav-${item.key.split('/').pop()}`}>
                  {item.label}
                </Link>
              ),
            }))}
          />
        </Sider>
        <Content style={{ padding: 24, minWidth: 0 }}>
          <ErrorBoundary key={location.pathname}>
            <Outlet />
          </ErrorBoundary>
        </Content>
      </Layout>
    </Layout>
  );
}
