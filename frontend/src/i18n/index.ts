import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import vi from './vi.json';
import en from './en.json';
import viReports from '../features/reports/i18n/vi.json';
import enReports from '../features/reports/i18n/en.json';
import viDeadlines from '../features/deadlines/i18n/vi.json';
import enDeadlines from '../features/deadlines/i18n/en.json';
import viHolidays from '../features/holidays/i18n/vi.json';
import enHolidays from '../features/holidays/i18n/en.json';
import viNotifications from '../features/notifications/i18n/vi.json';
import enNotifications from '../features/notifications/i18n/en.json';
import viImporter from '../features/importer/i18n/vi.json';
import enImporter from '../features/importer/i18n/en.json';
import viWebhooks from '../features/webhooks/i18n/vi.json';
import enWebhooks from '../features/webhooks/i18n/en.json';
import viDashboard from '../features/dashboard/i18n/vi.json';
import enDashboard from '../features/dashboard/i18n/en.json';
import viConsolidated from '../features/consolidated/i18n/vi.json';
import enConsolidated from '../features/consolidated/i18n/en.json';
import viRemarks from '../features/remarks/i18n/vi.json';
import enRemarks from '../features/remarks/i18n/en.json';

/** Vietnamese first: it is the default and the fallback language. */
export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'vi';

const STORAGE_KEY = 'dondoc.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function storedLanguage(): Language {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

export function rememberLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // private browsing or storage disabled: the choice lasts for this page only
  }
}

/**
 * Features with their own namespace: `reports` (features/reports/i18n), `holidays`
 * (features/holidays/i18n), `deadlines` (the deadline calendar and extension requests,
 * features/deadlines/i18n), `notifications` (the bell, the notifications page, personal settings,
 * the calendar feed and urging letters, features/notifications/i18n), `importer` (program
 * import from a document, features/importer/i18n), `webhooks` (the webhook subscriptions admin
 * page, features/webhooks/i18n), `dashboard` (statistics and the unit scorecard,
 * features/dashboard/i18n), `remarks` (supervision remarks on a task and the units' answers,
 * features/remarks/i18n).
 */
export const resources = {
  vi: {
    translation: vi,
    reports: viReports,
    holidays: viHolidays,
    deadlines: viDeadlines,
    notifications: viNotifications,
    importer: viImporter,
    webhooks: viWebhooks,
    dashboard: viDashboard,
    consolidated: viConsolidated,
    remarks: viRemarks,
  },
  en: {
    translation: en,
    reports: enReports,
    holidays: enHolidays,
    deadlines: enDeadlines,
    notifications: enNotifications,
    importer: enImporter,
    webhooks: enWebhooks,
    dashboard: enDashboard,
    consolidated: enConsolidated,
    remarks: enRemarks,
  },
} as const;

void i18n.use(initReactI18next).init({
  resources,
  lng: storedLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  returnNull: false,
});

i18n.on('languageChanged', (lng) => {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
});

export default i18n;
