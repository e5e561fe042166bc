import 'i18next';
import type vi from './vi.json';
import type viReports from '../features/reports/i18n/vi.json';
import type viDeadlines from '../features/deadlines/i18n/vi.json';
import type viHolidays from '../features/holidays/i18n/vi.json';
import type viNotifications from '../features/notifications/i18n/vi.json';
import type viImporter from '../features/importer/i18n/vi.json';
import type viWebhooks from '../features/webhooks/i18n/vi.json';
import type viDashboard from '../features/dashboard/i18n/vi.json';
import type viConsolidated from '../features/consolidated/i18n/vi.json';
import type viRemarks from '../features/remarks/i18n/vi.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: typeof vi;
      reports: typeof viReports;
      deadlines: typeof viDeadlines;
      holidays: typeof viHolidays;
      notifications: typeof viNotifications;
      importer: typeof viImporter;
      webhooks: typeof viWebhooks;
      dashboard: typeof viDashboard;
      consolidated: typeof viConsolidated;
      remarks: typeof viRemarks;
    };
  }
}
