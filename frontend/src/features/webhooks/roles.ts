import { ADMINS, type Role } from '../../auth/roles';

/** Who manages webhook subscriptions: the system administrator (the backend allows only them). */
export const WEBHOOK_ADMINS: readonly Role[] = ADMINS;
