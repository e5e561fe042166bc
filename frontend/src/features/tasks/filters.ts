import {
  ASSIGNMENT_ROLES,
  TASK_STATUSES,
  TIMELINESS,
  type AssignmentRole,
  type TaskStatus,
  type Timeliness,
} from '../../api/types';

/** The task list's state, as it lives in the URL's query string (shareable links). */
export interface TaskFilters {
  status?: TaskStatus;
  timeliness?: Timeliness;
  unitId?: number;
  /** the role of the unit (`unitId`, or the caller's own unit) in the task */
  role?: AssignmentRole;
  directiveId?: number;
  /** only the descendants of this task (a group of the program) */
  subtreeOf?: number;
  /** due-date range, inclusive, yyyy-MM-dd */
  dueFrom?: string;
  dueTo?: string;
  /** lĩnh vực / nhóm */
  field?: string;
  q?: string;
  /** 0-based, like the API (the URL shows it 1-based) */
  page: number;
  size: number;
  sort?: TaskSort;
}

/** The filters that choose tasks (everything but paging and sorting). */
export type TaskSelection = Omit<TaskFilters, 'page' | 'size' | 'sort'>;

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

/** Every query-string key the task list owns; anything else in the URL is left alone. */
export const FILTER_KEYS = [
  'q',
  'status',
  'timeliness',
  'unitId',
  'role',
  'directiveId',
  'subtreeOf',
  'dueFrom',
  'dueTo',
  'field',
  'sort',
  'page',
  'size',
] as const;

function positiveInt(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** A real calendar date written yyyy-MM-dd (no 2025-02-30), or undefined. */
export function isoDate(value: string | null | undefined): string | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
    ? value
    : undefined;
}

function text(value: string | null): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
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
  const page = positiveInt(params.get('page'));
  const size = positiveInt(params.get('size'));
  let dueFrom = isoDate(params.get('dueFrom'));
  let dueTo = isoDate(params.get('dueTo'));
  // a reversed range in a hand-edited link: take it the right way round
  if (dueFrom && dueTo && dueFrom > dueTo) [dueFrom, dueTo] = [dueTo, dueFrom];
  const directiveId = positiveInt(params.get('directiveId'));
  return {
    status: oneOf(TASK_STATUSES, params.get('status')),
    timeliness: oneOf(TIMELINESS, params.get('timeliness')),
    unitId: positiveInt(params.get('unitId')),
    role: oneOf(ASSIGNMENT_ROLES, params.get('role')),
    directiveId,
    // a group belongs to a program: without the program the group is meaningless
    subtreeOf: directiveId ? positiveInt(params.get('subtreeOf')) : undefined,
    dueFrom,
    dueTo,
    field: text(params.get('field')),
    q: text(params.get('q')),
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
  for (const key of FILTER_KEYS) params.delete(key);
  const set = (key: string, value: string | number | undefined) => {
    if (value !== undefined && value !== '') params.set(key, String(value));
  };
  set('q', filters.q);
  set('status', filters.status);
  set('timeliness', filters.timeliness);
  set('unitId', filters.unitId);
  set('role', filters.role);
  set('directiveId', filters.directiveId);
  if (filters.directiveId !== undefined) set('subtreeOf', filters.subtreeOf);
  set('dueFrom', filters.dueFrom);
  set('dueTo', filters.dueTo);
  set('field', filters.field);
  set('sort', formatSort(filters.sort));
  if (filters.page > 0) params.set('page', String(filters.page + 1));
  if (filters.size !== DEFAULT_PAGE_SIZE) params.set('size', String(filters.size));
  return params;
}

/** True when any filter that chooses tasks is set (paging and sorting do not count). */
export function hasSelection(filters: TaskFilters): boolean {
  return Object.entries(filters).some(
    ([key, value]) => !['page', 'size', 'sort'].includes(key) && value !== undefined,
  );
}

/** The id of the task whose detail drawer is open (`?task=123`). */
export function openTaskId(params: URLSearchParams): number | undefined {
  return positiveInt(params.get('task'));
}
