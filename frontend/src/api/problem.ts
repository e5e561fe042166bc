import type { TFunction } from 'i18next';
import type { FieldError, Problem } from './types';

/**
 * RFC 9457 problem details as the backend sends them (application/problem+json):
 * { type, title, status, detail, instance, errors?: [{ field, message }] }.
 * The guard is deliberately strict on what it checks (types of the fields that are present,
 * at least a title or a status), and lenient on absent optional fields.
 */
export function isProblem(value: unknown): value is Problem {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  const optionalString = (key: string) => v[key] === undefined || typeof v[key] === 'string';
  if (!optionalString('type') || !optionalString('title')) return false;
  if (!optionalString('detail') || !optionalString('instance')) return false;
  if (v.status !== undefined && (typeof v.status !== 'number' || !Number.isInteger(v.status))) {
    return false;
  }
  if (v.title === undefined && v.status === undefined) return false;
  if (v.errors !== undefined && v.errors !== null) {
    if (!Array.isArray(v.errors) || !v.errors.every(isFieldError)) return false;
  }
  return true;
}

export function isFieldError(value: unknown): value is FieldError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    (v.field === undefined || typeof v.field === 'string') &&
    (v.message === undefined || typeof v.message === 'string')
  );
}

/** A failed API call: the HTTP status and, when the server sent one, its problem details. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | undefined;

  constructor(status: number, problem: Problem | undefined) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

/** The API could not be reached at all (network down, proxy without a backend). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('Network error', { cause });
    this.name = 'NetworkError';
  }
}

export interface UserMessage {
  /** The main message: the problem's `detail` (in Vietnamese from the server) when there is one. */
  message: string;
  /** Field problems, already formatted as "field: message". */
  fieldErrors: string[];
}

/** What to tell the user about an error, preferring the server's own words. */
export function userMessage(error: unknown, t: TFunction): UserMessage {
  if (error instanceof ApiError) {
    const problem = error.problem;
    const fieldErrors = (problem?.errors ?? [])
      .filter((e) => e.message)
      .map((e) => (e.field ? `${e.field}: ${e.message}` : String(e.message)));
    const fallback =
      error.status === 403
        ? t('errors.forbiddenApi')
        : error.status === 404
          ? t('errors.notFoundApi')
          : error.status >= 502 && error.status <= 504
            ? t('errors.unavailable')
            : t('errors.http', { status: error.status });
    const message = problem?.detail || problem?.title || fallback;
    return { message, fieldErrors };
  }
  if (error instanceof NetworkError) return { message: t('errors.network'), fieldErrors: [] };
  if (isProblem(error)) {
    return { message: error.detail || error.title || t('errors.unexpected'), fieldErrors: [] };
  }
  return { message: t('errors.unexpected'), fieldErrors: [] };
}

/** 409: the data was changed by someone else since it was read (optimistic locking). */
export function isConflict(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409;
}

export interface FormFieldError {
  /** the form field, e.g. `leadUnitIds` for the server's `leadUnitIds[0]` */
  name: string;
  errors: string[];
}

/**
 * Maps the problem's field errors to form fields: `leadUnitIds[0]` and `body.leadUnitIds`
 * both belong to the form field `leadUnitIds`. Errors of fields the form does not have are
 * returned apart, so they can be shown above the form instead of being lost.
 */
export function formFieldErrors(
  error: unknown,
  formFields: readonly string[],
): { fields: FormFieldError[]; other: string[] } {
  const fields = new Map<string, string[]>();
  const other: string[] = [];
  if (!(error instanceof ApiError)) return { fields: [], other };
  for (const e of error.problem?.errors ?? []) {
    if (!e.message) continue;
    const path = (e.field ?? '').replace(/\[\d+\]/g, '');
    const segments = path.split('.').filter(Boolean);
    const name = [...segments].reverse().find((s) => formFields.includes(s));
    if (name) fields.set(name, [...(fields.get(name) ?? []), e.message]);
    else other.push(e.field ? `${e.field}: ${e.message}` : e.message);
  }
  return { fields: [...fields].map(([name, errors]) => ({ name, errors })), other };
}
