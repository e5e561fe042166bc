import { useMemo, useState } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { ApiClientProvider } from './api/ApiContext';
import { createApiClient } from './api/client';
import { createQueryClient } from './api/queryClient';
import { useAuth } from './auth/AuthContext';
import { KeycloakProvider } from './auth/KeycloakProvider';
import type { AppConfig } from './config';
import { LocalizedConfigProvider } from './AppProviders';
import { ErrorBoundary } from './features/layout/ErrorBoundary';
import { buildRoutes } from './routes';

/** Everything that needs a signed-in user: the API client, server state and the routes. */
function AuthenticatedApp() {
  const auth = useAuth();
  const client = useMemo(
    () => createApiClient({ getToken: auth.getToken, onUnauthorized: auth.login }),
    [auth],
  );
  const [queryClient] = useState(createQueryClient);
  // Created only after login, so the router never sees keycloak-js's callback parameters.
  const [router] = useState(() => createBrowserRouter(buildRoutes()));
  return (
    <ApiClientProvider client={client}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </ApiClientProvider>
  );
}

export function App({ config }: { config: AppConfig }) {
  return (
    <LocalizedConfigProvider>
      <ErrorBoundary>
        <KeycloakProvider config={config}>
          <AuthenticatedApp />
        </KeycloakProvider>
      </ErrorBoundary>
    </LocalizedConfigProvider>
  );
}
