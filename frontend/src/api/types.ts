import type { components } from './schema';

/** Shorter names for the generated API schemas. Never write these shapes by hand. */
type Schemas = components['schemas'];

export type Me = Schemas['Me'];
export type UnitRef = Schemas['UnitRef'];
export type Unit = Schemas['Unit'];
export type UnitPage = Schemas['UnitPage'];
export type TaskSummary = Schemas['TaskSummary'];
export type TaskDetail = Schemas['TaskDetail'];
export type TaskPage = Schemas['TaskPage'];
export type Assignment = Schemas['Assignment'];
export type Problem = Schemas['Problem'];
export type FieldError = Schemas['FieldError'];

export type TaskStatus = Schemas['ProgressStatus'];
export type TaskKind = Schemas['TaskKind'];
export type AssignmentRole = Schemas['AssignmentRole'];
export type UnitType = Schemas['UnitType'];

export const TASK_STATUSES = [
  'NOT_STARTED',
  'IN_PROGRESS',
  'COMPLETED',
  'CANCELLED',
] as const satisfies readonly TaskStatus[];

export const TASK_KINDS = [
  'DEADLINE',
  'ONGOING',
  'PERIODIC',
] as const satisfies readonly TaskKind[];
