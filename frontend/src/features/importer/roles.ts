import type { Role } from '../../auth/roles';

/** Who imports programs: the tracking department and the administrator (as the API allows). */
export const IMPORTERS: readonly Role[] = ['admin', 'coordinator'];
