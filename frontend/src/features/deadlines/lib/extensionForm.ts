import type { Dayjs } from 'dayjs';
import type {
  ExtensionDecision,
  ExtensionDecisionKind,
  ExtensionRequestCreate,
} from '../../../api/types';
import { toIsoDate } from '../../../lib/dates';

/** The form fields, as the server names them: its field errors land on these. */
export const EXTENSION_FIELDS = ['requestedDueDate', 'reason'] as const;
export const DECISION_FIELDS = ['decision', 'approvedDueDate', 'note'] as const;

export interface ExtensionFormValues {
  requestedDueDate?: Dayjs | null;
  reason?: string;
}

export interface DecisionFormValues {
  decision: ExtensionDecisionKind;
  approvedDueDate?: Dayjs | null;
  note?: string;
}

/** A date (dayjs) strictly after a due date ("yyyy-MM-dd"); any date when there is none. */
export function isAfterDueDate(
  value: Dayjs | null | undefined,
  dueDate: string | null | undefined,
): boolean {
  const iso = toIsoDate(value);
  if (!iso) return false;
  return !dueDate || iso > dueDate;
}

/** Days a date picker greys out: the current due date and every day before it. */
export function notAfterDueDate(dueDate: string | null | undefined) {
  return (day: Dayjs) => !!dueDate && day.format('YYYY-MM-DD') <= dueDate;
}

/**
 * What is wrong with an extension request, as message keys of the `deadlines` namespace (empty
 * when it may be sent): a date after the current due date, and a reason.
 */
export function extensionErrors(
  values: ExtensionFormValues,
  dueDate: string | null | undefined,
): Partial<Record<(typeof EXTENSION_FIELDS)[number], string>> {
  const errors: Partial<Record<(typeof EXTENSION_FIELDS)[number], string>> = {};
  if (!values.requestedDueDate) errors.requestedDueDate = 'extension.requiredDate';
  else if (!isAfterDueDate(values.requestedDueDate, dueDate))
    errors.requestedDueDate = 'extension.dateAfterDue';
  if (!values.reason?.trim()) errors.reason = 'extension.requiredReason';
  return errors;
}

export function toExtensionRequest(values: ExtensionFormValues): ExtensionRequestCreate {
  return {
    requestedDueDate: toIsoDate(values.requestedDueDate) as string,
    reason: (values.reason ?? '').trim(),
  };
}

/**
 * What is wrong with a decision: a rejection needs a note (the unit must know why); an approval
 * with another date needs one after the current due date.
 */
export function decisionErrors(
  values: DecisionFormValues,
  dueDate: string | null | undefined,
): Partial<Record<(typeof DECISION_FIELDS)[number], string>> {
  const errors: Partial<Record<(typeof DECISION_FIELDS)[number], string>> = {};
  if (values.decision === 'REJECT' && !values.note?.trim()) errors.note = 'decision.noteRequired';
  if (
    values.decision === 'APPROVE' &&
    values.approvedDueDate &&
    !isAfterDueDate(values.approvedDueDate, dueDate)
  )
    errors.approvedDueDate = 'decision.dateAfterDue';
  return errors;
}

/** The body of POST /extension-requests/{id}/decision, with the version that was read. */
export function toDecision(values: DecisionFormValues, version: number): ExtensionDecision {
  const note = values.note?.trim();
  return {
    decision: values.decision,
    ...(values.decision === 'APPROVE' && values.approvedDueDate
      ? { approvedDueDate: toIsoDate(values.approvedDueDate) }
      : {}),
    ...(note ? { note } : {}),
    version,
  };
}
