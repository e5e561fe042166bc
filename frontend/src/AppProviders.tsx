import type { ReactNode } from 'react';
import { App as AntdApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import enUS from 'antd/locale/en_US';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import './lib/dates';

/** Ant Design follows the chosen language: Vietnamese locale first, English second. */
export function LocalizedConfigProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const english = i18n.resolvedLanguage === 'en';
  dayjs.locale(english ? 'en' : 'vi');
  return (
    <ConfigProvider
      locale={english ? enUS : viVN}
      theme={{ token: { colorPrimary: '#b71c1c', borderRadius: 6 } }}
    >
      <AntdApp>{children}</AntdApp>
    </ConfigProvider>
  );
}
