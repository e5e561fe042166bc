import type { Dayjs } from 'dayjs';
import type {
  AssignmentPlan,
  Priority,
  Recurrence,
  TaskCreate,
  TaskDetail,
  TaskKind,
  TaskUpdate,
} from '../../api/types';
import { fromIsoDate, toIsoDate } from '../../lib/dates';

/** What the task forms hold (dates as dayjs values for the date picker). */
export interface TaskFormValues {
  directiveId?: number;
  parentId?: number;
  code?: string;
  content?: string;
  kind?: TaskKind;
  recurrence?: Recurrence;
  dueDate?: Dayjs;
  field?: string;
  priority?: Priority;
  expectedOutput?: string;
  approvalLevel?: string;
}

export interface AssignmentFormValues {
  leadUnitIds?: number[];
  leadGroupIds?: number[];
  coordinatingUnitIds?: number[];
  coordinatingGroupIds?: number[];
}

/** Form fields, also the names the server's field errors are mapped to. */
export const TASK_FIELDS = [
  'code',
  'content',
  'kind',
  'recurrence',
  'dueDate',
  'field',
  'priority',
  'expectedOutput',
  'approvalLevel',
] as const;
export const ASSIGNMENT_FIELDS = [
  'leadUnitIds',
  'leadGroupIds',
  'coordinatingUnitIds',
  'coordinatingGroupIds',
] as const;
export const CREATE_FIELDS = [
  'directiveId',
  'parentId',
  ...TASK_FIELDS,
  ...ASSIGNMENT_FIELDS,
] as const;

const trimmed = (value: string | undefined) => {
  const text = value?.trim();
  return text ? text : undefined;
};

/** The task's own data: an ongoing task has no due date, only a periodic one a recurrence. */
function taskFields(values: TaskFormValues) {
  const kind = values.kind ?? 'DEADLINE';
  return {
    code: (values.code ?? '').trim(),
    content: (values.content ?? '').trim(),
    kind,
    recurrence: kind === 'PERIODIC' ? values.recurrence : undefined,
    dueDate: kind === 'ONGOING' ? undefined : toIsoDate(values.dueDate),
    field: trimmed(values.field),
    priority: values.priority,
    expectedOutput: trimmed(values.expectedOutput),
    approvalLevel: values.approvalLevel || undefined,
  };
}

function assignmentFields(values: AssignmentFormValues) {
  return {
    leadUnitIds: values.leadUnitIds ?? [],
    leadGroupIds: values.leadGroupIds ?? [],
    coordinatingUnitIds: values.coordinatingUnitIds ?? [],
    coordinatingGroupIds: values.coordinatingGroupIds ?? [],
  };
}

export function toTaskCreate(values: TaskFormValues & AssignmentFormValues): TaskCreate {
  return {
    directiveId: values.directiveId as number,
    parentId: values.parentId,
    ...taskFields(values),
    ...assignmentFields(values),
  };
}

export function toTaskUpdate(values: TaskFormValues, version: number): TaskUpdate {
  return { ...taskFields(values), version };
}

export function toAssignmentPlan(values: AssignmentFormValues, version: number): AssignmentPlan {
  return { ...assignmentFields(values), version };
}

/** The edit form's values for a task as the server has it. */
export function taskToFormValues(task: TaskDetail): TaskFormValues {
  return {
    code: task.code,
    content: task.content,
    kind: task.kind ?? 'DEADLINE',
    recurrence: task.recurrence ?? undefined,
    dueDate: fromIsoDate(task.dueDate),
    field: task.field ?? undefined,
    priority: task.priority ?? 'NORMAL',
    expectedOutput: task.expectedOutput ?? undefined,
    approvalLevel: task.approvalLevel ?? undefined,
  };
}

/** The units currently assigned (cancelled assignments left out), by role. */
export function taskToAssignmentValues(task: TaskDetail): AssignmentFormValues {
  const open = (task.assignments ?? []).filter((a) => a.status !== 'CANCELLED');
  const ids = (role: 'LEAD' | 'COORDINATING') => [
    ...new Set(
      open
        .filter((a) => a.role === role)
        .map((a) => a.unit?.id)
        .filter((id): id is number => id !== undefined),
    ),
  ];
  return {
    leadUnitIds: ids('LEAD'),
    leadGroupIds: [],
    coordinatingUnitIds: ids('COORDINATING'),
    coordinatingGroupIds: [],
  };
}
