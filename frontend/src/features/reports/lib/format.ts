import dayjs from 'dayjs';
import { PROVINCE_TIME_ZONE } from '../../../lib/dates';

/** HH:mm of an instant in the province's time zone ("Đã lưu lúc 14:05"). */
export function formatClock(value: Date | string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const instant = dayjs(value);
  return instant.isValid() ? instant.tz(PROVINCE_TIME_ZONE).format('HH:mm') : '';
}
