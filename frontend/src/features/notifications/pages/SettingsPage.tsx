import { App, Alert, Card, Descriptions, Flex, Radio, Skeleton, Switch, Typography } from 'antd';
import { EMAIL_DELIVERIES, type EmailDelivery } from '../../../api/types';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../api/ErrorAlert';
import { SaveError } from '../../../api/SaveError';
import { useAuth } from '../../../auth/AuthContext';
import { useMe } from '../../me/useMe';
import { CalendarFeedSection } from '../components/CalendarFeedSection';
import { useMySettings, useUpdateSettings } from '../hooks/useSettings';
import { choosesFeedUnit } from '../roles';

/**
 * `/settings`: my account (read-only, from Keycloak), the daily digest e-mail on or off, each
 * notification's e-mail sent at once or gathered in the digest, and my calendar feed.
 */
export function SettingsPage() {
  const { t } = useTranslation('notifications');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const auth = useAuth();
  const me = useMe();
  const roles = me.data?.roles ?? auth.roles;
  const settings = useMySettings();
  const update = useUpdateSettings();
  const data = settings.data;

  const toggle = (digestEmail: boolean) =>
    update.mutate(
      { digestEmail, emailDelivery: data?.emailDelivery },
      {
        onSuccess: (saved) =>
          void message.success(
            saved?.digestEmail ? t('settings.digestOn') : t('settings.digestOff'),
          ),
      },
    );

  const chooseDelivery = (emailDelivery: EmailDelivery) =>
    update.mutate(
      { digestEmail: data?.digestEmail !== false, emailDelivery },
      { onSuccess: () => void message.success(t('settings.deliverySaved')) },
    );

  return (
    <Flex vertical gap="middle" data-testid="settings-page" style={{ maxWidth: 960 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('settings.title')}
      </Typography.Title>

      {settings.isError && (
        <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />
      )}

      <Card title={t('settings.account')}>
        {settings.isPending ? (
          <Skeleton active paragraph={{ rows: 2 }} />
        ) : (
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            data-testid="settings-account"
            items={[
              {
                key: 'fullName',
                label: t('settings.fullName'),
                children: data?.fullName || auth.displayName || tc('common.none'),
              },
              {
                key: 'username',
                label: t('settings.username'),
                children: data?.username || auth.username,
              },
              {
                key: 'email',
                label: t('settings.email'),
                children: data?.email || tc('common.none'),
              },
              {
                key: 'unit',
                label: t('settings.unit'),
                children: data?.unit?.name || tc('header.noUnit'),
              },
            ]}
          />
        )}
      </Card>

      <Card title={t('settings.mailTitle')}>
        <Flex vertical gap="small">
          {data && !data.email && (
            <Alert type="warning" showIcon title={t('settings.noEmail')} data-testid="no-email" />
          )}
          <Flex gap="small" align="center">
            <Switch
              id="digest-email"
              checked={data?.digestEmail === true}
              disabled={!data}
              loading={settings.isPending || update.isPending}
              onChange={toggle}
              data-testid="digest-switch"
            />
            <label htmlFor="digest-email">{t('settings.digest')}</label>
          </Flex>
          <Typography.Text type="secondary">{t('settings.digestHelp')}</Typography.Text>
          <Typography.Text strong id="email-delivery-label">
            {t('settings.delivery')}
          </Typography.Text>
          <Radio.Group
            aria-labelledby="email-delivery-label"
            value={data?.emailDelivery ?? 'IMMEDIATE'}
            disabled={!data || update.isPending}
            onChange={(e) => chooseDelivery(e.target.value as EmailDelivery)}
            data-testid="delivery-choice"
            options={EMAIL_DELIVERIES.map((d) => ({
              value: d,
              label: t(`settings.delivery${d}`),
            }))}
          />
          <Typography.Text type="secondary">{t('settings.deliveryHelp')}</Typography.Text>
          <SaveError
            error={update.error}
            otherFieldErrors={[]}
            onReload={() => {
              update.reset();
              void settings.refetch();
            }}
          />
        </Flex>
      </Card>

      <CalendarFeedSection choosesUnit={choosesFeedUnit(roles)} />
    </Flex>
  );
}
