import { describe, expect, it } from 'vitest';
import type { Holiday } from '../../../api/types';
import {
  DAY_COLORS,
  byDay,
  dayColors,
  dayKind,
  dayOfWeek,
  daysBetween,
  holidayNotes,
  isWeekend,
  isWorkingDay,
  kindProblem,
  monthWeeks,
  parseYear,
  yearSummary,
} from './calendar';

const day = (date: string, kind: Holiday['kind'], name = date): Holiday => ({
  id: Number(date.replace(/-/g, '')),
  day: date,
  kind,
  name,
  version: 0,
});

describe('the calendar of a year', () => {
  // the tests run in Los Angeles: a date must never slip to the day before
  it('knows the weekday of a date whatever the browser zone', () => {
    expect(dayOfWeek('2026-02-17')).toBe(2); // Tuesday, mùng 1 Tết Bính Ngọ
    expect(dayOfWeek('2026-04-26')).toBe(0); // Sunday, Giỗ Tổ Hùng Vương
    expect(dayOfWeek('2026-02-30')).toBeUndefined();
    expect(isWeekend('2026-01-10')).toBe(true);
    expect(isWeekend('2026-01-02')).toBe(false);
    expect(daysBetween('2026-02-13', '2026-02-24')).toBe(11);
  });

  it('lays a month out in weeks from Monday to Sunday', () => {
    // 1/2/2026 is a Sunday: six empty days before it
    const february = monthWeeks(2026, 1);
    expect(february[0]).toEqual([null, null, null, null, null, null, '2026-02-01']);
    expect(february.flat().filter(Boolean)).toHaveLength(28);
    expect(february.at(-1)?.at(-1)).toBe(null);
    // 1/6/2026 is a Monday: no empty day before it
    expect(monthWeeks(2026, 5)[0][0]).toBe('2026-06-01');
    for (const week of monthWeeks(2028, 1)) expect(week).toHaveLength(7);
    expect(monthWeeks(2028, 1).flat().filter(Boolean)).toHaveLength(29);
  });

  it('colours a day by the kind in the table, else as a weekend or a working day', () => {
    const table = byDay([
      day('2026-01-10', 'SWAPPED_WORKING_DAY'),
      day('2026-01-02', 'SWAPPED_DAY_OFF'),
    ]);
    expect(dayKind('2026-01-10', table.get('2026-01-10'))).toBe('SWAPPED_WORKING_DAY');
    expect(dayKind('2026-01-02', table.get('2026-01-02'))).toBe('SWAPPED_DAY_OFF');
    expect(dayKind('2026-01-03', undefined)).toBe('WEEKEND');
    expect(dayKind('2026-01-05', undefined)).toBe('WORKDAY');
    expect(isWorkingDay('SWAPPED_WORKING_DAY')).toBe(true);
    expect(isWorkingDay('COMPENSATORY')).toBe(false);
    expect(dayColors('WORKDAY')).toBeUndefined();
    expect(dayColors('PUBLIC_HOLIDAY')?.tag).toBe('red');
    // every kind has its own colour
    const backgrounds = Object.values(DAY_COLORS).map((c) => c.background);
    expect(new Set(backgrounds).size).toBe(backgrounds.length);
  });

  it('checks that the kind fits the weekday, as the server does', () => {
    expect(kindProblem('2026-01-10', 'SWAPPED_WORKING_DAY')).toBeUndefined(); // Saturday
    expect(kindProblem('2026-01-12', 'SWAPPED_WORKING_DAY')).toBe('form.kindNeedsWeekend');
    expect(kindProblem('2026-04-26', 'COMPENSATORY')).toBe('form.kindNeedsWeekday');
    expect(kindProblem('2026-04-25', 'SWAPPED_DAY_OFF')).toBe('form.kindNeedsWeekday');
    expect(kindProblem('2026-04-27', 'COMPENSATORY')).toBeUndefined();
    // a holiday may fall on any day
    expect(kindProblem('2026-04-26', 'PUBLIC_HOLIDAY')).toBeUndefined();
    expect(kindProblem(undefined, 'COMPENSATORY')).toBeUndefined();
  });

  it('pairs holidays on a weekly rest day with their compensatory days', () => {
    const notes = holidayNotes([
      // out of order on purpose
      day('2026-04-27', 'COMPENSATORY'),
      day('2026-04-26', 'PUBLIC_HOLIDAY', 'Giỗ Tổ Hùng Vương'),
      day('2026-02-17', 'PUBLIC_HOLIDAY'),
      day('2026-01-10', 'SWAPPED_WORKING_DAY'),
      // 2/9/2028 and 3/9/2028 (made up): Saturday and Sunday, two compensatory days
      day('2028-09-02', 'PUBLIC_HOLIDAY', 'Quốc khánh'),
      day('2028-09-03', 'PUBLIC_HOLIDAY', 'Quốc khánh (ngày liền kề)'),
      day('2028-09-04', 'COMPENSATORY'),
      day('2028-09-05', 'COMPENSATORY'),
      // Sunday 1/1/2034 without a compensatory day
      day('2034-01-01', 'PUBLIC_HOLIDAY'),
    ]);
    expect(notes.get('2026-04-26')).toEqual({ type: 'compensatedOn', date: '2026-04-27' });
    expect(notes.get('2026-04-27')).toEqual({
      type: 'compensates',
      date: '2026-04-26',
      name: 'Giỗ Tổ Hùng Vương',
    });
    expect(notes.get('2026-02-17')).toBeUndefined();
    expect(notes.get('2026-01-10')).toEqual({ type: 'workingDay' });
    expect(notes.get('2028-09-02')).toEqual({ type: 'compensatedOn', date: '2028-09-04' });
    expect(notes.get('2028-09-03')).toEqual({ type: 'compensatedOn', date: '2028-09-05' });
    expect(notes.get('2034-01-01')).toEqual({ type: 'uncompensated' });
  });

  it('counts the weekdays off and the weekend days worked', () => {
    expect(
      yearSummary([
        day('2026-01-01', 'PUBLIC_HOLIDAY'),
        day('2026-01-02', 'SWAPPED_DAY_OFF'),
        day('2026-01-10', 'SWAPPED_WORKING_DAY'),
        day('2026-04-26', 'PUBLIC_HOLIDAY'),
        day('2026-04-27', 'COMPENSATORY'),
      ]),
    ).toEqual({ daysOff: 3, worked: 1 });
  });

  it('reads the year of the URL only when the backend accepts it', () => {
    expect(parseYear('2026')).toBe(2026);
    expect(parseYear('1999')).toBeUndefined();
    expect(parseYear('2101')).toBeUndefined();
    expect(parseYear('20x6')).toBeUndefined();
    expect(parseYear(null)).toBeUndefined();
  });
});
