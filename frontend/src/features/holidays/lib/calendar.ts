import type { Holiday, HolidayKind } from '../../../api/types';

/** The years the backend accepts (HolidayService.MIN_YEAR, MAX_YEAR). */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Calendar dates are computed in UTC so the browser's own zone never shifts a day. */
function utc(year: number, month0: number, day: number): Date {
  return new Date(Date.UTC(year, month0, day));
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function parse(value: string): Date | undefined {
  const match = ISO_DATE.exec(value);
  if (!match) return undefined;
  const date = utc(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return iso(date) === value ? date : undefined;
}

/** 0 Sunday … 6 Saturday (as `Date.getDay`), or undefined for a malformed date. */
export function dayOfWeek(value: string): number | undefined {
  return parse(value)?.getUTCDay();
}

/** Saturday and Sunday are the weekly rest days of state agencies. */
export function isWeekend(value: string): boolean {
  const day = dayOfWeek(value);
  return day === 0 || day === 6;
}

export function addDays(value: string, days: number): string {
  const date = parse(value);
  if (!date) return value;
  date.setUTCDate(date.getUTCDate() + days);
  return iso(date);
}

/** A year as the URL gives it: a whole number the backend accepts, else undefined. */
export function parseYear(value: string | null | undefined): number | undefined {
  if (!value || !/^\d{4}$/.test(value)) return undefined;
  const year = Number(value);
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : undefined;
}

/**
 * The weeks of a month as rows of seven dates, Monday first as Vietnamese calendars print
 * them; days of the neighbouring months are null.
 */
export function monthWeeks(year: number, month0: number): (string | null)[][] {
  const first = utc(year, month0, 1);
  const days = utc(year, month0 + 1, 0).getUTCDate();
  // Monday 0 … Sunday 6
  const lead = (first.getUTCDay() + 6) % 7;
  const cells: (string | null)[] = Array.from({ length: lead }, () => null);
  for (let day = 1; day <= days; day++) cells.push(iso(utc(year, month0, day)));
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** What a day is in the calendar: a kind of the holiday table, a weekend or a working day. */
export type DayKind = HolidayKind | 'WEEKEND' | 'WORKDAY';

export function dayKind(value: string, holiday: Holiday | undefined): DayKind {
  if (holiday?.kind) return holiday.kind;
  return isWeekend(value) ? 'WEEKEND' : 'WORKDAY';
}

/** Whether people work that day: weekdays and the Saturdays or Sundays worked instead. */
export function isWorkingDay(kind: DayKind): boolean {
  return kind === 'WORKDAY' || kind === 'SWAPPED_WORKING_DAY';
}

export interface DayColors {
  background: string;
  color: string;
  /** the Ant Design tag colour of the same kind */
  tag: string;
}

/**
 * One colour per kind, the same in the calendar, the legend and the table's tags: holidays
 * red, compensatory days orange, swapped days off purple, weekend days worked green, weekly
 * rest days grey.
 */
export const DAY_COLORS: Record<Exclude<DayKind, 'WORKDAY'>, DayColors> = {
  PUBLIC_HOLIDAY: { background: '#ffccc7', color: '#a8071a', tag: 'red' },
  COMPENSATORY: { background: '#ffe7ba', color: '#ad4e00', tag: 'orange' },
  SWAPPED_DAY_OFF: { background: '#efdbff', color: '#531dab', tag: 'purple' },
  SWAPPED_WORKING_DAY: { background: '#d9f7be', color: '#237804', tag: 'green' },
  WEEKEND: { background: '#f0f0f0', color: '#8c8c8c', tag: 'default' },
};

export function dayColors(kind: DayKind): DayColors | undefined {
  return kind === 'WORKDAY' ? undefined : DAY_COLORS[kind];
}

/** The holidays of a list by date, for the calendar's look-ups. */
export function byDay(holidays: readonly Holiday[]): Map<string, Holiday> {
  const map = new Map<string, Holiday>();
  for (const holiday of holidays) if (holiday.day) map.set(holiday.day, holiday);
  return map;
}

/**
 * Why a kind does not fit the day's weekday, as the backend checks it: a compensatory or a
 * swapped day off replaces a working day (Monday to Friday); a swapped working day is a
 * Saturday or a Sunday. Returns the i18n key of the problem, or undefined.
 */
export function kindProblem(
  day: string | undefined,
  kind: HolidayKind | undefined,
): 'form.kindNeedsWeekday' | 'form.kindNeedsWeekend' | undefined {
  if (!day || !kind || dayOfWeek(day) === undefined) return undefined;
  const weekend = isWeekend(day);
  if (kind === 'SWAPPED_WORKING_DAY' && !weekend) return 'form.kindNeedsWeekend';
  if ((kind === 'COMPENSATORY' || kind === 'SWAPPED_DAY_OFF') && weekend) {
    return 'form.kindNeedsWeekday';
  }
  return undefined;
}

/** How far after a holiday on a weekly rest day its compensatory day may be (a Tết break). */
const COMPENSATION_WINDOW_DAYS = 14;

export type HolidayNote =
  /** a holiday on a Saturday or Sunday, compensated on `date` */
  | { type: 'compensatedOn'; date: string }
  /** a holiday on a Saturday or Sunday without a compensatory day in the list */
  | { type: 'uncompensated' }
  /** a compensatory day for the holiday of `date` */
  | { type: 'compensates'; date: string; name: string }
  /** a Saturday or Sunday worked instead of a swapped day off */
  | { type: 'workingDay' };

/**
 * Notes for the list (Labour Code 2019, Article 111(3)): a holiday that falls on a weekly
 * rest day is compensated on a following working day. Each compensatory day is paired with the
 * earliest holiday on a rest day before it that is not paired yet (within two weeks), so
 * two holidays on one weekend get two compensatory days.
 */
export function holidayNotes(holidays: readonly Holiday[]): Map<string, HolidayNote> {
  const sorted = holidays
    .filter((h): h is Holiday & { day: string } => typeof h.day === 'string')
    .sort((a, b) => a.day.localeCompare(b.day));
  const notes = new Map<string, HolidayNote>();
  const waiting: (Holiday & { day: string })[] = [];
  for (const holiday of sorted) {
    if (holiday.kind === 'PUBLIC_HOLIDAY' && isWeekend(holiday.day)) {
      waiting.push(holiday);
      notes.set(holiday.day, { type: 'uncompensated' });
    } else if (holiday.kind === 'COMPENSATORY') {
      const index = waiting.findIndex(
        (h) => h.day < holiday.day && addDays(h.day, COMPENSATION_WINDOW_DAYS) >= holiday.day,
      );
      if (index >= 0) {
        const [compensated] = waiting.splice(index, 1);
        notes.set(compensated.day, { type: 'compensatedOn', date: holiday.day });
        notes.set(holiday.day, {
          type: 'compensates',
          date: compensated.day,
          name: compensated.name ?? '',
        });
      }
    } else if (holiday.kind === 'SWAPPED_WORKING_DAY') {
      notes.set(holiday.day, { type: 'workingDay' });
    }
  }
  return notes;
}

/** Calendar days from one date to another ("yyyy-MM-dd"), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number | undefined {
  const a = parse(from);
  const b = parse(to);
  if (!a || !b) return undefined;
  return Math.round((b.getTime() - a.getTime()) / 86_400_000);
}

/** Days off that fall on weekdays, and weekend days worked instead, in a list of days. */
export function yearSummary(holidays: readonly Holiday[]): { daysOff: number; worked: number } {
  let daysOff = 0;
  let worked = 0;
  for (const holiday of holidays) {
    if (!holiday.day) continue;
    if (holiday.kind === 'SWAPPED_WORKING_DAY') worked++;
    else if (!isWeekend(holiday.day)) daysOff++;
  }
  return { daysOff, worked };
}
