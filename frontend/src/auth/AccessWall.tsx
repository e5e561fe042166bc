import type { ReactNode } from 'react';
import { useAuth } from './AuthContext';
import { hasAnyRole, type Role } from './roles';
import { ForbiddenPage } from '../features/layout/ErrorPages';

/** The one place that checks a route's access requirement (the roles that may open it). */
export function AccessWall({ roles, children }: { roles?: readonly Role[]; children: ReactNode }) {
  const auth = useAuth();
  return hasAnyRole(auth.roles, roles) ? <>{children}</> : <ForbiddenPage />;
}
