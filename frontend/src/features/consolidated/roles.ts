import type { Role } from '../../auth/roles';

/** Who reads and downloads consolidated reports (GET /api/v1/consolidated-reports...). */
export const CONSOLIDATED_READERS: readonly Role[] = [
  'admin',
  'leader',
  'coordinator',
  'supervisor',
];
/** Who generates them (POST /api/v1/consolidated-reports). */
export const CONSOLIDATED_WRITERS: readonly Role[] = ['admin', 'coordinator'];
/** Who imports tasks from a file (POST /api/v1/directives/{id}/task-import). */
export const TASK_IMPORTERS: readonly Role[] = ['admin', 'coordinator'];
