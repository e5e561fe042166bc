import type { TFunction } from 'i18next';
import type { Deadline } from '../../../api/types';
import { unitLabel } from '../../tasks/units';

/** What a deadline is, in one line: the task code and unit, or the periodic report's period. */
export function deadlineTitle(deadline: Deadline, t: TFunction<'deadlines'>): string {
  if (deadline.kind === 'PERIODIC_REPORT') {
    return t('calendar.periodicReport', {
      period: deadline.periodLabel ?? deadline.periodKey ?? '',
    });
  }
  return `${deadline.taskCode ?? ''}${deadline.unit ? ` · ${unitLabel(deadline.unit)}` : ''}`;
}
