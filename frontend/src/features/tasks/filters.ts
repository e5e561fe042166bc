import { TASK_STATUSES, type TaskStatus } from '../../api/types';

/** The task list's state, as it lives in the URL's query string (shareable links). */
export interface TaskFilters {
  status?: TaskStatus;
  unitId?: number;
  q?: string;
  /** 0-based, like the API (the URL shows it 1-based) */
  page: number;
  size: number;
  sort?: TaskSort;
}

export const SORT_FIELDS = ['code', 'dueDate'] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export interface TaskSort {
  field: SortField;
  direction: 'asc' | 'desc';
}

export const DEFAULT_PAGE_SIZE = 20;
/** The API accepts 1-200 rows a page. */
export const MAX_PAGE_SIZE = 200;
export const PAGE_SIZE_OPTIONS = [10, 20, 50, 100, 200];

function positiveInt(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

export function parseSort(value: string | null): TaskSort | undefined {
  if (!value) return undefined;
  const [field, direction = 'asc'] = value.split(',');
  if (!(SORT_FIELDS as readonly string[]).includes(field)) return undefined;
  if (direction !== 'asc' && direction !== 'desc') return undefined;
  return { field: field as SortField, direction };
}

export function formatSort(sort: TaskSort | undefined): string | undefined {
  return sort ? `${sort.field},${sort.direction}` : undefined;
}

/** Reads the filters from a query string; anything invalid is ignored, never an error. */
export function filtersFromSearchParams(params: URLSearchParams): TaskFilters {
  const status = params.get('status');
  const q = params.get('q')?.trim();
  const page = positiveInt(params.get('page'));
  const size = positiveInt(params.get('size'));
  return {
    status: (TASK_STATUSES as readonly string[]).includes(status ?? '')
      ? (status as TaskStatus)
      : undefined,
    unitId: positiveInt(params.get('unitId')),
    q: q ? q : undefined,
    page: page ? page - 1 : 0,
    size: size ? Math.min(size, MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE,
    sort: parseSort(params.get('sort')),
  };
}

/**
 * Writes the filters to a query string, leaving out defaults so links stay short. Parameters
 * that are not filters (e.g. the open task `task`) are kept from `base`.
 */
export function filtersToSearchParams(
  filters: TaskFilters,
  base: URLSearchParams = new URLSearchParams(),
): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const key of ['status', 'unitId', 'q', 'page', 'size', 'sort']) params.delete(key);
  if (filters.q) params.set('q', filters.q);
  if (filters.status) params.set('status', filters.status);
  if (filters.unitId !== undefined) params.set('unitId', String(filters.unitId));
  if (filters.sort) params.set('sort', formatSort(filters.sort)!);
  if (filters.page > 0) params.set('page', String(filters.page + 1));
  if (filters.size !== DEFAULT_PAGE_SIZE) params.set('size', String(filters.size));
  return params;
}

/** The id of the task whose detail drawer is open (`?task=123`). */
export function openTaskId(params: URLSearchParams): number | undefined {
  return positiveInt(params.get('task'));
}
