import type { ReportStatus, Submission } from '../types';

export const REPORT_STATUS_COLORS: Record<ReportStatus, string> = {
  DRAFT: 'default',
  SUBMITTED: 'blue',
  ACCEPTED: 'green',
  RETURNED: 'orange',
};

/** On time green, late gold, missing red: the same colours in tags and in the chart. */
export const SUBMISSION_COLORS: Record<Submission, string> = {
  SUBMITTED_ON_TIME: 'green',
  SUBMITTED_LATE: 'gold',
  NOT_SUBMITTED: 'red',
};
