import { hasAnyRole, type Role } from '../../auth/roles';

/** Unit staff: they draft their unit's reports (`/my-unit`, the report forms). */
export const REPORT_WRITERS: readonly Role[] = ['unit_head', 'unit_officer'];
/** The tracking department reviews submitted reports: accept or return. */
export const REPORT_REVIEWERS: readonly Role[] = ['coordinator'];
/** Who reads the periodic-report board of a directive. */
export const BOARD_READERS: readonly Role[] = ['admin', 'leader', 'coordinator', 'supervisor'];
/** Everyone who may open a report (the backend decides which ones). */
export const REPORT_READERS: readonly Role[] = [
  'admin',
  'leader',
  'coordinator',
  'supervisor',
  'unit_head',
  'unit_officer',
];

interface ReportLike {
  unit?: { id?: number } | null;
  status?: string | null;
}

/** Unit staff edit their own unit's report while it is a draft or was returned. */
export function canEditReport(
  roles: readonly string[],
  myUnitId: number | undefined,
  report: ReportLike,
): boolean {
  if (!hasAnyRole(roles, REPORT_WRITERS) || myUnitId === undefined) return false;
  if (report.unit?.id !== myUnitId) return false;
  return report.status === 'DRAFT' || report.status === 'RETURNED';
}

/** Only the unit head signs the report off ("Ký gửi"), on the same conditions as editing. */
export function canSubmitReport(
  roles: readonly string[],
  myUnitId: number | undefined,
  report: ReportLike,
): boolean {
  return roles.includes('unit_head') && canEditReport(roles, myUnitId, report);
}

/** A coordinator accepts or returns a submitted report. */
export function canReviewReport(roles: readonly string[], report: ReportLike): boolean {
  return hasAnyRole(roles, REPORT_REVIEWERS) && report.status === 'SUBMITTED';
}
