import { QueryClient } from '@tanstack/react-query';

/** Returns the app's query client: data files are static, so nothing is refetched on focus. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { staleTime: Infinity, refetchOnWindowFocus: false, retry: 1 } },
  });
}
