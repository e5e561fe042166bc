import { describe, expect, it } from 'vitest';
import { DATE_FORMAT, formatDate, formatDateTime, todayInProvince } from './dates';

describe('formatDate', () => {
  it('shows a calendar date as dd/MM/yyyy without shifting it', () => {
    expect(DATE_FORMAT).toBe('DD/MM/YYYY');
    expect(formatDate('2025-12-31')).toBe('31/12/2025');
    expect(formatDate('2026-01-05')).toBe('05/01/2026');
  });

  it('shows a UTC instant as the date it falls on in Vietnam (UTC+7)', () => {
    // 18:30 UTC on 31 March is 01:30 on 1 April in Hà Tĩnh
    expect(formatDate('2025-03-31T18:30:00Z')).toBe('01/04/2025');
    // 16:59:59 UTC is still the same day (23:59:59 in Vietnam)
    expect(formatDate('2025-03-31T16:59:59Z')).toBe('31/03/2025');
    // the first instant of a new year in Vietnam
    expect(formatDate('2025-12-31T17:00:00Z')).toBe('01/01/2026');
    expect(formatDate(new Date(Date.UTC(2024, 1, 28, 20, 0)))).toBe('29/02/2024');
  });

  it('returns an empty string for missing or invalid input', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDate(undefined)).toBe('');
    expect(formatDate('')).toBe('');
    expect(formatDate('2025-02-30')).toBe('');
    expect(formatDate('not a date')).toBe('');
  });

  it('formats date and time in the province', () => {
    expect(formatDateTime('2025-03-31T18:30:00Z')).toBe('01:30 01/04/2025');
  });
});

describe('todayInProvince', () => {
  const lateEvening = new Date('2025-06-30T18:00:00Z'); // 01:00 on 1 July in Vietnam

  it('uses the province date, not the UTC date', () => {
    expect(todayInProvince(lateEvening)).toBe('2025-07-01');
  });
});
