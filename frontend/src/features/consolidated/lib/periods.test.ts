import { describe, expect, it } from 'vitest';
import { defaultPeriod, isRunning, percentOf, periodKey } from './periods';

describe('reporting periods', () => {
  it('names every kind as the API does', () => {
    expect(periodKey('MONTHLY', 2026, 11)).toBe('2026-M11');
    expect(periodKey('QUARTERLY', 2026, 4)).toBe('2026-Q4');
    expect(periodKey('HALF_YEARLY', 2026)).toBe('2026-H1');
    expect(periodKey('NINE_MONTHS', 2026)).toBe('2026-9M');
    expect(periodKey('YEARLY', 2026)).toBe('2026-Y');
  });

  it('proposes the period whose window contains the day (windows end on the 14th)', () => {
    expect(defaultPeriod(new Date(2026, 10, 20))).toEqual({
      kind: 'QUARTERLY',
      year: 2026,
      number: 4,
    });
    expect(defaultPeriod(new Date(2026, 11, 20), 'MONTHLY')).toEqual({
      kind: 'MONTHLY',
      year: 2027,
      number: 1,
    });
    expect(defaultPeriod(new Date(2026, 2, 10), 'MONTHLY')).toEqual({
      kind: 'MONTHLY',
      year: 2026,
      number: 3,
    });
  });

  it('polls queued and running jobs only, and prints shares like the report', () => {
    expect(isRunning('QUEUED')).toBe(true);
    expect(isRunning('RUNNING')).toBe(true);
    expect(isRunning('DONE')).toBe(false);
    expect(isRunning('FAILED')).toBe(false);
    expect(percentOf(3, 40)).toBe('7,5');
    expect(percentOf(1, 0)).toBe('0');
  });
});
