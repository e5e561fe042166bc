import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import 'dayjs/locale/vi';
import 'dayjs/locale/en';

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.extend(customParseFormat);

/** The province's time zone: deadlines and "today" are judged here, never in the browser's zone. */
export const PROVINCE_TIME_ZONE = 'Asia/Ho_Chi_Minh';
/** dd/MM/yyyy, the way Vietnamese administrative documents write dates. */
export const DATE_FORMAT = 'DD/MM/YYYY';
export const DATE_TIME_FORMAT = 'HH:mm DD/MM/YYYY';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Formats a date for display as dd/MM/yyyy.
 * - A calendar date ("yyyy-MM-dd", e.g. a due date) is shown as it is, with no time-zone shift.
 * - An instant (ISO timestamp with zone or offset, Date, epoch millis) is shown as the date it
 *   falls on in Asia/Ho_Chi_Minh.
 * Returns an empty string for null, undefined or unparseable input.
 */
export function formatDate(value: string | number | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string' && LOCAL_DATE.test(value)) {
    const date = dayjs(value, 'YYYY-MM-DD', true);
    return date.isValid() ? date.format(DATE_FORMAT) : '';
  }
  const instant = dayjs(value);
  return instant.isValid() ? instant.tz(PROVINCE_TIME_ZONE).format(DATE_FORMAT) : '';
}

/** Formats an instant as HH:mm dd/MM/yyyy in the province's time zone. */
export function formatDateTime(value: string | number | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const instant = dayjs(value);
  return instant.isValid() ? instant.tz(PROVINCE_TIME_ZONE).format(DATE_TIME_FORMAT) : '';
}

/** Today's calendar date in the province ("yyyy-MM-dd"), whatever the browser's zone. */
export function todayInProvince(now: Date = new Date()): string {
  return dayjs(now).tz(PROVINCE_TIME_ZONE).format('YYYY-MM-DD');
}

/** dd/MM/yyyy HH:mm: when something happened (history), in the province's time zone. */
export const TIMESTAMP_FORMAT = 'DD/MM/YYYY HH:mm';

export function formatTimestamp(value: string | number | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const instant = dayjs(value);
  return instant.isValid() ? instant.tz(PROVINCE_TIME_ZONE).format(TIMESTAMP_FORMAT) : '';
}

/** A calendar date from a date picker (dayjs) as the API wants it: yyyy-MM-dd. */
export function toIsoDate(value: { format: (f: string) => string } | null | undefined) {
  return value ? value.format('YYYY-MM-DD') : undefined;
}

/** A calendar date "yyyy-MM-dd" as a dayjs value for a date picker (no zone shift). */
export function fromIsoDate(value: string | null | undefined) {
  if (!value || !LOCAL_DATE.test(value)) return undefined;
  const date = dayjs(value, 'YYYY-MM-DD', true);
  return date.isValid() ? date : undefined;
}
