import { useAuth } from '../../../auth/AuthContext';
import { useMe } from '../../me/useMe';

/** Who is looking: roles (from GET /me, else the token) and the own unit. */
export function useViewer() {
  const auth = useAuth();
  const me = useMe();
  return {
    roles: me.data?.roles ?? auth.roles,
    unitId: me.data?.unit?.id,
    unit: me.data?.unit,
    username: me.data?.username ?? auth.username,
    loading: me.isPending,
  };
}
