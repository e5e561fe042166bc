import { TASK_READERS, type Role } from '../../auth/roles';

/** Everyone who reads tasks has a dashboard: the province's, or their own unit's (the backend scopes it). */
export const DASHBOARD_READERS: readonly Role[] = TASK_READERS;
