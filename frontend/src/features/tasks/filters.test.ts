import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PAGE_SIZE,
  filtersFromSearchParams,
  filtersToSearchParams,
  hasSelection,
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

describe('the new task filters in the URL', () => {
  it('reads timeliness, role, program, group, due-date range and field', () => {
    expect(
      parse(
        'timeliness=OVERDUE&role=LEAD&directiveId=3&subtreeOf=40&dueFrom=2026-01-01&dueTo=2026-06-30&field=C%C3%B4ng+nghi%E1%BB%87p+h%E1%BB%97+tr%E1%BB%A3',
      ),
    ).toMatchObject({
      timeliness: 'OVERDUE',
      role: 'LEAD',
      directiveId: 3,
      subtreeOf: 40,
      dueFrom: '2026-01-01',
      dueTo: '2026-06-30',
      field: 'Công nghiệp hỗ trợ',
    });
  });

  it('ignores invalid values: unknown enums, impossible dates, a group without its program', () => {
    const filters = parse(
      'timeliness=LATE&role=OWNER&dueFrom=2026-02-30&dueTo=31/12/2026&subtreeOf=40&field=%20',
    );
    expect(filters).toEqual(parse(''));
    expect(parse('dueFrom=2024-02-29').dueFrom).toBe('2024-02-29');
    expect(parse('dueFrom=2025-02-29').dueFrom).toBeUndefined();
  });

  it('puts a reversed date range the right way round', () => {
    expect(parse('dueFrom=2026-12-31&dueTo=2026-01-01')).toMatchObject({
      dueFrom: '2026-01-01',
      dueTo: '2026-12-31',
    });
  });

  it('writes the new filters and round-trips them', () => {
    const filters: TaskFilters = {
      timeliness: 'DUE_SOON',
      role: 'COORDINATING',
      unitId: 7,
      directiveId: 3,
      subtreeOf: 40,
      dueFrom: '2026-03-01',
      dueTo: '2026-03-31',
      field: 'Chuyển đổi số',
      page: 0,
      size: 20,
    };
    const params = filtersToSearchParams(filters, new URLSearchParams('task=9'));
    expect(Object.fromEntries(params)).toEqual({
      task: '9',
      timeliness: 'DUE_SOON',
      role: 'COORDINATING',
      unitId: '7',
      directiveId: '3',
      subtreeOf: '40',
      dueFrom: '2026-03-01',
      dueTo: '2026-03-31',
      field: 'Chuyển đổi số',
    });
    expect(filtersFromSearchParams(params)).toEqual({ ...filters, status: undefined });
    // a group is not written without its program
    expect(filtersToSearchParams({ subtreeOf: 40, page: 0, size: 20 }).has('subtreeOf')).toBe(
      false,
    );
  });

  it('tells whether any filter that chooses tasks is set', () => {
    expect(hasSelection(parse('page=3&size=50&sort=code'))).toBe(false);
    expect(hasSelection(parse('dueTo=2026-01-01'))).toBe(true);
  });
});
