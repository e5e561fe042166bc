/** The application roles, as realm roles in the token and in GET /api/v1/me. */
export const ROLES = [
  'admin',
  'leader',
  'coordinator',
  'unit_head',
  'unit_officer',
  'supervisor',
  'integration',
] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Only the application's roles, in a stable order (Keycloak adds its own default roles). */
export function knownRoles(roles: readonly string[] | null | undefined): Role[] {
  const set = new Set(roles ?? []);
  return ROLES.filter((role) => set.has(role));
}

/** Roles that may see every unit's tasks. */
const PROVINCE_WIDE: readonly Role[] = ['admin', 'leader', 'coordinator', 'supervisor'];

/**
 * A unit user (unit_officer, unit_head) without a province-wide role sees only the tasks of
 * their own unit; the backend enforces it, the UI just does not offer other units.
 */
export function isUnitScoped(roles: readonly string[] | null | undefined): boolean {
  const mine = knownRoles(roles);
  const unitRole = mine.includes('unit_officer') || mine.includes('unit_head');
  return unitRole && !mine.some((role) => PROVINCE_WIDE.includes(role));
}

/** Everyone who reads tasks in the web application. */
export const TASK_READERS: readonly Role[] = [
  'admin',
  'leader',
  'coordinator',
  'unit_head',
  'unit_officer',
  'supervisor',
];

export function hasAnyRole(roles: readonly string[], required: readonly Role[] | undefined) {
  if (!required || required.length === 0) return true;
  return required.some((role) => roles.includes(role));
}

/** Who creates, edits and assigns tasks: the tracking department and the administrator. */
export const TASK_MANAGERS: readonly Role[] = ['admin', 'coordinator'];
/** Who manages units and groups. */
export const ADMINS: readonly Role[] = ['admin'];
/** Who reports progress on the own unit's assignments. */
export const UNIT_STAFF: readonly Role[] = ['unit_head', 'unit_officer'];

export function canManageTasks(roles: readonly string[]): boolean {
  return hasAnyRole(roles, TASK_MANAGERS);
}

/**
 * May update an assignment's status and percent: a task manager for any unit, unit staff only
 * for their own unit's assignment. Cancelled assignments are closed.
 */
export function canUpdateAssignment(
  roles: readonly string[],
  myUnitId: number | undefined,
  assignment: { unit?: { id?: number } | null; status?: string | null },
): boolean {
  if (assignment.status === 'CANCELLED' || assignment.status === 'CLOSED_WITH_TASK') return false;
  if (canManageTasks(roles)) return true;
  return (
    hasAnyRole(roles, UNIT_STAFF) && myUnitId !== undefined && assignment.unit?.id === myUnitId
  );
}
