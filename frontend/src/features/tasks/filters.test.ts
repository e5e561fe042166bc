import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PAGE_SIZE,
  filtersFromSearchParams,
  filtersToSearchParams,
  openTaskId,
  type TaskFilters,
} from './filters';

const parse = (query: string) => filtersFromSearchParams(new URLSearchParams(query));

describe('task filters in the URL', () => {
  it('uses defaults for an empty query string', () => {
    expect(parse('')).toEqual({
      status: undefined,
      unitId: undefined,
      q: undefined,
      page: 0,
      size: DEFAULT_PAGE_SIZE,
      sort: undefined,
    });
    expect(DEFAULT_PAGE_SIZE).toBe(20);
  });

  it('reads every filter; the URL page is 1-based, the API page 0-based', () => {
    expect(
      parse(
        'status=IN_PROGRESS&unitId=12&q=c%C3%B4ng+nghi%E1%BB%87p&page=3&size=50&sort=dueDate,desc',
      ),
    ).toEqual({
      status: 'IN_PROGRESS',
      unitId: 12,
      q: 'công nghiệp',
      page: 2,
      size: 50,
      sort: { field: 'dueDate', direction: 'desc' },
    });
  });

  it('ignores invalid values instead of failing', () => {
    const filters = parse('status=DONE&unitId=abc&page=-1&size=0&sort=content,asc&q=%20%20');
    expect(filters).toEqual(parse(''));
    expect(parse('size=5000').size).toBe(200);
    expect(parse('sort=code').sort).toEqual({ field: 'code', direction: 'asc' });
    expect(parse('sort=code,sideways').sort).toBeUndefined();
  });

  it('writes only what differs from the defaults', () => {
    expect(filtersToSearchParams(parse('')).toString()).toBe('');
    const filters: TaskFilters = {
      status: 'COMPLETED',
      unitId: 7,
      q: 'chuyển đổi số',
      page: 1,
      size: 100,
      sort: { field: 'code', direction: 'asc' },
    };
    const params = filtersToSearchParams(filters);
    expect(Object.fromEntries(params)).toEqual({
      q: 'chuyển đổi số',
      status: 'COMPLETED',
      unitId: '7',
      sort: 'code,asc',
      page: '2',
      size: '100',
    });
  });

  it('round-trips, and keeps parameters that are not filters', () => {
    const filters: TaskFilters = { status: 'NOT_STARTED', q: 'a&b=c', page: 4, size: 10 };
    const params = filtersToSearchParams(filters, new URLSearchParams('task=42&page=9'));
    expect(filtersFromSearchParams(params)).toEqual({
      ...filters,
      unitId: undefined,
      sort: undefined,
    });
    expect(openTaskId(params)).toBe(42);
    expect(openTaskId(new URLSearchParams('task=x'))).toBeUndefined();
  });
});
