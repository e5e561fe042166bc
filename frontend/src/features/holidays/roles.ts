import { ADMINS, hasAnyRole, type Role } from '../../auth/roles';

/** Who opens the holiday calendar administration, as for units: the system administrator. */
export const HOLIDAY_ADMINS: readonly Role[] = ADMINS;

/** Who adds, edits and deletes days off (the backend allows only them; others only read). */
export function canManageHolidays(roles: readonly string[]): boolean {
  return hasAnyRole(roles, HOLIDAY_ADMINS);
}
