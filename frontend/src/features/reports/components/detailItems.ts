import { createElement } from 'react';
import type { TFunction } from 'i18next';
import { submittedText } from '../lib/format';
import { MultilineText } from './MultilineText';

/** A row of a report's details: a text as the unit typed it, "—" when empty. */
export function textItem(key: string, label: string, value: string | null | undefined) {
  return { key, label, children: createElement(MultilineText, { value }) };
}

/** The "submitted" row (when and by whom) once a report was signed off; none before. */
export function submittedItems(
  report: { submittedAt?: string; submittedBy?: string },
  t: TFunction<'reports'>,
) {
  return report.submittedAt
    ? [{ key: 'submitted', label: t('common.submittedOn'), children: submittedText(report) }]
    : [];
}
