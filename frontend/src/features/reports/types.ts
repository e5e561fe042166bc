import type { components } from '../../api/schema';

/** Shorter names for the generated report schemas (never written by hand). */
type Schemas = components['schemas'];

export type ProgressReport = Schemas['ProgressReport'];
export type ReportDraft = Schemas['ReportDraft'];
export type ReportPage = Schemas['ReportPage'];
export type ReportReview = Schemas['ReportReview'];
export type ReportReturn = Schemas['ReportReturn'];
export type ReportStatus = Schemas['ReportStatus'];
export type ReportAttachment = Schemas['ReportAttachment'];
export type ReportingObligations = Schemas['ReportingObligations'];
export type UnreportedAssignment = Schemas['UnreportedAssignment'];
export type PeriodicDue = Schemas['PeriodicDue'];
export type ReturnedReport = Schemas['ReturnedReport'];
export type PeriodicReport = Schemas['PeriodicReport'];
export type PeriodicReportEdit = Schemas['PeriodicReportEdit'];
export type PeriodicReportItem = Schemas['PeriodicReportItem'];
export type PeriodicBoard = Schemas['PeriodicBoard'];
export type PeriodicBoardRow = Schemas['PeriodicBoardRow'];
export type Submission = Schemas['Submission'];
export type PeriodicBoardState = Schemas['PeriodicBoardState'];
export type DuePeriod = Schemas['DuePeriod'];
export type DuePeriodList = Schemas['DuePeriodList'];

export const REPORT_STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'ACCEPTED',
  'RETURNED',
] as const satisfies readonly ReportStatus[];

export const SUBMISSIONS = [
  'SUBMITTED_ON_TIME',
  'SUBMITTED_LATE',
  'NOT_SUBMITTED',
] as const satisfies readonly Submission[];

/** A report may still be changed by its unit: a draft, or one returned for corrections. */
export function isEditableStatus(status: ReportStatus | null | undefined): boolean {
  return status === 'DRAFT' || status === 'RETURNED';
}
