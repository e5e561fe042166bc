import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Result } from 'antd';
import i18n from './i18n';
import { App } from './App';
import { LocalizedConfigProvider } from './AppProviders';
import { loadConfig } from './config';

const root = createRoot(document.getElementById('root')!);
document.documentElement.lang = i18n.language;

loadConfig().then(
  (config) =>
    root.render(
      <StrictMode>
        <App config={config} />
      </StrictMode>,
    ),
  (error: unknown) => {
    console.error(error);
    root.render(
      <StrictMode>
        <LocalizedConfigProvider>
          <Result
            status="error"
            title={i18n.t('auth.configErrorTitle')}
            subTitle={i18n.t('auth.configErrorDetail')}
          />
        </LocalizedConfigProvider>
      </StrictMode>,
    );
  },
);
