import { Component, type ErrorInfo, type ReactNode } from 'react';
import { UnexpectedErrorPage } from './ErrorPages';

interface Props {
  children: ReactNode;
  fallback?: ReactNode;
}

/** Catches rendering errors outside the router (providers, layout) and shows an error page. */
export class ErrorBoundary extends Component<Props, { error: unknown }> {
  state: { error: unknown } = { error: undefined };

  static getDerivedStateFromError(error: unknown) {
    return { error: error ?? new Error('Unknown error') };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('Unhandled rendering error', error, info.componentStack);
  }

  render() {
    if (this.state.error !== undefined) return this.props.fallback ?? <UnexpectedErrorPage />;
    return this.props.children;
  }
}
