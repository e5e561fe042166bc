import dayjs from 'dayjs';
import { PROVINCE_TIME_ZONE, formatTimestamp } from '../../../lib/dates';

/** HH:mm of an instant in the province's time zone ("Đã lưu lúc 14:05"). */
export function formatClock(value: Date | string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const instant = dayjs(value);
  return instant.isValid() ? instant.tz(PROVINCE_TIME_ZONE).format('HH:mm') : '';
}

/** When and by whom a report was submitted: "14:05 20/06/2026 — Nguyễn Văn An". */
export function submittedText(report: { submittedAt?: string; submittedBy?: string }): string {
  return `${formatTimestamp(report.submittedAt)}${report.submittedBy ? ` — ${report.submittedBy}` : ''}`;
}
