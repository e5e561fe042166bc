import type { TFunction } from 'i18next';
import { formatDate } from '../../../lib/dates';
import { dayOfWeek, type DayKind } from './calendar';

type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;
export type Month = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;

/** "Thứ Ba", "Chủ nhật" (or English) of a date "yyyy-MM-dd"; empty for a malformed one. */
export function weekdayName(t: TFunction<'holidays'>, date: string): string {
  const day = dayOfWeek(date);
  return day === undefined ? '' : t(`weekday.${day as Weekday}`);
}

/** The same in a sentence: "ngày 18/07/2026 là thứ Bảy". */
export function weekdayInText(t: TFunction<'holidays'>, date: string): string {
  const day = dayOfWeek(date);
  return day === undefined ? '' : t(`weekdayInText.${day as Weekday}`);
}

/** "T2" … "CN" in the calendar's header, Monday first. */
export function weekdayShort(t: TFunction<'holidays'>, day: number): string {
  return t(`weekdayShort.${(day % 7) as Weekday}`);
}

export function kindLabel(t: TFunction<'holidays'>, kind: DayKind): string {
  return t(`kind.${kind}`);
}

/** The tooltip of a day in the calendar: "17/02/2026 (Thứ Ba): Tết Nguyên đán (Nghỉ lễ, tết)". */
export function dayTitle(
  t: TFunction<'holidays'>,
  date: string,
  kind: DayKind,
  name: string | undefined,
): string {
  const label = name ? `${name} (${kindLabel(t, kind)})` : kindLabel(t, kind);
  return t('dayTitle', { date: formatDate(date), weekday: weekdayName(t, date), label });
}
