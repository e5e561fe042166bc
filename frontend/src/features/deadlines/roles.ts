import { hasAnyRole, type Role } from '../../auth/roles';

/** The tracking department and the provincial leaders decide extension requests. */
export const EXTENSION_DECIDERS: readonly Role[] = ['coordinator', 'leader'];
/** Unit staff ask for an extension of their own unit's assignment. */
export const EXTENSION_REQUESTERS: readonly Role[] = ['unit_head', 'unit_officer'];
/** The extension requests page: the decision queue, and for unit staff their own requests. */
export const EXTENSION_PAGE: readonly Role[] = [...EXTENSION_DECIDERS, ...EXTENSION_REQUESTERS];

interface AssignmentLike {
  unit?: { id?: number } | null;
  status?: string | null;
  dueDate?: string | null;
}

/** An assignment that is still open and has a due date: the only kind that can be extended. */
export function isExtendable(assignment: AssignmentLike): boolean {
  return (
    (assignment.status === 'NOT_STARTED' || assignment.status === 'IN_PROGRESS') &&
    !!assignment.dueDate
  );
}

/** Unit staff ask for an extension of their own unit's open assignment with a due date. */
export function canRequestExtension(
  roles: readonly string[],
  myUnitId: number | undefined,
  assignment: AssignmentLike,
): boolean {
  return (
    hasAnyRole(roles, EXTENSION_REQUESTERS) &&
    myUnitId !== undefined &&
    assignment.unit?.id === myUnitId &&
    isExtendable(assignment)
  );
}

/** Unit staff withdraw their own unit's pending request. */
export function canWithdrawExtension(
  roles: readonly string[],
  myUnitId: number | undefined,
  request: { unit?: { id?: number } | null; status?: string | null },
): boolean {
  return (
    hasAnyRole(roles, EXTENSION_REQUESTERS) &&
    myUnitId !== undefined &&
    request.unit?.id === myUnitId &&
    request.status === 'PENDING'
  );
}

/** A coordinator or leader approves or rejects a pending request. */
export function canDecideExtension(
  roles: readonly string[],
  request: { status?: string | null },
): boolean {
  return hasAnyRole(roles, EXTENSION_DECIDERS) && request.status === 'PENDING';
}
