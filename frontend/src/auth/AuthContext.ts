import { createContext, useContext } from 'react';

/** What the application knows about the signed-in user, independently of keycloak-js. */
export interface AuthContextValue {
  /** preferred_username from the token */
  username: string;
  /** name from the token (the header prefers GET /me's fullName) */
  displayName: string;
  /** realm roles from the token */
  roles: string[];
  /** A valid access token: refreshed first when it expires within 5 seconds. */
  getToken: () => Promise<string | undefined>;
  /** Starts a new login (the session ended). */
  login: () => void;
  /** Ends the Keycloak session and comes back to the application (which asks to log in). */
  logout: () => Promise<void>;
}

export const AuthContext = createContext<AuthContextValue | null>(null);

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <KeycloakProvider>');
  return value;
}
