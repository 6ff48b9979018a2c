import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { App } from '../../src/app/App';

/** Renders the whole dashboard with a fresh query client that does not retry. */
export function renderApp() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  return render(<App client={client} />);
}
