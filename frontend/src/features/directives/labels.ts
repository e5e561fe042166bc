import type { TFunction } from 'i18next';
import type { Directive } from '../../api/types';
import { formatDate } from '../../lib/dates';

/** "Chương trình hành động 15/CTr-UBND": the kind and the number, as documents are named. */
export function directiveLabel(directive: Directive, t: TFunction): string {
  const kind = directive.kind ? t(`directiveKind.${directive.kind}`) : '';
  return [kind, directive.numberSymbol].filter(Boolean).join(' ') || directive.title || '';
}

/** "Số 57-KL/TU, ngày 07/10/2022" (either part may be missing). */
export function directiveIssued(directive: Directive, t: TFunction): string {
  const date = formatDate(directive.issuedOn);
  if (directive.numberSymbol && date)
    return t('directives.issued', { number: directive.numberSymbol, date });
  if (directive.numberSymbol) return t('directives.number', { number: directive.numberSymbol });
  if (date) return t('directives.issuedOn', { date });
  return '';
}
