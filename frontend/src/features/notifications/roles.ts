import { TASK_READERS, hasAnyRole, isUnitScoped, type Role } from '../../auth/roles';

/** Everyone who uses the web application has notifications and personal settings. */
export const NOTIFICATION_READERS: readonly Role[] = TASK_READERS;
/** The tracking department, the provincial leaders and the administrator write urging letters. */
export const URGING_WRITERS: readonly Role[] = ['admin', 'coordinator', 'leader'];

export function canWriteUrgingLetter(roles: readonly string[]): boolean {
  return hasAnyRole(roles, URGING_WRITERS);
}

/** Readers of the whole province choose the unit of their calendar feed; unit staff cannot. */
export function choosesFeedUnit(roles: readonly string[]): boolean {
  return hasAnyRole(roles, TASK_READERS) && !isUnitScoped(roles);
}
