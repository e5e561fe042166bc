import type { TFunction } from 'i18next';
import type { HistoryEntry } from '../../api/types';
import { formatDate, formatTimestamp } from '../../lib/dates';

/** Enumerations whose values have labels of their own. */
const VALUE_LABELS: Record<string, string[]> = {
  status: ['status'],
  kind: ['kind', 'directiveKind'],
  priority: ['priority'],
  recurrence: ['recurrence'],
  role: ['assignmentRole'],
  type: ['unitType'],
  unitType: ['unitType'],
  timeliness: ['timeliness'],
  approvalLevel: ['approvalLevel'],
};

/** A changed value as the user reads it: labels for codes, dd/MM/yyyy for dates. */
export function formatHistoryValue(field: string | undefined, raw: unknown, t: TFunction): string {
  if (raw === null || raw === undefined || raw === '') return t('common.emptyValue');
  const value = String(raw);
  if (value === 'true') return t('common.yes');
  if (value === 'false') return t('common.no');
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value) || value;
  if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return formatTimestamp(value) || value;
  for (const group of field ? (VALUE_LABELS[field] ?? []) : []) {
    const label = t(`${group}.${value}` as never, { defaultValue: '' }) as string;
    if (label) return label;
  }
  return value;
}

export function fieldLabel(field: string | undefined, t: TFunction): string {
  if (!field) return '';
  return t(`history.fields.${field}` as never, { defaultValue: field }) as string;
}

/** Newest first; entries of one revision keep their order. */
export function sortHistory(entries: readonly HistoryEntry[]): HistoryEntry[] {
  return [...entries].sort((a, b) => {
    const byTime = (b.at ?? '').localeCompare(a.at ?? '');
    return byTime !== 0 ? byTime : (b.revision ?? 0) - (a.revision ?? 0);
  });
}
